package storage

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"parley/app"
)

// Actions on meetings as units (made by hand, deleted, merged, split, found
// by re-extraction) are
// logged as one edit per meeting row changed, under these field names,
// with the whole meeting before and after as JSON: null when the meeting
// did not exist before or does not exist after. Undo and redo write the
// whole meeting back (replayWhole), so they restore its participants and
// sources with it.
const (
	fieldCreated    = "created by hand"
	fieldDeleted    = "deleted"
	fieldMerged     = "merged"
	fieldMergedAway = "merged into another"
	fieldSplit      = "split"
	fieldSplitOff   = "split off"
	fieldFound      = "found by re-extraction"
)

// The Store edits meetings as units for the review workspace.
var _ app.MeetingEditor = (*Store)(nil)

// isWholeField reports whether a logged meetings edit holds whole meetings.
func isWholeField(field string) bool {
	switch field {
	case fieldCreated, fieldDeleted, fieldMerged, fieldMergedAway, fieldSplit, fieldSplitOff, fieldFound:
		return true
	}
	return false
}

// CreateMeeting saves m, a meeting a person made, and logs it as one
// action. m needs at least one source naming a stored article (every
// meeting leads back to an article); participants may come later, as the
// form checks them when they are edited. Kind and status default to in
// person and new.
func (s *Store) CreateMeeting(ctx context.Context, m app.Meeting) (int64, error) {
	if err := checkNewMeeting(m); err != nil {
		return 0, err
	}
	var id int64
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		now := time.Now()
		m.ID, m.CreatedAt = 0, now
		if err := articlesExist(ctx, tx, m.Sources); err != nil {
			return err
		}
		var err error
		if id, err = putMeeting(ctx, tx, m, now); err != nil {
			return err
		}
		if _, err = logWhole(ctx, tx, 0, id, fieldCreated, nil, now); err != nil {
			return err
		}
		return indexMeetings(ctx, tx, []int64{id})
	})
	return id, err
}

// checkNewMeeting checks a meeting made by hand before it is written.
func checkNewMeeting(m app.Meeting) error {
	if err := validateMeeting(m, 0); err != nil {
		return app.WrapError(app.EInvalid, err, "The new meeting cannot be saved: %v", err)
	}
	if len(m.Sources) == 0 {
		return app.Errorf(app.EInvalid, "A new meeting needs the article that reports it.")
	}
	for _, src := range m.Sources {
		if src.ArticleID == 0 {
			return app.Errorf(app.EInvalid, "A new meeting's source must name a stored article.")
		}
	}
	return nil
}

