package storage

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"parley/app"
)

// FuzzFTSQuery checks that whatever a user types into the search box
// becomes a query FTS5 accepts: a search never fails with a syntax error.
func FuzzFTSQuery(f *testing.F) {
	for _, seed := range []string{"Kim Junpyo", `"unbalanced`, "a OR b NOT c", "NEAR(a b)", "col:x", "x*", "^start", "(", "Jun-pyo", "عراقچی", "+-*/"} {
		f.Add(seed)
	}
	s := openTest(f)
	save(f, s, sampleBatch(f))
	f.Fuzz(func(t *testing.T, search string) {
		_, err := s.FindMeetings(context.Background(), app.MeetingFilter{Search: search, Limit: 5})
		if err != nil {
			t.Fatalf("search %q (FTS query %s): %v", search, ftsQuery(search), err)
		}
	})
}

// FuzzCheckFile feeds arbitrary bytes as a database file to the header
// check: it must never panic, and anything that is not an SQLite header
// must be refused as not a Parley database.
func FuzzCheckFile(f *testing.F) {
	header := make([]byte, 100)
	copy(header, headerMagic)
	f.Add([]byte{})
	f.Add([]byte("Minutes of the meeting"))
	f.Add(header)
	f.Add(append([]byte(headerMagic), 0, 1, 2))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, content []byte) {
		path := filepath.Join(dir, "fuzz.db")
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		err := checkFile(path, 1)
		isSQLite := len(content) >= headerSize && bytes.HasPrefix(content, []byte(headerMagic))
		if len(content) > 0 && !isSQLite && app.ErrorCode(err) != app.ENotParley {
			t.Errorf("%d bytes without an SQLite header: error %v, want ENotParley", len(content), err)
		}
		if err != nil && app.ErrorCode(err) != app.ENotParley && app.ErrorCode(err) != app.ENewer {
			t.Errorf("unexpected error %v", err)
		}
	})
}
