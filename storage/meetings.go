package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"parley/app"
)

// validateMeeting checks m beyond app's rules: what storage needs to keep
// it meaningful. textLen is the length of the article it comes from.
func validateMeeting(m app.Meeting, textLen int) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if err := validatePlace(m.Place); err != nil {
		return err
	}
	for i, p := range m.Participants {
		if fold(p.Name) == "" {
			return fmt.Errorf("participant %d has no name", i+1)
		}
		if !app.ValidCountry(p.Country) {
			return fmt.Errorf("participant %s: country %q is not an ISO 3166 two-letter code", cleanName(p.Name), p.Country)
		}
	}
	for i, s := range m.Sources {
		if s.ArticleID == 0 && s.Span != (app.Span{}) && !s.Span.Valid(textLen) {
			return fmt.Errorf("source %d: evidence span %d-%d lies outside the article text", i+1, s.Span.Start, s.Span.End)
		}
	}
	return nil
}

func validatePlace(p app.Place) error {
	if !app.ValidCountry(p.Country) {
		return fmt.Errorf("place: country %q is not an ISO 3166 two-letter code", p.Country)
	}
	if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
		return fmt.Errorf("place: coordinates %.4f, %.4f are out of range", p.Lat, p.Lon)
	}
	return nil
}

// insertMeeting saves a valid meeting found in article articleID, with its
// place, sources and participants. The caller indexes it for search.
func insertMeeting(ctx context.Context, tx *sql.Tx, m app.Meeting, articleID int64, now time.Time, people personCache) (int64, error) {
	placeID, err := resolvePlace(ctx, tx, m.Place)
	if err != nil {
		return 0, err
	}
	if m.Kind == "" {
		m.Kind = app.KindInPerson
	}
	if m.Status == "" {
		m.Status = app.StatusNew
	}
	start, end := dateRange(m.Date)
	res, err := tx.ExecContext(ctx, `INSERT INTO meetings
		(kind, date, date_start, date_end, place_id, venue, summary, notes, topics, status, confidence, flags, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.Kind, m.Date.String(), start, end, placeID, m.Venue, m.Summary, m.Notes,
		jsonList(m.Topics), m.Status, m.Confidence, jsonList(m.Flags), timestamp(now), timestamp(now))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if err := insertSources(ctx, tx, id, articleID, m.Sources); err != nil {
		return 0, err
	}
	return id, addParticipants(ctx, tx, id, m.Participants, now, people)
}

// insertSources links meeting id to its articles. A source without an
// article id is the article being saved; a meeting without sources still
// gets one, so every meeting leads back to an article.
func insertSources(ctx context.Context, tx *sql.Tx, id, articleID int64, sources []app.Source) error {
	if len(sources) == 0 {
		sources = []app.Source{{}}
	}
	for _, s := range sources {
		if s.ArticleID == 0 {
			s.ArticleID = articleID
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO meeting_sources(meeting_id, article_id, evidence, span_start, span_end)
			VALUES (?, ?, ?, ?, ?)`, id, s.ArticleID, s.Evidence, s.Span.Start, s.Span.End)
		if err != nil {
			return err
		}
	}
	return nil
}

// insertParticipants adds the participants of meeting id in their order,
// each resolved to a person unless it names one already.
func insertParticipants(ctx context.Context, tx *sql.Tx, id int64, ps []app.Participant, now time.Time) error {
	return addParticipants(ctx, tx, id, ps, now, nil)
}

// addParticipants is insertParticipants with the transaction's cache of
// resolved names (nil for none).
func addParticipants(ctx context.Context, tx *sql.Tx, id int64, ps []app.Participant, now time.Time, people personCache) error {
	for i, p := range ps {
		person := p.PersonID // a person chosen by hand is kept; others are resolved by name
		if person == 0 {
			var err error
			if person, err = resolvePerson(ctx, tx, people, p.Name, now); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO participants
			(meeting_id, person_id, position, name, title, organization, country) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, person, i, cleanName(p.Name), strings.TrimSpace(p.Title), strings.TrimSpace(p.Organization),
			strings.ToUpper(strings.TrimSpace(p.Country)))
		if err != nil {
			return err
		}
	}
	return nil
}

// dateRange returns the first and last day d covers as YYYY-MM-DD, or two
// empty strings when d is unknown. Text in this form sorts as dates do.
func dateRange(d app.Date) (start, end string) {
	first, ok := d.Time()
	if !ok {
		return "", ""
	}
	last := first
	switch d.Precision() {
	case app.PrecisionYear:
		last = first.AddDate(1, 0, -1)
	case app.PrecisionMonth:
		last = first.AddDate(0, 1, -1)
	}
	return first.Format(time.DateOnly), last.Format(time.DateOnly)
}

// jsonList encodes a list of strings as a JSON array (never null).
func jsonList(l []string) string {
	if l == nil {
		l = []string{}
	}
	b, _ := json.Marshal(l) // a []string always encodes
	return string(b)
}

// UpdateMeetingStatus sets a meeting's review status and records the
// change in the edit log, in one transaction. Setting the status it
// already has changes nothing. ENotFound when there is no such meeting.
func (s *Store) UpdateMeetingStatus(ctx context.Context, id int64, status app.Status) error {
	if !status.Valid() {
		return app.Errorf(app.EInvalid, "%q is not a meeting status (new, confirmed or rejected).", status)
	}
	return s.inWrite(ctx, func(tx *sql.Tx) error {
		var old app.Status
		err := tx.QueryRowContext(ctx, `SELECT status FROM meetings WHERE id = ?`, id).Scan(&old)
		if errors.Is(err, sql.ErrNoRows) {
			return app.Errorf(app.ENotFound, "Meeting %d does not exist; it may have been deleted.", id)
		}
		if err != nil || old == status {
			return err
		}
		now := time.Now()
		_, err = tx.ExecContext(ctx, `UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?`, status, timestamp(now), id)
		if err != nil {
			return err
		}
		_, err = recordEdit(ctx, tx, 0, edit{table: "meetings", rowID: id, field: "status", old: old, new: status, at: now})
		return err
	})
}
