package storage

import (
	"context"
	"database/sql"
	"strings"

	"parley/app"
)

// meetingColumns and meetingFrom make meetingSelect.
const (
	meetingColumns = `SELECT m.id, m.kind, m.date, m.venue, m.summary, m.notes, m.topics, m.status,
	m.confidence, m.flags, m.created_at, m.updated_at, coalesce(pl.city, ''), coalesce(pl.country, ''),
	coalesce(pl.lat, 0), coalesce(pl.lon, 0), coalesce(pl.geonames_id, 0)`
	meetingFrom = `
	FROM meetings m LEFT JOIN places pl ON pl.id = m.place_id`
)

// meetingSelect reads one meeting row with its place; scanMeeting matches it.
const meetingSelect = meetingColumns + meetingFrom

// FindMeetings lists the meetings f selects, with place, participants and
// sources, sorted and paged as f says.
func (s *Store) FindMeetings(ctx context.Context, f app.MeetingFilter) ([]app.Meeting, error) {
	q, args, err := meetingQuery(f)
	if err != nil {
		return nil, err
	}
	var list []app.Meeting
	err = s.inRead(ctx, func(tx *sql.Tx) error {
		if list, err = queryMeetings(ctx, tx, q, args...); err != nil {
			return err
		}
		return completeMeetings(ctx, tx, list)
	})
	return list, err
}

// EachMeeting calls fn for every meeting f selects, in f's order, with the
// same fields as FindMeetings. It reads them through one query whose rows
// carry each meeting's participants and sources packed in two columns
// (wholeSelect), so memory stays flat however many meetings there are. All
// calls see one snapshot of the database. An error from fn stops the walk
// and is returned as is.
func (s *Store) EachMeeting(ctx context.Context, f app.MeetingFilter, fn func(app.Meeting) error) error {
	q, args, err := meetingQueryWith(wholeSelect, f)
	if err != nil {
		return err
	}
	var fnErr error // kept apart so that it is not mistaken for a storage error
	call := func(m app.Meeting) error {
		fnErr = fn(m)
		return fnErr
	}
	err = s.inRead(ctx, func(tx *sql.Tx) error { return walkWhole(ctx, tx, q, args, call) })
	if fnErr != nil {
		return fnErr
	}
	return err
}

// briefSelect reads what the timeline and city views draw of a meeting and
// nothing more: no text, topics or sources. Its participants come in the
// one column, in order, their name, title, organisation and country
// separated by unit separators (\x1f) and participants by record
// separators (\x1e), so the whole walk is one query and one scan per row.
const briefSelect = `SELECT m.id, m.kind, m.date, m.status, coalesce(pl.city, ''), coalesce(pl.country, ''),
	coalesce(pl.lat, 0), coalesce(pl.lon, 0),
	coalesce((SELECT group_concat(p.name || char(31) || p.title || char(31) || p.organization || char(31) || p.country,
		char(30) ORDER BY p.position) FROM participants p WHERE p.meeting_id = m.id), '')
	FROM meetings m LEFT JOIN places pl ON pl.id = m.place_id`

// EachMeetingBrief calls fn for every meeting f selects with only its id,
// kind, date, status, place and participants' name, title, organisation
// and country filled in: what the timeline and city views need, read about
// ten times faster than EachMeeting. Without a limit the order is the
// table's (callers sort); with one it is f's. fn's error stops the walk
// and is returned as is.
func (s *Store) EachMeetingBrief(ctx context.Context, f app.MeetingFilter, fn func(app.Meeting) error) error {
	if err := validateFilter(f); err != nil {
		return err
	}
	cond, args := meetingWhere(f)
	q := briefSelect + cond
	if f.Limit > 0 || f.Offset > 0 {
		q += orderBy(f.Sort) + limitClause(f.Limit, f.Offset)
	}
	var fnErr error // kept apart so that it is not mistaken for a storage error
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			m, err := scanBrief(rows)
			if err != nil {
				return err
			}
			if fnErr = fn(m); fnErr != nil {
				return fnErr
			}
		}
		return rows.Err()
	})
	if fnErr != nil {
		return fnErr
	}
	return err
}

