package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"parley/app"
)

// The Store serves the review workspace too.
var _ app.ReviewStore = (*Store)(nil)

// UpdateMeeting applies u's non-nil fields to meeting id in one
// transaction. Each field whose value changes gets one row in the edit log
// (old and new values as JSON), all under one action, so Undo takes the
// change back whole; a field set to the value it has is not logged. The
// edit log is also what marks a field as human-edited (EditedFields).
func (s *Store) UpdateMeeting(ctx context.Context, id int64, u app.MeetingUpdate) error {
	return s.inWrite(ctx, func(tx *sql.Tx) error {
		old, err := meetingInTx(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := u.Validate(old.Flags); err != nil {
			return err
		}
		_, err = applyUpdate(ctx, tx, old, u, true, time.Now())
		return err
	})
}

// meetingInTx reads meeting id with its participants; ENotFound if none.
func meetingInTx(ctx context.Context, tx *sql.Tx, id int64) (app.Meeting, error) {
	list, err := queryMeetings(ctx, tx, meetingSelect+` WHERE m.id = ?`, id)
	if err != nil {
		return app.Meeting{}, err
	}
	if len(list) == 0 {
		return app.Meeting{}, app.Errorf(app.ENotFound, "Meeting %d does not exist; it may have been deleted.", id)
	}
	return list[0], loadParticipants(ctx, tx, idList([]int64{id}), map[int64]*app.Meeting{id: &list[0]})
}

// fieldChange is one field an update changes, with its values as JSON.
type fieldChange struct {
	field    string
	old, new json.RawMessage
}

// changes lists the fields u would change on m, in a fixed order.
func changes(m app.Meeting, u app.MeetingUpdate) []fieldChange {
	var out []fieldChange
	add := func(field string, set bool, old, new any) {
		if !set {
			return
		}
		o, _ := json.Marshal(old) // domain values always encode
		n, _ := json.Marshal(new)
		if string(o) != string(n) {
			out = append(out, fieldChange{field, o, n})
		}
	}
	add(app.FieldKind, u.Kind != nil, m.Kind, deref(u.Kind))
	add(app.FieldDate, u.Date != nil, m.Date.String(), deref(u.Date).String())
	add(app.FieldPlace, u.Place != nil, m.Place, cleanPlace(deref(u.Place)))
	add(app.FieldVenue, u.Venue != nil, m.Venue, strings.TrimSpace(deref(u.Venue)))
	add(app.FieldTopics, u.Topics != nil, nonNil(m.Topics), cleanTopics(deref(u.Topics)))
	add(app.FieldNotes, u.Notes != nil, m.Notes, deref(u.Notes))
	add(app.FieldStatus, u.Status != nil, m.Status, deref(u.Status))
	add(app.FieldParticipants, u.Participants != nil, nonNilP(m.Participants), cleanParticipants(deref(u.Participants)))
	return out
}

func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

func nonNilP(l []app.Participant) []app.Participant {
	if l == nil {
		return []app.Participant{}
	}
	return l
}

// cleanPlace is p as storage keeps it, so that comparing with the stored
// place does not see a change where there is none.
func cleanPlace(p app.Place) app.Place {
	p.City = cleanName(p.City)
	p.Country = strings.ToUpper(strings.TrimSpace(p.Country))
	return p
}

// cleanTopics trims topics and drops empty ones.
func cleanTopics(l []string) []string {
	out := []string{}
	for _, t := range l {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// cleanParticipants is ps as insertParticipants stores them. A participant
// with PersonID 0 (the form clears it when the name changes) is resolved
// again from its name.
func cleanParticipants(ps []app.Participant) []app.Participant {
	out := make([]app.Participant, len(ps))
	for i, p := range ps {
		out[i] = app.Participant{PersonID: p.PersonID, Name: cleanName(p.Name), Title: strings.TrimSpace(p.Title),
			Organization: strings.TrimSpace(p.Organization), Country: strings.ToUpper(strings.TrimSpace(p.Country))}
	}
	return out
}

// applyUpdate writes u's changes to meeting m, logging them as one new
// action when log is true (undo and redo replay the log without adding to
// it). It returns the fields changed.
func applyUpdate(ctx context.Context, tx *sql.Tx, m app.Meeting, u app.MeetingUpdate, log bool, now time.Time) ([]string, error) {
	cs := changes(m, u)
	if len(cs) == 0 {
		return nil, nil
	}
	var action int64
	var fields []string
	for _, c := range cs {
		if err := setField(ctx, tx, m.ID, c.field, c.new, now); err != nil {
			return nil, err
		}
		fields = append(fields, c.field)
		if !log {
			continue
		}
		var err error
		action, err = recordEdit(ctx, tx, action, edit{table: "meetings", rowID: m.ID, field: c.field,
			old: c.old, new: c.new, at: now})
		if err != nil {
			return nil, err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meetings SET updated_at = ? WHERE id = ?`, timestamp(now), m.ID); err != nil {
		return nil, err
	}
	return fields, indexMeetings(ctx, tx, []int64{m.ID})
}

// setField stores the JSON value v in one field of meeting id.
func setField(ctx context.Context, tx *sql.Tx, id int64, field string, v json.RawMessage, now time.Time) error {
	switch field {
	case app.FieldDate:
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return err
		}
		d := storedDate(s)
		start, end := dateRange(d)
		return execTx(ctx, tx, `UPDATE meetings SET date = ?, date_start = ?, date_end = ? WHERE id = ?`, d.String(), start, end, id)
	case app.FieldPlace:
		var p app.Place
		if err := json.Unmarshal(v, &p); err != nil {
			return err
		}
		placeID, err := resolvePlace(ctx, tx, p)
		if err != nil {
			return err
		}
		return execTx(ctx, tx, `UPDATE meetings SET place_id = ? WHERE id = ?`, placeID, id)
	case app.FieldTopics:
		return execTx(ctx, tx, `UPDATE meetings SET topics = ? WHERE id = ?`, string(v), id)
	case app.FieldParticipants:
		var ps []app.Participant
		if err := json.Unmarshal(v, &ps); err != nil {
			return err
		}
		if err := execTx(ctx, tx, `DELETE FROM participants WHERE meeting_id = ?`, id); err != nil {
			return err
		}
		return insertParticipants(ctx, tx, id, ps, now)
	case app.FieldKind, app.FieldVenue, app.FieldNotes, app.FieldStatus:
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return err
		}
		// field is one of four fixed column names, never user input.
		return execTx(ctx, tx, `UPDATE meetings SET `+field+` = ? WHERE id = ?`, s, id)
	}
	return app.Errorf(app.EInternal, "The edit log names an unknown meeting field %q.", field)
}

func execTx(ctx context.Context, tx *sql.Tx, q string, args ...any) error {
	_, err := tx.ExecContext(ctx, q, args...)
	return err
}

// EditedFields lists the fields of meeting id that a person has changed
// (edits not undone), sorted by name. Re-extraction must leave them alone.
func (s *Store) EditedFields(ctx context.Context, id int64) ([]string, error) {
	var fields []string
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT field FROM edits
			WHERE table_name = 'meetings' AND row_id = ? AND undone = 0 AND field <> ? ORDER BY field`, id, fieldRedated)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var f string
			if err := rows.Scan(&f); err != nil {
				return err
			}
			fields = append(fields, f)
		}
		return rows.Err()
	})
	return fields, err
}

// ConfirmAndNext confirms meeting id (logged, undoable) and returns the id
// of the meeting that follows it in f's order and matches f, or 0 when id
// was the last. Both happen in one transaction, the path the review
// screen's Confirm button and Ctrl+Enter take.
func (s *Store) ConfirmAndNext(ctx context.Context, id int64, f app.MeetingFilter) (int64, error) {
	if err := validateFilter(f); err != nil {
		return 0, err
	}
	var next int64
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		m, err := meetingInTx(ctx, tx, id)
		if err != nil {
			return err
		}
		confirmed := app.StatusConfirmed
		if _, err := applyUpdate(ctx, tx, m, app.MeetingUpdate{Status: &confirmed}, true, time.Now()); err != nil {
			return err
		}
		next, err = nextMeeting(ctx, tx, m, f)
		return err
	})
	return next, err
}

// nextMeeting finds the first meeting after m in f's order that f selects.
func nextMeeting(ctx context.Context, tx *sql.Tx, m app.Meeting, f app.MeetingFilter) (int64, error) {
	cond, args := meetingWhere(f)
	after := `m.id < ?`
	pos := []any{m.ID}
	if f.Sort != app.SortByImport {
		start, _ := dateRange(m.Date)
		after = `(m.date_start < ? OR (m.date_start = ? AND m.id < ?))`
		pos = []any{start, start, m.ID}
	}
	if cond == "" {
		cond = " WHERE " + after
	} else {
		cond += " AND " + after
	}
	var next int64
	err := tx.QueryRowContext(ctx, `SELECT m.id FROM meetings m`+cond+orderBy(f.Sort)+` LIMIT 1`,
		append(args, pos...)...).Scan(&next)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return next, err
}
