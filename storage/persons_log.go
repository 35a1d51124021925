package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"parley/app"
)

// Changes to people are logged as row-level edits that undo and redo can
// replay one by one, in reverse order for undo:
//
//	people         row=person  field "person": {name, created_at} or null (created / deleted)
//	people         row=person  field "name":   the canonical name
//	person_aliases row=person  field "alias":  {alias, folded} or null (added / removed)
//	participants   row=meeting field "person": {position, person} (who a participant is)
//
// A participant is named by its meeting and position, not its row id:
// undoing a participant-list edit re-inserts the rows under new ids but at
// the same positions. A deleted person's id is never given to a new person
// (nextPersonID), so undo can bring the person back under its old id.
const (
	fieldPerson      = "person"
	fieldPersonName  = "name"
	fieldPersonAlias = "alias"
)

// personRecord is a people row as the log keeps it. Into is where the
// person's participants go when a replay deletes the person: the person
// it was merged into, or split from. Imports made after the action may
// have given it participants the log does not know.
type personRecord struct {
	Name      string `json:"name"`
	CreatedAt string `json:"created_at"`
	Into      int64  `json:"into,omitempty"`
}

// aliasRecord is a person_aliases row as the log keeps it.
type aliasRecord struct {
	Alias  string `json:"alias"`
	Folded string `json:"folded"`
}

// participantRecord is who one participant of a meeting is.
type participantRecord struct {
	Position int   `json:"position"`
	Person   int64 `json:"person"`
}

// personLog makes the changes of one user action on people and logs each
// one, collecting the meetings whose search rows must be rewritten.
type personLog struct {
	ctx      context.Context
	tx       *sql.Tx
	action   int64 // 0 until the first edit is logged
	now      time.Time
	meetings []int64
}

func newPersonLog(ctx context.Context, tx *sql.Tx) *personLog {
	return &personLog{ctx: ctx, tx: tx, now: time.Now()}
}

func (l *personLog) record(table string, row int64, field string, old, new any) error {
	var err error
	l.action, err = recordEdit(l.ctx, l.tx, l.action, edit{table: table, rowID: row, field: field, old: old, new: new, at: l.now})
	return err
}

// createPerson adds a person named name (without aliases), split from
// person from.
func (l *personLog) createPerson(name string, from int64) (int64, error) {
	id, err := nextPersonID(l.ctx, l.tx)
	if err != nil {
		return 0, err
	}
	rec := personRecord{Name: name, CreatedAt: timestamp(l.now), Into: from}
	if err := putPerson(l.ctx, l.tx, id, rec); err != nil {
		return 0, err
	}
	return id, l.record("people", id, fieldPerson, nil, rec)
}

// deletePerson removes person id, merged into person into; id must have
// no aliases or participants left.
func (l *personLog) deletePerson(id, into int64) error {
	rec := personRecord{Into: into}
	err := l.tx.QueryRowContext(l.ctx, `SELECT name, created_at FROM people WHERE id = ?`, id).Scan(&rec.Name, &rec.CreatedAt)
	if err != nil {
		return err
	}
	if err := execTx(l.ctx, l.tx, `DELETE FROM people WHERE id = ?`, id); err != nil {
		return err
	}
	return l.record("people", id, fieldPerson, rec, nil)
}

// rename sets person id's canonical name from old to name.
func (l *personLog) rename(id int64, old, name string) error {
	if err := execTx(l.ctx, l.tx, `UPDATE people SET name = ? WHERE id = ?`, name, id); err != nil {
		return err
	}
	if err := l.reindexPerson(id); err != nil {
		return err
	}
	return l.record("people", id, fieldPersonName, old, name)
}

// addAlias gives person id the alias name unless it has its folded form.
func (l *personLog) addAlias(id int64, name string) error {
	rec := aliasRecord{Alias: cleanName(name), Folded: fold(name)}
	res, err := l.tx.ExecContext(l.ctx, `INSERT OR IGNORE INTO person_aliases(person_id, alias, folded) VALUES (?, ?, ?)`,
		id, rec.Alias, rec.Folded)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	return l.record("person_aliases", id, fieldPersonAlias, nil, rec)
}

// removeAlias takes the alias with folded form key from person id, if it has it.
func (l *personLog) removeAlias(id int64, key string) error {
	var rec aliasRecord
	err := l.tx.QueryRowContext(l.ctx, `DELETE FROM person_aliases WHERE person_id = ? AND folded = ? RETURNING alias, folded`,
		id, key).Scan(&rec.Alias, &rec.Folded)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return err
	}
	return l.record("person_aliases", id, fieldPersonAlias, rec, nil)
}

// moveParticipant makes the participant at position pos of meeting m,
// now person from, person to.
func (l *personLog) moveParticipant(m int64, pos int, from, to int64) error {
	if err := execTx(l.ctx, l.tx, `UPDATE participants SET person_id = ? WHERE meeting_id = ? AND position = ?`, to, m, pos); err != nil {
		return err
	}
	l.meetings = append(l.meetings, m)
	return l.record("participants", m, fieldPerson, participantRecord{pos, from}, participantRecord{pos, to})
}

// reindexPerson queues the meetings of person id for search (their rows
// carry the person's canonical name).
func (l *personLog) reindexPerson(id int64) error {
	ids, err := personMeetingIDs(l.ctx, l.tx, id)
	l.meetings = append(l.meetings, ids...)
	return err
}