// scanBrief reads a briefSelect row.
func scanBrief(r scanner) (app.Meeting, error) {
	var m app.Meeting
	var date, people string
	err := r.Scan(&m.ID, &m.Kind, &date, &m.Status, &m.Place.City, &m.Place.Country, &m.Place.Lat, &m.Place.Lon, &people)
	if err != nil {
		return m, err
	}
	m.Date = storedDate(date)
	if people == "" {
		return m, nil
	}
	for rec := range strings.SplitSeq(people, "\x1e") {
		f := strings.SplitN(rec, "\x1f", 4)
		if len(f) == 4 {
			m.Participants = append(m.Participants, app.Participant{Name: f[0], Title: f[1], Organization: f[2], Country: f[3]})
		}
	}
	return m, nil
}

// Meeting returns one meeting with its place, participants and sources;
// ENotFound when there is none.
func (s *Store) Meeting(ctx context.Context, id int64) (app.Meeting, error) {
	var m app.Meeting
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		list, err := queryMeetings(ctx, tx, meetingSelect+` WHERE m.id = ?`, id)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return app.Errorf(app.ENotFound, "Meeting %d does not exist; it may have been deleted.", id)
		}
		err = completeMeetings(ctx, tx, list)
		m = list[0]
		return err
	})
	return m, err
}

// meetingQuery renders f as SQL. Every value is a bound parameter.
func meetingQuery(f app.MeetingFilter) (string, []any, error) {
	return meetingQueryWith(meetingSelect, f)
}

// meetingQueryWith is meetingQuery reading the rows with sel, a
// "SELECT ... FROM meetings m ..." that names the meetings m.
func meetingQueryWith(sel string, f app.MeetingFilter) (string, []any, error) {
	if err := validateFilter(f); err != nil {
		return "", nil, err
	}
	cond, args := meetingWhere(f)
	if f.Limit <= 0 && f.Offset <= 0 {
		return sel + cond + orderBy(f.Sort), args, nil
	}
	// A page is found first from ids and indexes alone, then only its rows
	// are read whole: skipping Offset rows then costs index steps, not rows.
	page := `SELECT m.id FROM meetings m` + cond + orderBy(f.Sort) + limitClause(f.Limit, f.Offset)
	return sel + ` WHERE m.id IN (` + page + `)` + orderBy(f.Sort), args, nil
}

// meetingWhere renders f's conditions as a WHERE clause ("" for none) and
// its arguments.
func meetingWhere(f app.MeetingFilter) (string, []any) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.Status != nil {
		add(`m.status = ?`, string(*f.Status))
	}
	// "+m.id": see the search condition below.
	if strings.TrimSpace(f.Country) != "" {
		add(`+m.id IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)`, countryQuery(f.Country))
	}
	if f.From != nil || f.To != nil {
		add(`m.date_start <> ''`)
	}
	if f.From != nil {
		from, _ := dateRange(*f.From)
		add(`m.date_end >= ?`, from) // overlaps: a meeting known to the month counts for any day in it
	}
	if f.To != nil {
		_, to := dateRange(*f.To)
		add(`m.date_start <= ?`, to)
	}
	if f.ArticleID != nil {
		add(`m.id IN (SELECT meeting_id FROM meeting_sources WHERE article_id = ?)`, *f.ArticleID)
	}
	if fts := ftsQuery(f.Search); fts != "" {
		// The matches become one set that meetings are checked against while
		// SQLite walks the sort index and stops after a page ("+" keeps it
		// from looking each match up and sorting them all instead, which is
		// quick for a rare word but slow for a word in every article).
		add(`+m.id IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?
			UNION ALL SELECT meeting_id FROM meeting_sources WHERE article_id IN
				(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`, fts, fts)
	}
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// orderBy sorts newest first; by date, undated meetings (an empty
// date_start sorts lowest) come last. id breaks ties so pages never overlap.
func orderBy(s app.SortOrder) string {
	if s == app.SortByImport {
		return ` ORDER BY m.id DESC`
	}
	return ` ORDER BY m.date_start DESC, m.id DESC`
}

