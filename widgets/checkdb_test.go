package widgets

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/storage"
)

// checkAndWait runs File > Check database and waits for its report.
func checkAndWait(t *testing.T, u *UI) error {
	t.Helper()
	done := make(chan error, 1)
	saved := checkReported
	checkReported = func(err error) { done <- err }
	t.Cleanup(func() { checkReported = saved })
	u.onCheckDatabase()
	return waitFor(t, done)
}

// databaseWithArticles makes a closed database at path holding one
// article per title, through the real store.
func databaseWithArticles(t *testing.T, path string, titles ...string) {
	t.Helper()
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var batch []app.NewArticle
	for _, title := range titles {
		batch = append(batch, app.NewArticle{Article: app.Article{
			Path: title + ".txt", Hash: app.ContentHash(title), Format: "txt", Title: title,
			Text: title + " met his counterpart.", ImportedAt: time.Now(),
		}})
	}
	if _, err := s.SaveArticles(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// damageIndex overwrites the first page of an index of the closed
// database at path with garbage, as a failing disk might: the file still
// opens, and the integrity check finds the damage.
func damageIndex(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	var root, pageSize int64
	err = db.QueryRow(`SELECT (SELECT rootpage FROM sqlite_schema WHERE name = 'articles_fts_data'),
		(SELECT page_size FROM pragma_page_size)`).Scan(&root, &pageSize)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xA5}, int(pageSize)), (root-1)*pageSize); err != nil {
		t.Fatal(err)
	}
}

func TestCheckDatabase(t *testing.T) {
	t.Run("healthy", func(t *testing.T) {
		u := newTestUI(t, fakePipeline())
		if err := checkAndWait(t, u); err != nil {
			t.Fatalf("check of a new database: %v", err)
		}
		if !onScreen(u, "test.db passed the integrity check: no damage was found.") {
			t.Errorf("the result is not on screen: %q", screenTexts(u))
		}
	})
	t.Run("damaged with a backup", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "parley.db")
		databaseWithArticles(t, path, "Damaged")
		backup := path + ".backup-v1-20260101T000000"
		databaseWithArticles(t, backup, "Kept one", "Kept two")
		before, _ := os.ReadFile(backup)
		damageIndex(t, path)
		u := newTestUI(t, fakePipeline())
		if err := u.Open(path); err != nil {
			t.Fatalf("the damaged file no longer opens, so the test damages too much: %v", err)
		}
		if err := checkAndWait(t, u); app.ErrorCode(err) != app.ECorrupt {
			t.Fatalf("check = %v, want ECorrupt", err)
		}
		if !onScreen(u, "parley.db is damaged (") || !onScreen(u, "parley.db.backup-v1-20260101T000000") {
			t.Fatalf("no offer of the backup on screen: %q", screenTexts(u))
		}
		test.Tap(findButton(t, u, "Open the backup"))
		if got := u.store.Path(); !strings.HasPrefix(filepath.Base(got), "parley-restored-") {
			t.Fatalf("open database is %s, want the restored copy", got)
		}
		if c, _ := u.store.Counts(context.Background()); c.Articles != 2 {
			t.Errorf("the restored copy has %d articles, want the backup's 2", c.Articles)
		}
		if after, _ := os.ReadFile(backup); !bytes.Equal(before, after) {
			t.Error("opening the backup changed the backup file")
		}
		if _, err := os.Stat(path); err != nil {
			t.Errorf("the damaged file is gone: %v", err)
		}
	})
	t.Run("damaged without a backup", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "parley.db")
		databaseWithArticles(t, path, "Damaged")
		damageIndex(t, path)
		u := newTestUI(t, fakePipeline())
		if err := u.Open(path); err != nil {
			t.Fatal(err)
		}
		checkAndWait(t, u)
		if !strings.Contains(u.lastError, "is damaged and Parley kept no backup of it") {
			t.Errorf("error shown: %q", u.lastError)
		}
	})
}

// readOnly is a real store that says it was opened read-only.
type readOnly struct{ app.Store }

func (readOnly) ReadOnly() bool { return true }

func TestOpen_readOnlyShown(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	u.deps.OpenStore = func(path string) (app.Store, error) {
		s, err := openStorage(path)
		if err != nil {
			return nil, err
		}
		return readOnly{s}, nil
	}
	if err := u.Open(filepath.Join(t.TempDir(), "archive.db")); err != nil {
		t.Fatal(err)
	}
	if title := u.win.Title(); title != "Parley — archive.db (read-only)" {
		t.Errorf("title %q", title)
	}
	if !onScreen(u, "Opened archive.db read-only") {
		t.Errorf("the status bar does not say read-only: %q", screenTexts(u))
	}
}
