package storage

import (
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley/app"
)

// withAccess makes open see path as a, for the rest of the test: as root
// every file is writable, so permissions alone cannot make one read-only.
func withAccess(t *testing.T, a access) {
	t.Helper()
	saved := accessOf
	accessOf = func(string) (access, error) { return a, nil }
	t.Cleanup(func() { accessOf = saved })
}

// fileSum is the SHA-256 of the file at path.
func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// closedDatabase makes a database with the sample batch, closed, and
// read-only by its permissions as well.
func closedDatabase(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	save(t, s, sampleBatch(t))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpen_readOnly(t *testing.T) {
	for _, tt := range []struct {
		name string
		a    access
	}{{"file", readOnlyFile}, {"folder", readOnlyFolder}} {
		t.Run(tt.name, func(t *testing.T) {
			path := closedDatabase(t)
			before := fileSum(t, path)
			withAccess(t, tt.a)
			s := openAt(t, path, testOptions())
			if !s.ReadOnly() {
				t.Fatal("ReadOnly() = false")
			}
			if c := counts(t, s); c.Articles != 3 || c.Meetings != 5 {
				t.Errorf("read %d articles and %d meetings, want 3 and 5", c.Articles, c.Meetings)
			}
			if err := s.IntegrityCheck(context.Background()); err != nil {
				t.Errorf("IntegrityCheck: %v", err)
			}
			_, err := s.SaveArticles(context.Background(), newGenerator(5, 10, 5).batch(1, 1))
			wantCode(t, err, app.EReadOnly)
			if msg := app.ErrorMessage(err); !strings.Contains(msg, path) || !strings.Contains(msg, "open read-only") {
				t.Errorf("message %q does not name the file and say it is open read-only", msg)
			}
			wantCode(t, s.UpdateMeetingStatus(context.Background(), 1, app.StatusConfirmed), app.EReadOnly)
			s.Close()
			if fileSum(t, path) != before {
				t.Error("the read-only database file changed")
			}
		})
	}
}

func TestOpen_readOnlyNeedsUpgrade(t *testing.T) {
	path := closedDatabase(t)
	withAccess(t, readOnlyFile)
	o := testOptions()
	o.migrations = append(embeddedMigrations(), v2)
	_, err := open(path, o)
	wantCode(t, err, app.EReadOnly)
	if !strings.Contains(app.ErrorMessage(err), "copy it to a folder you can write to") {
		t.Errorf("message %q does not say what to do", app.ErrorMessage(err))
	}
	if b := backupsOf(path); len(b) > 0 {
		t.Errorf("a read-only open wrote backups %v", b)
	}
}

func TestAccessOf_writable(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "parley.db")
	if err := os.WriteFile(existing, []byte("SQLite format 3\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, path string }{
		{"existing file", existing},
		{"missing file", filepath.Join(dir, "new.db")},
		{"missing folders", filepath.Join(dir, "a", "b", "new.db")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if a, err := accessOf(tt.path); a != readWrite || err != nil {
				t.Errorf("accessOf = %v, %v; want readWrite", a, err)
			}
		})
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".parley-write-test-*")); len(left) > 0 {
		t.Errorf("the write probe left %v behind", left)
	}
}

func TestStore_diskFull(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	save(t, s, sampleBatch(t)[:1])
	var pages int
	if err := s.write.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	// max_page_count caps the file as a full disk would; it is a setting
	// of the one writer connection, which the pool keeps open.
	if _, err := s.write.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages+2)); err != nil {
		t.Fatal(err)
	}
	_, err := s.SaveArticles(ctx, newGenerator(9, 200, 40).batch(200, 5))
	wantCode(t, err, app.EDiskFull)
	want := "The disk holding the database " + s.Path() + " is full; free some space and try again."
	if app.ErrorMessage(err) != want {
		t.Errorf("message %q, want %q", app.ErrorMessage(err), want)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Fatalf("after the full disk: %v", err)
	}
	if c := counts(t, s); c.Articles != 1 {
		t.Errorf("%d articles after the failed save, want the 1 saved before", c.Articles)
	}
	if _, err := s.write.Exec("PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	save(t, s, sampleBatch(t)[1:]) // space again: the same Store keeps working
	if c := counts(t, s); c.Articles != 3 {
		t.Errorf("%d articles once space is back, want 3", c.Articles)
	}
}

// TestStore_lockedByAnotherProcess holds the write lock from another
// process, as a second Parley or the sqlite3 shell would, and kills it.
func TestStore_lockedByAnotherProcess(t *testing.T) {
	if path := os.Getenv("PARLEY_STORAGE_LOCKER"); path != "" {
		holdLockForever(path)
		return
	}
	ctx := context.Background()
	s := openTest(t)
	save(t, s, sampleBatch(t)[:1])
	locker := startLocker(t, s.Path())

	start := time.Now()
	_, err := s.SaveArticles(ctx, sampleBatch(t)[1:])
	wantCode(t, err, app.ELocked)
	if waited := time.Since(start); waited < 250*time.Millisecond {
		t.Errorf("gave up after %v, before the 300 ms busy timeout", waited)
	}
	if !strings.Contains(app.ErrorMessage(err), "is in use by another program") {
		t.Errorf("message %q", app.ErrorMessage(err))
	}
	second := openAt(t, s.Path(), testOptions()) // opening while locked works: readers are not blocked
	if c := counts(t, second); c.Articles != 1 {
		t.Errorf("a second Store opened during the lock sees %d articles, want 1", c.Articles)
	}

	_ = locker.Process.Kill() // the lock dies with its process
	_ = locker.Wait()
	save(t, s, sampleBatch(t)[1:])
	if c := counts(t, s); c.Articles != 3 {
		t.Errorf("%d articles after the locker died, want 3 (its own insert rolled back)", c.Articles)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// startLocker runs this test binary as a process holding path's write lock
// and returns once it holds it.
func startLocker(t *testing.T, path string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestStore_lockedByAnotherProcess$")
	cmd.Env = append(os.Environ(), "PARLEY_STORAGE_LOCKER="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if lines.Text() == "locked" {
			go func() { // keep draining, so the locker never blocks on output
				for lines.Scan() {
				}
			}()
			return cmd
		}
	}
	t.Fatal("the locker process never took the lock")
	return nil
}

// holdLockForever takes the write lock with an exclusive transaction that
// has written (as a second program in the middle of a save) and waits.
func holdLockForever(path string) {
	db, err := sql.Open("sqlite3", path)
	if err == nil {
		db.SetMaxOpenConns(1)
		_, err = db.Exec("BEGIN EXCLUSIVE; INSERT INTO people(name, created_at) VALUES ('locker', 'now')")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	fmt.Println("locked")
	select {}
}

func TestBackups(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "my [1] parley.db")
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, name := range []string{".backup-v1-20260101T000000", ".backup-v2-20260301T000000", ".backup-v1-20260101T000000-2"} {
		p := path + name
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, base, base.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	for _, other := range []string{"other.db.backup-v1-20260101T000000", "my [1] parley.db-wal"} {
		if err := os.WriteFile(filepath.Join(dir, other), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := backupsOf(path)
	want := []string{path + ".backup-v1-20260101T000000-2", path + ".backup-v2-20260301T000000", path + ".backup-v1-20260101T000000"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("backupsOf = %q, want newest first %q", got, want)
	}
}
