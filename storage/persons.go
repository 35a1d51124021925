package storage

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strings"

	"parley/app"
)

// The Store serves the People tab too.
var _ app.PeopleStore = (*Store)(nil)

// People lists the persons f selects, each with the number of meetings
// they took part in. The counts come from one GROUP BY over participants
// (its person index), so the whole list of 30,000 persons is one query.
func (s *Store) People(ctx context.Context, f app.PersonFilter) ([]app.Person, error) {
	if f.Sort != "" && f.Sort != app.PersonsByName && f.Sort != app.PersonsByMeetings {
		return nil, app.Errorf(app.EInvalid, "%q is not a people order (name or meetings).", f.Sort)
	}
	q, args := peopleQuery(f)
	var list []app.Person
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p app.Person
			if err := rows.Scan(&p.ID, &p.Name, &p.Meetings); err != nil {
				return err
			}
			list = append(list, p)
		}
		return rows.Err()
	})
	return list, err
}

// peopleQuery renders f as SQL with bound parameters.
func peopleQuery(f app.PersonFilter) (string, []any) {
	q := `SELECT p.id, p.name, coalesce(c.n, 0) FROM people p
		LEFT JOIN (SELECT person_id, count(DISTINCT meeting_id) AS n FROM participants GROUP BY person_id) c
		ON c.person_id = p.id`
	var args []any
	if key := fold(f.Search); key != "" {
		// A substring of any alias: "junpyo" finds Kim Junpyo. instr scans
		// the aliases (a few milliseconds for 30,000 people), no index needed.
		q += ` WHERE p.id IN (SELECT person_id FROM person_aliases WHERE instr(folded, ?) > 0)`
		args = append(args, key)
	}
	if f.Sort == app.PersonsByMeetings {
		q += ` ORDER BY 3 DESC, p.name COLLATE NOCASE, p.id`
	} else {
		q += ` ORDER BY p.name COLLATE NOCASE, p.id`
	}
	return q + limitClause(f.Limit, f.Offset), args
}

// Person returns person id with every spelling of the name, the titles
// seen over time and the meeting count; ENotFound when there is none.
func (s *Store) Person(ctx context.Context, id int64) (app.Person, error) {
	var p app.Person
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		var err error
		if p, err = personRow(ctx, tx, id); err != nil {
			return err
		}
		if p.Aliases, err = personAliases(ctx, tx, id); err != nil {
			return err
		}
		p.Titles, err = personTitles(ctx, tx, id)
		return err
	})
	return p, err
}

// personRow reads a person's name and meeting count; ENotFound if none.
func personRow(ctx context.Context, tx *sql.Tx, id int64) (app.Person, error) {
	p := app.Person{ID: id}
	err := tx.QueryRowContext(ctx, `SELECT name, (SELECT count(DISTINCT meeting_id) FROM participants WHERE person_id = ?1)
		FROM people WHERE id = ?1`, id).Scan(&p.Name, &p.Meetings)
	if errors.Is(err, sql.ErrNoRows) {
		return p, app.Errorf(app.ENotFound, "Person %d does not exist; they may have been merged into someone else.", id)
	}
	return p, err
}

// personAliases lists the spellings of person id: its aliases and the
// names its participants were written with, one per folded form, each with
// the meetings that use it, sorted by name.
func personAliases(ctx context.Context, tx *sql.Tx, id int64) ([]app.Alias, error) {
	byKey := map[string]*app.Alias{}
	var order []string
	add := func(name string, meetings int) {
		k := fold(name)
		if byKey[k] == nil {
			byKey[k] = &app.Alias{Name: name}
			order = append(order, k)
		}
		byKey[k].Meetings += meetings
	}
	err := eachRow(ctx, tx, `SELECT alias, 0 FROM person_aliases WHERE person_id = ?1
		UNION ALL SELECT name, count(DISTINCT meeting_id) FROM participants WHERE person_id = ?1 GROUP BY name`,
		[]any{id}, func(r *sql.Rows) error {
			var name string
			var n int
			err := r.Scan(&name, &n)
			add(name, n)
			return err
		})
	out := make([]app.Alias, len(order))
	for i, k := range order {
		out[i] = *byKey[k]
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out, err
}

// personTitles gathers the titles person id was given, folded together,
// with the first and last meeting date each was seen at, earliest first
// (titles seen only at undated meetings last).
func personTitles(ctx context.Context, tx *sql.Tx, id int64) ([]app.TitleSpan, error) {
	byKey := map[string]*titleSeen{}
	var order []string
	err := eachRow(ctx, tx, `SELECT pa.title, m.date FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
		WHERE pa.person_id = ? AND pa.title <> '' ORDER BY m.date_start, m.id`, []any{id}, func(r *sql.Rows) error {
		var title, date string
		if err := r.Scan(&title, &date); err != nil {
			return err
		}
		k := fold(title)
		if byKey[k] == nil {
			byKey[k] = &titleSeen{span: app.TitleSpan{Title: title}}
			order = append(order, k)
		}
		byKey[k].see(storedDate(date))
		return nil
	})
	out := make([]app.TitleSpan, len(order))
	for i, k := range order {
		out[i] = byKey[k].span
	}
	sort.SliceStable(out, func(i, j int) bool { return titleBefore(out[i], out[j]) })
	return out, err
}

// titleSeen accumulates one title's span.
type titleSeen struct {
	span       app.TitleSpan
	start, end string // the span's first and last day, "" until a dated meeting
}

func (t *titleSeen) see(d app.Date) {
	t.span.Meetings++
	start, end := dateRange(d)
	if start == "" {
		return
	}
	if t.start == "" || start < t.start {
		t.start, t.span.First = start, d
	}
	if end > t.end {
		t.end, t.span.Last = end, d
	}
}

// titleBefore orders spans by first date, undated ones last.
func titleBefore(a, b app.TitleSpan) bool {
	sa, _ := dateRange(a.First)
	sb, _ := dateRange(b.First)
	if (sa == "") != (sb == "") {
		return sb == ""
	}
	return sa < sb
}

// eachRow runs q and calls fn for each row.
func eachRow(ctx context.Context, tx *sql.Tx, q string, args []any, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// PersonMeetings lists the meetings person id took part in, newest first,
// with participants and sources. ENotFound when there is no such person.
func (s *Store) PersonMeetings(ctx context.Context, id int64) ([]app.Meeting, error) {
	var list []app.Meeting
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		if _, err := personRow(ctx, tx, id); err != nil {
			return err
		}
		var err error
		list, err = queryMeetings(ctx, tx, meetingSelect+
			` WHERE m.id IN (SELECT meeting_id FROM participants WHERE person_id = ?)`+orderBy(app.SortByDate), id)
		if err != nil {
			return err
		}
		return completeMeetings(ctx, tx, list)
	})
	return list, err
}
