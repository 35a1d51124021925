package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"parley/app"
)

// Undo takes back the last action in the edit log that is not undone yet,
// restoring every field it changed, and marks it undone. Because the log
// lives in the database, undo works after the file is closed and opened
// again. ENotFound when there is nothing to undo.
func (s *Store) Undo(ctx context.Context) (app.EditAction, error) {
	return s.replay(ctx, `SELECT max(action_id) FROM edits WHERE undone = 0`, true)
}

// Redo applies again the action undone most recently, as long as no new
// action has been made since (a new edit after an undo starts a new
// history, as in any editor). ENotFound when there is nothing to redo.
func (s *Store) Redo(ctx context.Context) (app.EditAction, error) {
	return s.replay(ctx, `SELECT min(action_id) FROM edits WHERE undone = 1
		AND action_id > (SELECT coalesce(max(action_id), 0) FROM edits WHERE undone = 0)`, false)
}

// loggedEdit is one row of the edit log being replayed.
type loggedEdit struct {
	id, row  int64
	table    string
	field    string
	old, new json.RawMessage
}

// replay finds the action pick selects and undoes (or redoes) it.
func (s *Store) replay(ctx context.Context, pick string, undo bool) (app.EditAction, error) {
	var a app.EditAction
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		var id sql.NullInt64
		if err := tx.QueryRowContext(ctx, pick).Scan(&id); err != nil {
			return err
		}
		if !id.Valid {
			return app.Errorf(app.ENotFound, "There is nothing to %s.", map[bool]string{true: "undo", false: "redo"}[undo])
		}
		var err error
		a, err = replayAction(ctx, tx, id.Int64, undo)
		return err
	})
	return a, err
}

// replayAction writes back the old (undo) or new (redo) values of every
// edit of action id, in reverse order for undo, and flips their undone mark.
func replayAction(ctx context.Context, tx *sql.Tx, id int64, undo bool) (app.EditAction, error) {
	edits, err := actionEdits(ctx, tx, id)
	if err != nil {
		return app.EditAction{}, err
	}
	a := app.EditAction{ID: id}
	now := time.Now()
	for i := range edits {
		e := edits[i]
		v := e.new
		if undo {
			e = edits[len(edits)-1-i]
			v = e.old
		}
		if err := replayField(ctx, tx, e, v, now); err != nil {
			return a, err
		}
		switch e.table {
		case "meetings":
			a.MeetingID = e.row
		case "articles":
			a.ArticleID = e.row
		case "people", "person_aliases":
			a.PersonID = e.row
		}
		a.Fields = append(a.Fields, e.field)
		if err := execTx(ctx, tx, `UPDATE edits SET undone = ? WHERE id = ?`, undo, e.id); err != nil {
			return a, err
		}
	}
	return a, touchMeetings(ctx, tx, edits, now)
}

// actionEdits reads the meeting edits of action id in log order.
func actionEdits(ctx context.Context, tx *sql.Tx, id int64) ([]loggedEdit, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, row_id, table_name, field, coalesce(old_value, 'null'), coalesce(new_value, 'null')
		FROM edits WHERE action_id = ? AND table_name IN ('meetings', 'articles', 'people', 'person_aliases', 'participants') ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []loggedEdit
	for rows.Next() {
		var e loggedEdit
		var o, n string
		if err := rows.Scan(&e.id, &e.row, &e.table, &e.field, &o, &n); err != nil {
			return nil, err
		}
		e.old, e.new = json.RawMessage(o), json.RawMessage(n)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("edit action has no meeting, article or people edits")
	}
	return out, nil
}

// touchMeetings stamps and re-indexes the meetings a replay changed.
func touchMeetings(ctx context.Context, tx *sql.Tx, edits []loggedEdit, now time.Time) error {
	seen := map[int64]bool{}
	var ids []int64
	for _, e := range edits {
		if (e.table == "meetings" || e.table == "participants") && !seen[e.row] { // participants: row is the meeting
			seen[e.row] = true
			ids = append(ids, e.row)
		}
	}
	if err := execTx(ctx, tx, `UPDATE meetings SET updated_at = ? WHERE id IN (SELECT value FROM json_each(?))`,
		timestamp(now), idList(ids)); err != nil {
		return err
	}
	return indexMeetings(ctx, tx, ids)
}

// replayField writes v back into the field one logged edit changed.
func replayField(ctx context.Context, tx *sql.Tx, e loggedEdit, v json.RawMessage, now time.Time) error {
	switch {
	case e.table == "articles":
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return err
		}
		return replayArticleField(ctx, tx, e.field, e.row, s)
	case e.table == "meetings" && isWholeField(e.field):
		return replayWhole(ctx, tx, e, v, now)
	case e.table == "meetings" && e.field == fieldRedated:
		return setField(ctx, tx, e.row, app.FieldDate, v, now)
	case e.table == "meetings":
		return setField(ctx, tx, e.row, e.field, v, now)
	case isPersonEdit(e.table):
		return replayPersonEdit(ctx, tx, e, v)
	}
	return app.Errorf(app.EInternal, "The edit log names an unknown field %s.%s.", e.table, e.field)
}
