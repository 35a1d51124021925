package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"parley/app"
)

// wholeSelect is meetingSelect with two more columns: the meeting's
// participants in order and its sources in order, each packed into one
// string by packed. Reading them in the meeting's own row lets EachMeeting
// walk any number of meetings with one query and one scan per meeting,
// instead of a query for participants and one for sources per chunk (which
// SQLite had to sort: most of EachMeeting's time before). group_concat
// joins rows in the order its FROM gives them: an ordered subquery is not
// flattened into an aggregate, and its ORDER BY is served by the indexes
// on meeting_id (group_concat's own ORDER BY would sort every group, which
// measured slower). TestStore_EachMeeting_sameAsFindMeetings checks it.
var wholeSelect = meetingColumns + `,
	coalesce((SELECT group_concat(x, '') FROM (SELECT ` + packed("p.person_id", "p.name", "p.title", "p.organization", "p.country") + ` AS x
		FROM participants p WHERE p.meeting_id = m.id ORDER BY p.position)), ''),
	coalesce((SELECT group_concat(x, '') FROM (SELECT ` + packed("s.article_id", "s.evidence", "s.span_start", "s.span_end",
	"a.title", "a.outlet", "a.published", "a.path") + ` AS x
		FROM meeting_sources s JOIN articles a ON a.id = s.article_id WHERE s.meeting_id = m.id ORDER BY s.id)), '')` + meetingFrom

// Fields per packed participant and per packed source.
const (
	participantFields = 5
	sourceFields      = 8
)

// packed renders SQL that writes the columns one after the other, each as
// its length in bytes, a colon and its text ("5:Seoul"). Unlike separator
// characters, a length cannot be confused with anything an article's text
// holds, so any evidence sentence reads back exactly.
func packed(cols ...string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = "octet_length(" + c + "), ':', " + c
	}
	// One concat builds the record in one allocation; a chain of || makes
	// a new string per operand, which cost more than the lookups.
	return "concat(" + strings.Join(parts, ", ") + ")"
}

// unpack splits a packed string into its fields, n per record, and calls
// fn with each record's fields.
func unpack(s string, n int, fn func(f []string) error) error {
	f := make([]string, n)
	for i := 0; s != ""; i = (i + 1) % n {
		colon := strings.IndexByte(s, ':')
		size, err := strconv.Atoi(s[:max(colon, 0)])
		if colon < 0 || err != nil || size < 0 || size > len(s)-colon-1 {
			return fmt.Errorf("storage: a packed column is malformed at %.20q", s)
		}
		f[i], s = s[colon+1:colon+1+size], s[colon+1+size:]
		if i == n-1 {
			if err := fn(f); err != nil {
				return err
			}
		} else if s == "" {
			return fmt.Errorf("storage: a packed record has %d fields, want %d", i+1, n)
		}
	}
	return nil
}

// walkWhole runs q, a wholeSelect query, and hands its meetings to fn.
// It reads the file through memory mapping for the walk's length: a walk
// in date order reads pages all over the file, and copying each from the
// operating system's cache into SQLite's (a read call per page) cost a
// quarter of the walk (measured at 100,000 meetings). The mapping is
// undone after, so the connection goes back to the pool as it came.
func walkWhole(ctx context.Context, tx *sql.Tx, q string, args []any, fn func(app.Meeting) error) (err error) {
	if _, err := tx.ExecContext(ctx, "PRAGMA mmap_size = 1073741824"); err != nil {
		return err
	}
	defer func() {
		if _, merr := tx.ExecContext(ctx, "PRAGMA mmap_size = 0"); err == nil {
			err = merr
		}
	}()
	return scanWalk(ctx, tx, q, args, fn)
}

// scanWalk runs q and calls fn with each meeting scanWhole reads.
func scanWalk(ctx context.Context, tx *sql.Tx, q string, args []any, fn func(app.Meeting) error) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		m, err := scanWhole(rows)
		if err != nil {
			return err
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	return rows.Err()
}

// scanWhole reads a wholeSelect row.
func scanWhole(r scanner) (app.Meeting, error) {
	var people, sources string
	m, err := scanMeetingPlus(r, &people, &sources)
	if err != nil {
		return m, err
	}
	if err := unpack(people, participantFields, func(f []string) error {
		p, err := unpackParticipant(f)
		m.Participants = append(m.Participants, p)
		return err
	}); err != nil {
		return m, err
	}
	err = unpack(sources, sourceFields, func(f []string) error {
		src, err := unpackSource(f)
		m.Sources = append(m.Sources, src)
		return err
	})
	return m, err
}

func unpackParticipant(f []string) (app.Participant, error) {
	id, err := strconv.ParseInt(f[0], 10, 64)
	return app.Participant{PersonID: id, Name: f[1], Title: f[2], Organization: f[3], Country: f[4]}, err
}

func unpackSource(f []string) (app.Source, error) {
	article, err1 := strconv.ParseInt(f[0], 10, 64)
	start, err2 := strconv.Atoi(f[2])
	end, err3 := strconv.Atoi(f[3])
	src := app.Source{ArticleID: article, Evidence: f[1], Span: app.Span{Start: start, End: end},
		ArticleTitle: f[4], Outlet: f[5], Published: storedDate(f[6]), Path: f[7]}
	return src, errors.Join(err1, err2, err3)
}

// decodeList decodes a JSON list of strings as json.Unmarshal does, and
// without it for what storage writes nearly always: "[]" or strings with
// nothing escaped (json.Unmarshal was a tenth of a 100,000-meeting walk).
func decodeList(s string) ([]string, error) {
	if s == "[]" {
		return []string{}, nil
	}
	inner, ok := strings.CutPrefix(s, `["`)
	if inner, ok2 := strings.CutSuffix(inner, `"]`); ok && ok2 && plainJSON(inner) {
		if list := strings.Split(inner, `","`); !slices.ContainsFunc(list, hasQuote) {
			return list, nil
		}
	}
	var list []string
	err := json.Unmarshal([]byte(s), &list)
	return list, err
}

// plainJSON reports whether s, the inside of a JSON list of strings, needs
// no decoding: valid UTF-8 without escapes or control characters. Without
// backslashes a quote can only be a string's edge, so `","` separates
// (decodeList still checks that no other quote is left, as in `["a", "b"]`).
func plainJSON(s string) bool {
	if strings.IndexByte(s, '\\') >= 0 || !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 {
			return false
		}
	}
	return true
}

func hasQuote(s string) bool { return strings.IndexByte(s, '"') >= 0 }
