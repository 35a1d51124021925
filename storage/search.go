package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"unicode"
)

// searchQueue collects the articles and meetings a transaction saved, to
// index them for search in two statements at its end. Writing an FTS5
// table early in a transaction makes every later statement that opens a
// savepoint flush FTS5's pending data; indexing last avoids that.
type searchQueue struct {
	articles []int64
	meetings []int64
}

func (q *searchQueue) add(article int64, meetings ...int64) {
	q.articles = append(q.articles, article)
	q.meetings = append(q.meetings, meetings...)
}

// index writes the queued rows into the search indexes.
func (q *searchQueue) index(ctx context.Context, tx *sql.Tx) error {
	if err := indexArticles(ctx, tx, q.articles); err != nil {
		return err
	}
	return indexMeetings(ctx, tx, q.meetings)
}

// indexArticles adds new articles to articles_fts (changes and deletions
// are indexed by triggers).
func indexArticles(ctx context.Context, tx *sql.Tx, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, text)
		SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?))`, idList(ids))
	return err
}

// indexMeetings (re)writes the search rows of meetings from what is
// stored: participant names (as written and canonical), titles and
// organisations; city and venue; topics; summary and notes; the country
// codes of the place and the participants. Whatever changes one of these
// must call it.
func indexMeetings(ctx context.Context, tx *sql.Tx, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	list := idList(ids)
	_, err := tx.ExecContext(ctx, `DELETE FROM meetings_fts WHERE rowid IN (SELECT value FROM json_each(?))`, list)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO meetings_fts(rowid, people, place, topics, notes, countries)
		SELECT m.id,
			coalesce((SELECT group_concat(pa.name || ' ' || pe.name || ' ' || pa.title || ' ' ||
				pa.organization, ' ')
				FROM participants pa JOIN people pe ON pe.id = pa.person_id WHERE pa.meeting_id = m.id), ''),
			coalesce(pl.city, '') || ' ' || m.venue,
			coalesce((SELECT group_concat(value, ' ') FROM json_each(m.topics)), ''),
			m.summary || ' ' || m.notes,
			coalesce(pl.country, '') || ' ' ||
				coalesce((SELECT group_concat(country, ' ') FROM participants WHERE meeting_id = m.id), '')
		FROM meetings m LEFT JOIN places pl ON pl.id = m.place_id
		WHERE m.id IN (SELECT value FROM json_each(?))`, list)
	return err
}

// idList encodes ids as a JSON array, the one parameter json_each reads.
func idList(ids []int64) string {
	b, _ := json.Marshal(ids) // a []int64 always encodes
	return string(b)
}

// ftsQuery turns what a user typed into an FTS5 query that cannot be a
// syntax error: each word becomes a quoted prefix term ("kim"* "tehr"*),
// all of which must match. It returns "" when there is nothing to search.
func ftsQuery(s string) string {
	// Control characters are never in indexed words, and a NUL would end
	// the query string early in SQLite's C code (an unterminated quote).
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	var terms []string
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
			continue
		}
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"*`)
	}
	return strings.Join(terms, " ")
}

// countryQuery is the FTS5 query for meetings involving country (a valid
// ISO code, so it needs no quoting beyond the quotes added here).
func countryQuery(country string) string {
	return `countries : "` + strings.ToUpper(strings.TrimSpace(country)) + `"`
}
