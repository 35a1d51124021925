package storage

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"parley/app"
)

// The Store re-extracts articles without overwriting what people edited.
var _ app.Reextractor = (*Store)(nil)

// ReextractProposals compares ext, a fresh extraction of article id, with
// the meetings stored for it. An extracted meeting matches the stored
// meeting whose evidence in this article overlaps its own (or reads the
// same). For a match, every field that differs and that nobody has edited
// is one proposal (kind, date, place, venue, topics, participants); an
// extracted meeting without a match is proposed as a new meeting. Stored
// meetings that a person composed (made by hand, merged, split) or that
// several articles report are left alone whole, and a stored meeting the
// new extraction no longer finds is never proposed for deletion.
func (s *Store) ReextractProposals(ctx context.Context, id int64, ext app.Extraction) ([]app.Proposal, error) {
	var out []app.Proposal
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		if err := articleExists(ctx, tx, id); err != nil {
			return err
		}
		stored, err := articleMeetings(ctx, tx, id)
		if err != nil {
			return err
		}
		used := map[int64]bool{}
		for _, e := range ext.Meetings {
			ps, err := propose(ctx, tx, stored, id, e, used)
			if err != nil {
				return err
			}
			out = append(out, ps...)
		}
		return nil
	})
	return out, err
}

// propose lists the proposals for one extracted meeting e.
func propose(ctx context.Context, tx *sql.Tx, stored []app.Meeting, article int64, e app.Meeting, used map[int64]bool) ([]app.Proposal, error) {
	m, ok := matchStored(stored, article, e, used)
	if !ok {
		e.ID = 0
		return []app.Proposal{{New: &e}}, nil
	}
	used[m.ID] = true
	edited, err := editedInTx(ctx, tx, m.ID)
	if err != nil || len(m.Sources) > 1 || slices.ContainsFunc(edited, composedByHand) {
		return nil, err
	}
	var out []app.Proposal
	for _, field := range []string{app.FieldKind, app.FieldDate, app.FieldPlace, app.FieldVenue, app.FieldTopics, app.FieldParticipants} {
		u := oneField(field, e)
		if slices.Contains(edited, field) || !differs(m, field, u) || u.Validate(m.Flags) != nil {
			continue
		}
		out = append(out, app.Proposal{MeetingID: m.ID, Field: field, Update: u})
	}
	return out, nil
}

// composedByHand reports whether an edited field name says a person made
// the meeting what it is (re-extraction found meetings are not).
func composedByHand(field string) bool { return isWholeField(field) && field != fieldFound }

// oneField is the update that sets only field to e's value.
func oneField(field string, e app.Meeting) app.MeetingUpdate {
	kind := e.Kind
	if kind == "" {
		kind = app.KindInPerson
	}
	switch field {
	case app.FieldKind:
		return app.MeetingUpdate{Kind: &kind}
	case app.FieldDate:
		return app.MeetingUpdate{Date: &e.Date}
	case app.FieldPlace:
		return app.MeetingUpdate{Place: &e.Place}
	case app.FieldVenue:
		return app.MeetingUpdate{Venue: &e.Venue}
	case app.FieldTopics:
		return app.MeetingUpdate{Topics: &e.Topics}
	}
	return app.MeetingUpdate{Participants: &e.Participants}
}

// differs reports whether u changes field of m. Participants compare by
// what is written (names, titles, organisations, countries), not by
// person ids, which a fresh extraction does not have.
func differs(m app.Meeting, field string, u app.MeetingUpdate) bool {
	if field == app.FieldParticipants {
		return !slices.EqualFunc(nonNilP(m.Participants), cleanParticipants(*u.Participants), func(a, b app.Participant) bool {
			a.PersonID, b.PersonID = 0, 0
			return a == b
		})
	}
	return len(changes(m, u)) > 0
}

// matchStored finds the stored meeting, not matched yet, whose evidence
// in article overlaps e's or reads the same.
func matchStored(stored []app.Meeting, article int64, e app.Meeting, used map[int64]bool) (app.Meeting, bool) {
	if len(e.Sources) == 0 {
		return app.Meeting{}, false
	}
	es := e.Sources[0]
	for _, m := range stored {
		if used[m.ID] {
			continue
		}
		for _, s := range m.Sources {
			if s.ArticleID == article && sameEvidence(s, es) {
				return m, true
			}
		}
	}
	return app.Meeting{}, false
}

func sameEvidence(a, b app.Source) bool {
	overlap := a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
	text := strings.Join(strings.Fields(a.Evidence), " ")
	return overlap || (text != "" && text == strings.Join(strings.Fields(b.Evidence), " "))
}

