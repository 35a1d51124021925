package storage

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"time"

	"parley/app"
)

// Compared are meetings that are not rejected, that have at least two
// people (one person on a day is too weak a sign), and whose date is known
// to the day or month (a year alone would pair every meeting of a year).
//
// The people come as an unsorted list from a subquery that walks the
// participants index: one query, sorted in Go, is about four times faster
// than having SQLite sort the sets (group_concat ... ORDER BY).
const comparedMeetings = `SELECT m.id, m.date_start, m.date_end,
		(SELECT group_concat(person_id) FROM participants WHERE meeting_id = m.id)
	FROM meetings m WHERE m.status <> 'rejected' AND length(m.date) >= 7`

// dupRow is one meeting being compared: its people and date range.
type dupRow struct {
	id         int64
	start, end time.Time
}

// DuplicateCandidates lists pairs of meetings that look like one occasion
// reported twice: the same set of people (by person, so "Kim" and "Kim
// Junpyo" count as one once they are one person), dates that overlap or
// are a day apart, and no article in common (one article reporting the
// same people twice usually means two meetings). Pairs with the most
// recently added meeting come first; limit 0 lists them all. The older
// meeting of each pair (lower id) is A.
//
// Meetings are grouped by their set of people in memory, two plain table
// scans, never compared each with each: at 100,000 meetings that is a few
// hundred milliseconds (BenchmarkDuplicateCandidates) where SQL sorting
// the sets took seconds.
func (s *Store) DuplicateCandidates(ctx context.Context, limit int) ([]app.DuplicatePair, error) {
	var pairs []app.DuplicatePair
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		ids, err := duplicateIDs(ctx, tx)
		if err != nil {
			return err
		}
		if ids, err = withoutSharedArticle(ctx, tx, ids); err != nil {
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

// duplicateIDs finds the pairs of meetings with the same people within a
// day of each other, most recently added first.
func duplicateIDs(ctx context.Context, tx *sql.Tx) ([][2]int64, error) {
	groups := map[string][]dupRow{}
	err := eachRow(ctx, tx, comparedMeetings, nil, func(rows *sql.Rows) error {
		var r dupRow
		var start, end string
		var people sql.NullString
		if err := rows.Scan(&r.id, &start, &end, &people); err != nil {
			return err
		}
		if key := personKey(people.String); key != "" {
			r.start, _ = time.Parse(time.DateOnly, start) // written by dateRange, always valid
			r.end, _ = time.Parse(time.DateOnly, end)
			groups[key] = append(groups[key], r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out [][2]int64
	for _, g := range groups {
		out = append(out, pairsIn(g)...)
	}
	slices.SortFunc(out, func(a, b [2]int64) int {
		return cmp.Or(cmp.Compare(b[1], a[1]), cmp.Compare(b[0], a[0]))
	})
	return out, nil
}

// personKey turns a list of person ids ("12,5,12,7") into a map key for
// the set (5, 7, 12), or "" for fewer than two people.
func personKey(list string) string {
	var ps []int64
	for f := range strings.SplitSeq(list, ",") {
		if p, err := strconv.ParseInt(f, 10, 64); err == nil {
			ps = append(ps, p)
		}
	}
	slices.Sort(ps)
	if ps = slices.Compact(ps); len(ps) < 2 {
		return ""
	}
	b := make([]byte, 0, 4*len(ps))
	for _, p := range ps {
		b = binary.AppendUvarint(b, uint64(p))
	}
	return string(b)
}

// pairsIn pairs the meetings of one group (same people) whose dates
// overlap or are a day apart. Sorted by start, each meeting is compared
// only with the earlier ones whose dates still reach it.
func pairsIn(g []dupRow) [][2]int64 {
	if len(g) < 2 {
		return nil
	}
	slices.SortFunc(g, func(a, b dupRow) int { return cmp.Or(a.start.Compare(b.start), cmp.Compare(a.id, b.id)) })
	var out [][2]int64
	var window []dupRow
	for _, r := range g {
		window = slices.DeleteFunc(window, func(w dupRow) bool { return w.end.AddDate(0, 0, 1).Before(r.start) })
		for _, w := range window {
			out = append(out, [2]int64{min(w.id, r.id), max(w.id, r.id)})
		}
		window = append(window, r)
	}
	return out
}

// withoutSharedArticle drops the pairs whose meetings share an article.
func withoutSharedArticle(ctx context.Context, tx *sql.Tx, pairs [][2]int64) ([][2]int64, error) {
	if len(pairs) == 0 {
		return nil, nil
	}
	var ids []int64
	for _, p := range pairs {
		ids = append(ids, p[0], p[1])
	}
	articles := map[int64][]int64{}
	err := eachRow(ctx, tx, `SELECT meeting_id, article_id FROM meeting_sources
		WHERE meeting_id IN (SELECT value FROM json_each(?))`, []any{idList(ids)}, func(rows *sql.Rows) error {
		var m, a int64
		err := rows.Scan(&m, &a)
		articles[m] = append(articles[m], a)
		return err
	})
	return slices.DeleteFunc(pairs, func(p [2]int64) bool {
		return slices.ContainsFunc(articles[p[0]], func(a int64) bool { return slices.Contains(articles[p[1]], a) })
	}), err
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
