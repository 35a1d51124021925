package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"

	"parley/app"
)

func TestMapError(t *testing.T) {
	own := app.Errorf(app.ENotFound, "Meeting 3 does not exist.")
	tests := []struct {
		name string
		err  error
		want app.Code
	}{
		{"nil", nil, ""},
		{"app error passes through", fmt.Errorf("ctx: %w", own), app.ENotFound},
		{"busy", sqlite3.Error{Code: sqlite3.ErrBusy}, app.ELocked},
		{"locked", fmt.Errorf("insert: %w", sqlite3.Error{Code: sqlite3.ErrLocked}), app.ELocked},
		{"read-only", sqlite3.Error{Code: sqlite3.ErrReadonly}, app.EReadOnly},
		{"disk full", sqlite3.Error{Code: sqlite3.ErrFull}, app.EDiskFull},
		{"not a database", sqlite3.Error{Code: sqlite3.ErrNotADB}, app.ENotParley},
		{"corrupt", sqlite3.Error{Code: sqlite3.ErrCorrupt}, app.ECorrupt},
		{"cannot open", sqlite3.Error{Code: sqlite3.ErrCantOpen}, app.EUnreadable},
		{"constraint", sqlite3.Error{Code: sqlite3.ErrConstraint}, app.EInternal},
		{"cancelled", context.Canceled, app.ECanceled},
		{"anything else", errors.New("boom"), app.EInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := mapError("/data/parley.db", tt.err)
			if got := app.ErrorCode(err); got != tt.want {
				t.Errorf("code = %q, want %q", got, tt.want)
			}
			if tt.want != "" && tt.want != app.ENotFound && !strings.Contains(app.ErrorMessage(err), "/data/parley.db") {
				t.Errorf("message %q does not name the file", app.ErrorMessage(err))
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("the cause %v is lost", tt.err)
			}
		})
	}
}

// holdWriteLock takes the write lock on path from a separate connection,
// as another program would, and returns a function releasing it.
func holdWriteLock(t *testing.T, path string) (release func()) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	done := false
	release = func() {
		if !done {
			done = true
			conn.ExecContext(context.Background(), "ROLLBACK")
			conn.Close()
			db.Close()
		}
	}
	t.Cleanup(release)
	return release
}

func TestStore_locked(t *testing.T) {
	ctx := context.Background()
	t.Run("held past the busy timeout", func(t *testing.T) {
		s := openTest(t)
		save(t, s, sampleBatch(t)[:1])
		holdWriteLock(t, s.Path())
		start := time.Now()
		_, err := s.SaveArticles(ctx, sampleBatch(t)[1:])
		waited := time.Since(start)
		wantCode(t, err, app.ELocked)
		want := "The database " + s.Path() + " is in use by another program; close it and try again."
		if app.ErrorMessage(err) != want {
			t.Errorf("message %q, want %q", app.ErrorMessage(err), want)
		}
		if waited < 250*time.Millisecond {
			t.Errorf("gave up after %v, before the 300 ms busy timeout", waited)
		}
		// Readers are not blocked by another program's writer (WAL).
		if c := counts(t, s); c.Articles != 1 {
			t.Errorf("while locked, Counts saw %d articles, want 1", c.Articles)
		}
	})
	t.Run("released within the busy timeout", func(t *testing.T) {
		s := openTest(t)
		release := holdWriteLock(t, s.Path())
		time.AfterFunc(100*time.Millisecond, release)
		if _, err := s.SaveArticles(ctx, sampleBatch(t)); err != nil {
			t.Fatalf("SaveArticles after the lock was released: %v", err)
		}
		if c := counts(t, s); c.Articles != 3 {
			t.Errorf("%d articles, want 3", c.Articles)
		}
	})
}

func TestStore_cancelled(t *testing.T) {
	s := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.SaveArticles(ctx, sampleBatch(t))
	wantCode(t, err, app.ECanceled)
	if c := counts(t, s); c.Articles != 0 {
		t.Errorf("a cancelled save wrote %d articles", c.Articles)
	}
}