// articleMeetings reads the meetings article id reports, whole.
func articleMeetings(ctx context.Context, tx *sql.Tx, id int64) ([]app.Meeting, error) {
	list, err := queryMeetings(ctx, tx, meetingSelect+` WHERE m.id IN (SELECT meeting_id FROM meeting_sources WHERE article_id = ?) ORDER BY m.id`, id)
	if err != nil {
		return nil, err
	}
	return list, completeMeetings(ctx, tx, list)
}

// editedInTx is EditedFields inside a transaction.
func editedInTx(ctx context.Context, tx *sql.Tx, id int64) ([]string, error) {
	var fields []string
	err := eachRow(ctx, tx, `SELECT DISTINCT field FROM edits
		WHERE table_name = 'meetings' AND row_id = ? AND undone = 0 AND field <> ?`, []any{id, fieldRedated},
		func(rows *sql.Rows) error {
			var f string
			err := rows.Scan(&f)
			fields = append(fields, f)
			return err
		})
	return fields, err
}

func articleExists(ctx context.Context, tx *sql.Tx, id int64) error {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return app.Errorf(app.ENotFound, "Article %d does not exist; it may have been deleted.", id)
	}
	return err
}

// ApplyProposals makes the proposals chosen for article id in one
// transaction, logged as one action (one Undo takes them all back). A
// field change is logged like a person's edit, since a person accepted
// it: later re-extractions leave that field alone. A proposal whose field
// someone edited since it was made, or whose meeting is gone, is skipped.
// It returns how many proposals it made.
func (s *Store) ApplyProposals(ctx context.Context, id int64, ps []app.Proposal) (int, error) {
	n := 0
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		if err := articleExists(ctx, tx, id); err != nil {
			return err
		}
		a := &applier{ctx: ctx, tx: tx, article: id, now: time.Now()}
		for _, p := range ps {
			made, err := a.apply(p)
			if err != nil {
				return err
			}
			if made {
				n++
			}
		}
		return a.finish()
	})
	return n, err
}

// applier applies proposals of one article under one logged action.
type applier struct {
	ctx     context.Context
	tx      *sql.Tx
	article int64
	action  int64
	now     time.Time
	touched []int64
}

func (a *applier) apply(p app.Proposal) (bool, error) {
	if p.New != nil {
		return true, a.insert(*p.New)
	}
	m, err := meetingInTx(a.ctx, a.tx, p.MeetingID)
	if app.ErrorCode(err) == app.ENotFound {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	edited, err := editedInTx(a.ctx, a.tx, m.ID)
	if err != nil || slices.Contains(edited, p.Field) {
		return false, err
	}
	if err := p.Update.Validate(m.Flags); err != nil {
		return false, err
	}
	made := false
	for _, c := range changes(m, p.Update) {
		if c.field != p.Field {
			continue // a proposal changes its one field only
		}
		if err := setField(a.ctx, a.tx, m.ID, c.field, c.new, a.now); err != nil {
			return false, err
		}
		if a.action, err = recordEdit(a.ctx, a.tx, a.action, edit{table: "meetings", rowID: m.ID, field: c.field, old: c.old, new: c.new, at: a.now}); err != nil {
			return false, err
		}
		a.touched, made = append(a.touched, m.ID), true
	}
	return made, nil
}

// insert saves a meeting the new extraction found, logged whole.
func (a *applier) insert(m app.Meeting) error {
	var textLen int
	if err := a.tx.QueryRowContext(a.ctx, `SELECT length(CAST(text AS BLOB)) FROM articles WHERE id = ?`, a.article).Scan(&textLen); err != nil {
		return err
	}
	if err := validateMeeting(m, textLen); err != nil {
		return app.WrapError(app.EInvalid, err, "A meeting found again cannot be saved: %v", err)
	}
	m.ID, m.Status, m.CreatedAt = 0, app.StatusNew, a.now
	m.Sources = slices.Clone(m.Sources)
	if len(m.Sources) == 0 {
		m.Sources = []app.Source{{}}
	}
	for i := range m.Sources {
		m.Sources[i].ArticleID = a.article
	}
	id, err := putMeeting(a.ctx, a.tx, m, a.now) // a fresh id, as for meetings made by hand
	if err != nil {
		return err
	}
	a.action, err = logWhole(a.ctx, a.tx, a.action, id, fieldFound, nil, a.now)
	a.touched = append(a.touched, id)
	return err
}

// finish stamps and re-indexes the meetings changed.
func (a *applier) finish() error {
	if len(a.touched) == 0 {
		return nil
	}
	if err := execTx(a.ctx, a.tx, `UPDATE meetings SET updated_at = ? WHERE id IN (SELECT value FROM json_each(?))`,
		timestamp(a.now), idList(a.touched)); err != nil {
		return err
	}
	return indexMeetings(a.ctx, a.tx, a.touched)
}