// articlesExist reports the first source whose article is not stored.
func articlesExist(ctx context.Context, tx *sql.Tx, sources []app.Source) error {
	for _, src := range sources {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, src.ArticleID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return app.Errorf(app.ENotFound, "Article %d does not exist; a new meeting needs a stored article.", src.ArticleID)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// DeleteMeeting removes meeting id with its participants and sources, in
// one transaction logged as one action: Undo brings it back whole, under
// the same id. ENotFound when there is no such meeting.
func (s *Store) DeleteMeeting(ctx context.Context, id int64) error {
	return s.inWrite(ctx, func(tx *sql.Tx) error {
		old, err := mustWhole(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := execTx(ctx, tx, `DELETE FROM meetings WHERE id = ?`, id); err != nil {
			return err
		}
		_, err = recordEdit(ctx, tx, 0, edit{table: "meetings", rowID: id, field: fieldDeleted, old: old, new: nil, at: time.Now()})
		return err
	})
}

// MergeMeetings makes meetings keep and other one meeting: keep becomes
// app.MergeMeeting(keep, other), holding every source of both with its
// evidence, and other is removed. One transaction, one undoable action.
func (s *Store) MergeMeetings(ctx context.Context, keep, other int64) error {
	if keep == other {
		return app.Errorf(app.EInvalid, "Meeting %d cannot be merged with itself; choose another meeting.", keep)
	}
	return s.inWrite(ctx, func(tx *sql.Tx) error {
		k, err := mustWhole(ctx, tx, keep)
		if err != nil {
			return err
		}
		o, err := mustWhole(ctx, tx, other)
		if err != nil {
			return err
		}
		now := time.Now()
		if err := execTx(ctx, tx, `DELETE FROM meetings WHERE id = ?`, other); err != nil {
			return err
		}
		if err := replaceMeeting(ctx, tx, app.MergeMeeting(*k, *o), now); err != nil {
			return err
		}
		// other is logged first: redo reports the meeting it replays last,
		// keep, which is the one left standing.
		action, err := recordEdit(ctx, tx, 0, edit{table: "meetings", rowID: other, field: fieldMergedAway, old: o, new: nil, at: now})
		if err != nil {
			return err
		}
		if _, err := logWhole(ctx, tx, action, keep, fieldMerged, k, now); err != nil {
			return err
		}
		return indexMeetings(ctx, tx, []int64{keep})
	})
}

// SplitMeeting divides meeting id as sp says (app.SplitMeeting): what sp
// lists moves to a new meeting, whose id it returns. One transaction, one
// undoable action.
func (s *Store) SplitMeeting(ctx context.Context, id int64, sp app.MeetingSplit) (int64, error) {
	var newID int64
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		m, err := mustWhole(ctx, tx, id)
		if err != nil {
			return err
		}
		rest, split, err := app.SplitMeeting(*m, sp)
		if err != nil {
			return err
		}
		now := time.Now()
		split.CreatedAt = now
		if err := replaceMeeting(ctx, tx, rest, now); err != nil {
			return err
		}
		if newID, err = putMeeting(ctx, tx, split, now); err != nil {
			return err
		}
		action, err := logWhole(ctx, tx, 0, id, fieldSplit, m, now)
		if err != nil {
			return err
		}
		if _, err := logWhole(ctx, tx, action, newID, fieldSplitOff, nil, now); err != nil {
			return err
		}
		return indexMeetings(ctx, tx, []int64{id, newID})
	})
	return newID, err
}

// wholeMeeting reads meeting id with participants and sources, or nil
// when there is none. Sources carry only what the meetings tables store.
func wholeMeeting(ctx context.Context, tx *sql.Tx, id int64) (*app.Meeting, error) {
	list, err := queryMeetings(ctx, tx, meetingSelect+` WHERE m.id = ?`, id)
	if err != nil || len(list) == 0 {
		return nil, err
	}
	if err := completeMeetings(ctx, tx, list); err != nil {
		return nil, err
	}
	m := list[0]
	for i, src := range m.Sources {
		m.Sources[i] = app.Source{ArticleID: src.ArticleID, Evidence: src.Evidence, Span: src.Span}
	}
	return &m, nil
}

// mustWhole is wholeMeeting with ENotFound for a missing meeting.
func mustWhole(ctx context.Context, tx *sql.Tx, id int64) (*app.Meeting, error) {
	m, err := wholeMeeting(ctx, tx, id)
	if err == nil && m == nil {
		err = app.Errorf(app.ENotFound, "Meeting %d does not exist; it may have been deleted.", id)
	}
	return m, err
}

// logWhole logs meeting id as it is now (null when gone) against old as
// part of action (0: a new action), and returns the action.
func logWhole(ctx context.Context, tx *sql.Tx, action, id int64, field string, old *app.Meeting, now time.Time) (int64, error) {
	cur, err := wholeMeeting(ctx, tx, id)
	if err != nil {
		return 0, err
	}
	return recordEdit(ctx, tx, action, edit{table: "meetings", rowID: id, field: field, old: old, new: cur, at: now})
}

// replaceMeeting writes m over the stored meeting with m's id.
func replaceMeeting(ctx context.Context, tx *sql.Tx, m app.Meeting, now time.Time) error {
	if err := execTx(ctx, tx, `DELETE FROM meetings WHERE id = ?`, m.ID); err != nil {
		return err
	}
	_, err := putMeeting(ctx, tx, m, now)
	return err
}

// putMeeting inserts m whole, under m.ID unless it is 0, and returns its
// id. Unlike an import it keeps m's creation time, and participants keep
// the person they name as long as that person still exists.
func putMeeting(ctx context.Context, tx *sql.Tx, m app.Meeting, now time.Time) (int64, error) {
	placeID, err := resolvePlace(ctx, tx, m.Place)
	if err != nil {
		return 0, err
	}
	m.Kind = app.Kind(orDefault(string(m.Kind), string(app.KindInPerson)))
	m.Status = app.Status(orDefault(string(m.Status), string(app.StatusNew)))
	if m.CreatedAt.IsZero() {
		m.CreatedAt = now
	}
	id, err := meetingID(ctx, tx, m.ID)
	if err != nil {
		return 0, err
	}
	start, end := dateRange(m.Date)
	res, err := tx.ExecContext(ctx, `INSERT INTO meetings
		(id, kind, date, date_start, date_end, place_id, venue, summary, notes, topics, status, confidence, flags, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, m.Kind, m.Date.String(), start, end, placeID, m.Venue, m.Summary, m.Notes,
		jsonList(m.Topics), m.Status, m.Confidence, jsonList(m.Flags), timestamp(m.CreatedAt), timestamp(now))
	if err != nil {
		return 0, err
	}
	newID, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if err := insertSources(ctx, tx, newID, 0, m.Sources); err != nil {
		return 0, err
	}
	ps, err := livingPeople(ctx, tx, m.Participants)
	if err != nil {
		return 0, err
	}
	return newID, insertParticipants(ctx, tx, newID, ps, now)
}

// meetingID is the id to insert a meeting under: id itself, or for a new
// meeting (0) one above every meeting id stored or named in the edit log.
// SQLite would reuse the id of a deleted newest meeting, and the new one
// would then inherit its edit history (EditedFields) and undo steps.
func meetingID(ctx context.Context, tx *sql.Tx, id int64) (int64, error) {
	if id != 0 {
		return id, nil
	}
	err := tx.QueryRowContext(ctx, `SELECT max(coalesce((SELECT max(id) FROM meetings), 0),
		coalesce((SELECT max(row_id) FROM edits WHERE table_name = 'meetings'), 0)) + 1`).Scan(&id)
	return id, err
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// livingPeople is ps with the person id cleared where that person no
// longer exists, so the participant is resolved again by name.
func livingPeople(ctx context.Context, tx *sql.Tx, ps []app.Participant) ([]app.Participant, error) {
	out := make([]app.Participant, len(ps))
	for i, p := range ps {
		out[i] = p
		if p.PersonID == 0 {
			continue
		}
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM people WHERE id = ?`, p.PersonID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			out[i].PersonID = 0
		} else if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// replayWhole writes the whole meeting v (or its absence, for null) back
// into row e.row, for undo or redo of a whole-meeting edit. It refuses
// when the row is not as the edit left it, which happens when an import
// reused the id of a deleted meeting: overwriting would destroy it.
func replayWhole(ctx context.Context, tx *sql.Tx, e loggedEdit, v json.RawMessage, now time.Time) error {
	expect := e.old
	if bytes.Equal(v, e.old) {
		expect = e.new
	}
	cur, err := wholeMeeting(ctx, tx, e.row)
	if err != nil {
		return err
	}
	if isNull(expect) && cur != nil {
		return app.Errorf(app.EInvalid, "Meeting %d is a different meeting since it was %s, so this change cannot be taken back or made again.", e.row, e.field)
	}
	if isNull(v) {
		return execTx(ctx, tx, `DELETE FROM meetings WHERE id = ?`, e.row)
	}
	var m app.Meeting
	if err := json.Unmarshal(v, &m); err != nil {
		return err
	}
	m.ID = e.row
	return replaceMeeting(ctx, tx, m, now)
}

func isNull(v json.RawMessage) bool {
	return len(bytes.TrimSpace(v)) == 0 || string(bytes.TrimSpace(v)) == "null"
}
