package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"parley/app"
)

// testOptions are the defaults with a short busy timeout, so lock tests
// finish quickly.
func testOptions() options {
	o := defaultOptions()
	o.busyTimeout = 300 * time.Millisecond
	return o
}

// openTest opens (creating) a database in a fresh temporary folder and
// closes it when the test ends.
func openTest(t testing.TB) *Store {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "parley.db"), testOptions())
}

// openAt opens the database at path with o and closes it when the test ends.
func openAt(t testing.TB, path string, o options) *Store {
	t.Helper()
	s, err := open(path, o)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// sampleBatch reads testdata/articles.json: three articles, five meetings.
func sampleBatch(t testing.TB) []app.NewArticle {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "articles.json"))
	if err != nil {
		t.Fatal(err)
	}
	var batch []app.NewArticle
	if err := json.Unmarshal(b, &batch); err != nil {
		t.Fatalf("testdata/articles.json: %v", err)
	}
	return batch
}

// save saves batch and fails the test on error.
func save(t testing.TB, s *Store, batch []app.NewArticle) []app.SaveResult {
	t.Helper()
	res, err := s.SaveArticles(context.Background(), batch)
	if err != nil {
		t.Fatalf("SaveArticles: %v", err)
	}
	return res
}

// fileHash is the SHA-256 of a file's bytes.
func fileHash(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// wantCode fails unless err carries code.
func wantCode(t testing.TB, err error, code app.Code) {
	t.Helper()
	if got := app.ErrorCode(err); got != code {
		t.Fatalf("error code = %q, want %q (error: %v)", got, code, err)
	}
}

// counts returns s.Counts or fails.
func counts(t testing.TB, s *Store) app.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatalf("Counts: %v", err)
	}
	return c
}

func ptr[T any](v T) *T { return &v }
