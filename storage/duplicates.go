package storage

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"parley/app"
)

// duplicateRows lists, for every meeting worth comparing, its set of
// people (sorted person ids), its date range and its articles, ordered so
// that meetings with the same people are neighbours, by date. One pass
// over participants with a sort, instead of comparing every meeting with
// every other: at 100,000 meetings this is the difference between a few
// hundred milliseconds and hours.
//
// Compared are meetings that are not rejected, that have at least two
// people (one person on a day is too weak a sign), and whose date is known
// to the day or month (a year alone would pair every meeting of a year).
const duplicateRows = `SELECT m.id, p.people, m.date_start, m.date_end,
		(SELECT group_concat(DISTINCT s.article_id) FROM meeting_sources s WHERE s.meeting_id = m.id)
	FROM (SELECT meeting_id, group_concat(person_id, ',' ORDER BY person_id) AS people, count(*) AS n
		FROM (SELECT DISTINCT meeting_id, person_id FROM participants) GROUP BY meeting_id) p
	JOIN meetings m ON m.id = p.meeting_id
	WHERE p.n >= 2 AND m.status <> 'rejected' AND length(m.date) >= 7
	ORDER BY p.people, m.date_start, m.id`

// dupRow is one row of duplicateRows.
type dupRow struct {
	id         int64
	people     string
	start, end time.Time
	articles   []string
}

// DuplicateCandidates lists pairs of meetings that look like one occasion
// reported twice: the same set of people (by person, so "Kim" and "Kim
// Junpyo" count as one once they are one person), dates that overlap or
// are a day apart, and no article in common (one article reporting the
// same people twice usually means two meetings). Pairs with the most
// recently added meeting come first; limit 0 lists them all. The older
// meeting of each pair (lower id) is A.
func (s *Store) DuplicateCandidates(ctx context.Context, limit int) ([]app.DuplicatePair, error) {
	var pairs []app.DuplicatePair
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		ids, err := duplicateIDs(ctx, tx)
		if err != nil {
			return err
		}
		if limit > 0 && len(ids) > limit {
			ids = ids[:limit]
		}
		pairs, err = loadPairs(ctx, tx, ids)
		return err
	})
	return pairs, err
}

// duplicateIDs finds the candidate pairs as meeting ids, newest first.
func duplicateIDs(ctx context.Context, tx *sql.Tx) ([][2]int64, error) {
	rows, err := tx.QueryContext(ctx, duplicateRows)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][2]int64
	var group []dupRow // meetings with the same people, by date
	for rows.Next() {
		r, err := scanDupRow(rows)
		if err != nil {
			return nil, err
		}
		if len(group) > 0 && group[0].people != r.people {
			group = group[:0]
		}
		// Rows come by start date: a meeting that ended over a day before
		// r starts cannot pair with r or any later row, so the window of
		// meetings compared stays small even for people who meet often.
		group = slices.DeleteFunc(group, func(g dupRow) bool { return g.end.AddDate(0, 0, 1).Before(r.start) })
		out = append(out, pairsWith(group, r)...)
		group = append(group, r)
	}
	slices.SortFunc(out, func(a, b [2]int64) int { return cmp.Compare(b[1], a[1]) })
	return out, rows.Err()
}

// pairsWith pairs r with the earlier meetings of its group (those whose
// dates reach to within a day of r's start) that share no article with r.
func pairsWith(group []dupRow, r dupRow) [][2]int64 {
	var out [][2]int64
	for _, g := range group {
		if shareArticle(g, r) {
			continue
		}
		out = append(out, [2]int64{min(g.id, r.id), max(g.id, r.id)})
	}
	return out
}

func shareArticle(a, b dupRow) bool {
	for _, x := range a.articles {
		if slices.Contains(b.articles, x) {
			return true
		}
	}
	return false
}

func scanDupRow(rows *sql.Rows) (dupRow, error) {
	var r dupRow
	var start, end string
	var articles sql.NullString
	if err := rows.Scan(&r.id, &r.people, &start, &end, &articles); err != nil {
		return r, err
	}
	r.start, _ = time.Parse(time.DateOnly, start) // written by dateRange, always valid
	r.end, _ = time.Parse(time.DateOnly, end)
	r.articles = strings.Split(articles.String, ",")
	return r, nil
}

// loadPairs reads the meetings of pairs whole, in one query for all.
func loadPairs(ctx context.Context, tx *sql.Tx, pairs [][2]int64) ([]app.DuplicatePair, error) {
	if len(pairs) == 0 {
		return nil, nil
	}
	var ids []int64
	for _, p := range pairs {
		ids = append(ids, p[0], p[1])
	}
	list, err := queryMeetings(ctx, tx, meetingSelect+` WHERE m.id IN (SELECT value FROM json_each(?))`, idList(ids))
	if err != nil {
		return nil, err
	}
	if err := completeMeetings(ctx, tx, list); err != nil {
		return nil, err
	}
	byID := make(map[int64]app.Meeting, len(list))
	for _, m := range list {
		byID[m.ID] = m
	}
	out := make([]app.DuplicatePair, len(pairs))
	for i, p := range pairs {
		out[i] = app.DuplicatePair{A: byID[p[0]], B: byID[p[1]]}
	}
	return out, nil
}
