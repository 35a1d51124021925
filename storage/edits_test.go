package storage

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestRecordEdit checks that edits of one action share its id and that a
// new action starts a new group.
func TestRecordEdit(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		first, err := recordEdit(ctx, tx, 0, edit{table: "meetings", rowID: 7, field: "venue", old: "", new: "Palace", at: at})
		if err != nil {
			return err
		}
		if _, err := recordEdit(ctx, tx, first, edit{table: "meetings", rowID: 7, field: "date", old: "2025", new: "2025-03", at: at}); err != nil {
			return err
		}
		second, err := recordEdit(ctx, tx, 0, edit{table: "participants", rowID: 2, field: "title", old: nil, new: "Envoy", at: at})
		if second == first {
			t.Errorf("a new action reused action id %d", first)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.read.Query(`SELECT id, action_id, table_name, row_id, field, old_value, new_value, at FROM edits ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var id, action, row int64
		var table, field, old, new, when string
		if err := rows.Scan(&id, &action, &table, &row, &field, &old, &new, &when); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d/%d %s.%s#%d %s->%s %s", id, action, table, field, row, old, new, when))
	}
	want := []string{
		`1/1 meetings.venue#7 ""->"Palace" 2026-11-23T12:00:00Z`,
		`2/1 meetings.date#7 "2025"->"2025-03" 2026-11-23T12:00:00Z`,
		`3/3 participants.title#2 null->"Envoy" 2026-11-23T12:00:00Z`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("edits =\n%q\nwant\n%q", got, want)
	}
}
