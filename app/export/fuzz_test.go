package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"parley/app"
)

// FuzzCSVRoundTrip checks that any text in a cell reads back through
// encoding/csv as what text() promises: the same text, neutralised and
// with line breaks as LF, never a broken row or a shifted column.
func FuzzCSVRoundTrip(f *testing.F) {
	for _, s := range []string{"Isfahan", "=1+1", "a,\"b\"\r\nc", "\t@x", "김준표", "\"", "\r", ""} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, venue, name string) {
		m := app.Meeting{ID: 7, Venue: venue, Participants: []app.Participant{{Name: name}}}
		var buf bytes.Buffer
		c, err := NewCSV(&buf, Long)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Write(m); err != nil {
			t.Fatal(err)
		}
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), bom)))
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("unreadable CSV for %q, %q: %v", venue, name, err)
		}
		if len(rows) != 2 || len(rows[1]) != len(rows[0]) {
			t.Fatalf("rows %q: want a header and one full row", rows)
		}
		wantVenue, wantName := text(venue), text(name)
		if got := rows[1][9]; got != wantVenue {
			t.Errorf("venue %q read back as %q, want %q", venue, got, wantVenue)
		}
		if got := rows[1][16]; got != wantName {
			t.Errorf("name %q read back as %q, want %q", name, got, wantName)
		}
	})
}