func validateFilter(f app.MeetingFilter) error {
	if f.Status != nil && !f.Status.Valid() {
		return app.Errorf(app.EInvalid, "%q is not a meeting status (new, confirmed or rejected).", *f.Status)
	}
	if !app.ValidCountry(f.Country) {
		return app.Errorf(app.EInvalid, "%q is not a country code like IR or KR.", f.Country)
	}
	if f.Sort != "" && f.Sort != app.SortByDate && f.Sort != app.SortByImport {
		return app.Errorf(app.EInvalid, "%q is not a sort order (date or import).", f.Sort)
	}
	for _, d := range []*app.Date{f.From, f.To} {
		if d == nil {
			continue
		}
		if err := d.Validate(); err != nil || d.IsZero() {
			return app.Errorf(app.EInvalid, "The date range bound %q is not a date.", d.String())
		}
	}
	return nil
}

// queryMeetings runs a meetingSelect query and scans its rows.
func queryMeetings(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]app.Meeting, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []app.Meeting
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, m)
	}
	return list, rows.Err()
}

func scanMeeting(r scanner) (app.Meeting, error) { return scanMeetingPlus(r) }

// scanMeetingPlus reads a row of meetingColumns followed by the columns
// scanned into extra.
func scanMeetingPlus(r scanner, extra ...any) (app.Meeting, error) {
	var m app.Meeting
	var date, topics, flags, created, updated string
	dest := []any{&m.ID, &m.Kind, &date, &m.Venue, &m.Summary, &m.Notes, &topics, &m.Status,
		&m.Confidence, &flags, &created, &updated, &m.Place.City, &m.Place.Country,
		&m.Place.Lat, &m.Place.Lon, &m.Place.GeoID}
	if err := r.Scan(append(dest, extra...)...); err != nil {
		return m, err
	}
	m.Date = storedDate(date)
	m.CreatedAt, m.UpdatedAt = parseTimestamp(created), parseTimestamp(updated)
	var err error
	if m.Topics, err = decodeList(topics); err != nil {
		return m, err
	}
	m.Flags, err = decodeList(flags)
	return m, err
}

// completeMeetings fills in the participants and sources of list with one
// query each (not two per meeting).
func completeMeetings(ctx context.Context, tx *sql.Tx, list []app.Meeting) error {
	if len(list) == 0 {
		return nil
	}
	index := make(map[int64]*app.Meeting, len(list))
	ids := make([]int64, len(list))
	for i := range list {
		index[list[i].ID] = &list[i]
		ids[i] = list[i].ID
	}
	if err := loadParticipants(ctx, tx, idList(ids), index); err != nil {
		return err
	}
	return loadSources(ctx, tx, idList(ids), index)
}

func loadParticipants(ctx context.Context, tx *sql.Tx, ids string, index map[int64]*app.Meeting) error {
	rows, err := tx.QueryContext(ctx, `SELECT meeting_id, person_id, name, title, organization, country
		FROM participants WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY meeting_id, position`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var p app.Participant
		if err := rows.Scan(&id, &p.PersonID, &p.Name, &p.Title, &p.Organization, &p.Country); err != nil {
			return err
		}
		index[id].Participants = append(index[id].Participants, p)
	}
	return rows.Err()
}

func loadSources(ctx context.Context, tx *sql.Tx, ids string, index map[int64]*app.Meeting) error {
	rows, err := tx.QueryContext(ctx, `SELECT s.meeting_id, s.article_id, s.evidence, s.span_start, s.span_end,
		a.title, a.outlet, a.published, a.path
		FROM meeting_sources s JOIN articles a ON a.id = s.article_id
		WHERE s.meeting_id IN (SELECT value FROM json_each(?)) ORDER BY s.meeting_id, s.id`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var src app.Source
		var published string
		if err := rows.Scan(&id, &src.ArticleID, &src.Evidence, &src.Span.Start, &src.Span.End,
			&src.ArticleTitle, &src.Outlet, &published, &src.Path); err != nil {
			return err
		}
		src.Published = storedDate(published)
		index[id].Sources = append(index[id].Sources, src)
	}
	return rows.Err()
}