// finish rewrites the search rows of the meetings the action touched.
func (l *personLog) finish() error { return indexMeetings(l.ctx, l.tx, l.meetings) }

// personMeetingIDs lists the meetings person id takes part in.
func personMeetingIDs(ctx context.Context, tx *sql.Tx, id int64) ([]int64, error) {
	var ids []int64
	err := eachRow(ctx, tx, `SELECT DISTINCT meeting_id FROM participants WHERE person_id = ?`, []any{id}, func(r *sql.Rows) error {
		var m int64
		err := r.Scan(&m)
		ids = append(ids, m)
		return err
	})
	return ids, err
}

// nextPersonID is the id for a new person: above every person stored and
// every person the edit log names, so that undoing a merge can bring the
// merged-away person back under its own id (SQLite would otherwise hand
// the largest id out again once it is deleted).
func nextPersonID(ctx context.Context, tx *sql.Tx) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT max(coalesce((SELECT max(id) FROM people), 0),
		coalesce((SELECT max(row_id) FROM edits WHERE table_name = 'people'), 0)) + 1`).Scan(&id)
	return id, err
}

// putPerson inserts a people row under a given id.
func putPerson(ctx context.Context, tx *sql.Tx, id int64, rec personRecord) error {
	return execTx(ctx, tx, `INSERT INTO people(id, name, created_at) VALUES (?, ?, ?)`, id, rec.Name, rec.CreatedAt)
}

// isPersonEdit reports whether a logged edit belongs to people.
func isPersonEdit(table string) bool {
	return table == "people" || table == "person_aliases" || table == "participants"
}

// replayPersonEdit writes v (the edit's old value for undo, its new one
// for redo) back. The meetings of a participants edit are re-indexed by
// the caller (touchMeetings); a rename re-indexes its own.
func replayPersonEdit(ctx context.Context, tx *sql.Tx, e loggedEdit, v json.RawMessage) error {
	switch {
	case e.table == "people" && e.field == fieldPerson:
		return replayPersonRow(ctx, tx, e, v)
	case e.table == "people" && e.field == fieldPersonName:
		var name string
		if err := json.Unmarshal(v, &name); err != nil {
			return err
		}
		if err := execTx(ctx, tx, `UPDATE people SET name = ? WHERE id = ?`, name, e.row); err != nil {
			return err
		}
		ids, err := personMeetingIDs(ctx, tx, e.row)
		if err != nil {
			return err
		}
		return indexMeetings(ctx, tx, ids)
	case e.table == "person_aliases" && e.field == fieldPersonAlias:
		return replayAlias(ctx, tx, e, v)
	case e.table == "participants" && e.field == fieldPerson:
		var rec participantRecord
		if err := json.Unmarshal(v, &rec); err != nil {
			return err
		}
		return execTx(ctx, tx, `UPDATE participants SET person_id = ? WHERE meeting_id = ? AND position = ?`,
			rec.Person, e.row, rec.Position)
	}
	return app.Errorf(app.EInternal, "The edit log names an unknown field %s.%s.", e.table, e.field)
}

// replayPersonRow creates (v is a record) or deletes (v is null: the
// edit's other value is the record) a person.
func replayPersonRow(ctx context.Context, tx *sql.Tx, e loggedEdit, v json.RawMessage) error {
	var rec personRecord
	if err := json.Unmarshal(otherIfNull(e, v), &rec); err != nil {
		return err
	}
	if string(v) != "null" {
		return putPerson(ctx, tx, e.row, rec)
	}
	if err := handOver(ctx, tx, e.row, rec.Into); err != nil {
		return err
	}
	return execTx(ctx, tx, `DELETE FROM people WHERE id = ?`, e.row)
}

// handOver gives the participants person id gained after the logged
// action (from imports) to person into, and re-indexes their meetings.
func handOver(ctx context.Context, tx *sql.Tx, id, into int64) error {
	ids, err := personMeetingIDs(ctx, tx, id)
	if err != nil || len(ids) == 0 || into == 0 {
		return err
	}
	if err := execTx(ctx, tx, `UPDATE participants SET person_id = ? WHERE person_id = ?`, into, id); err != nil {
		return err
	}
	return indexMeetings(ctx, tx, ids)
}

// otherIfNull is v, or when v is null the edit's other value.
func otherIfNull(e loggedEdit, v json.RawMessage) json.RawMessage {
	switch {
	case string(v) != "null":
		return v
	case string(e.old) == "null":
		return e.new
	}
	return e.old
}

// replayAlias adds (v is a record) or removes (v is null: the edit's
// other value names the alias) one alias of person e.row.
func replayAlias(ctx context.Context, tx *sql.Tx, e loggedEdit, v json.RawMessage) error {
	var rec aliasRecord
	if err := json.Unmarshal(otherIfNull(e, v), &rec); err != nil {
		return err
	}
	if string(v) == "null" {
		return execTx(ctx, tx, `DELETE FROM person_aliases WHERE person_id = ? AND folded = ?`, e.row, rec.Folded)
	}
	return execTx(ctx, tx, `INSERT INTO person_aliases(person_id, alias, folded) VALUES (?, ?, ?)`, e.row, rec.Alias, rec.Folded)
}
