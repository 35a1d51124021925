package storage

import (
	"context"
	"database/sql"
	"slices"
	"testing"

	"parley/app"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"Kim", `"Kim"*`},
		{"Kim Junpyo", `"Kim"* "Junpyo"*`},
		{`say "hi"`, `"say"* """hi"""*`},
		{"- * ()", ""},
		{"Jun-pyo", `"Jun-pyo"*`},
		{"a\x00b\tc", `"a"* "b"* "c"*`},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestIndexMeetings checks that re-indexing replaces a meeting's search
// row: the new words are found, the old ones no longer, and no meeting is
// listed twice.
func TestIndexMeetings(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	save(t, s, sampleBatch(t))
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE meetings SET notes = 'zanzibar follow-up' WHERE id = 3`); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE participants SET name = 'Someone Else' WHERE meeting_id = 2 AND position = 1`); err != nil {
			return err
		}
		return indexMeetings(ctx, tx, []int64{2, 3, 3})
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		search string
		want   []int64
	}{
		{"zanzibar", []int64{3}},
		{"energy", []int64{3}}, // unchanged fields stay indexed
		{"someone", []int64{2}},
		{"dufour", []int64{1, 2, 5}}, // 1 and 2 through the article text only now, 5 by name
	}
	for _, tt := range tests {
		list, err := s.FindMeetings(ctx, app.MeetingFilter{Search: tt.search, Sort: app.SortByImport})
		if err != nil {
			t.Fatal(err)
		}
		got := meetingIDs(list)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("search %q = %v, want %v", tt.search, got, tt.want)
		}
	}
}

func TestIndexMeetings_deletedMeetingLeavesIndex(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	save(t, s, sampleBatch(t))
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM meetings WHERE id = 5`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.read.QueryRow(`SELECT count(*) FROM meetings_fts WHERE meetings_fts MATCH 'geneva'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("the deleted meeting is still in the search index (%d rows)", n)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Errorf("after deleting a meeting: %v", err)
	}
}
