package storage

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"parley/app"
)

func TestEmbeddedMigrations(t *testing.T) {
	ms := embeddedMigrations()
	if len(ms) == 0 || ms[0].name != "0001_init.sql" {
		t.Fatalf("embedded migrations = %v, want 0001_init.sql first", ms)
	}
	for i, m := range ms {
		if m.version != i+1 || strings.TrimSpace(m.sql) == "" {
			t.Errorf("migration %d: version %d, %d bytes of SQL", i, m.version, len(m.sql))
		}
	}
}

func TestLoadMigrations(t *testing.T) {
	file := &fstest.MapFile{Data: []byte("CREATE TABLE t(x);")}
	tests := []struct {
		name    string
		files   fstest.MapFS
		want    int
		wantErr bool
	}{
		{"ok", fstest.MapFS{"m/0001_a.sql": file, "m/0002_b.sql": file}, 2, false},
		{"gap", fstest.MapFS{"m/0001_a.sql": file, "m/0003_c.sql": file}, 0, true},
		{"not numbered", fstest.MapFS{"m/init.sql": file}, 0, true},
		{"none", fstest.MapFS{}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := loadMigrations(tt.files, "m")
			if (err != nil) != tt.wantErr || len(ms) != tt.want {
				t.Errorf("loadMigrations = %d migrations, error %v; want %d, error %v", len(ms), err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestCheckIdentity(t *testing.T) {
	tests := []struct {
		name      string
		appID     uint32
		version   uint32
		hasSchema bool
		want      app.Code
	}{
		{"new empty file", 0, 0, false, ""},
		{"parley current", applicationID, 1, true, ""},
		{"parley older", applicationID, 1, true, ""},
		{"parley newer", applicationID, 3, true, app.ENewer},
		{"other program", 7, 0, true, app.ENotParley},
		{"other program without tables", 7, 0, false, app.ENotParley},
		{"no id but tables", 0, 0, true, app.ENotParley},
		{"no id but a version", 0, 5, true, app.ENotParley},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkIdentity("/x/parley.db", tt.appID, tt.version, tt.hasSchema, 2)
			if got := app.ErrorCode(err); got != tt.want {
				t.Errorf("checkIdentity = %v, want code %q", err, tt.want)
			}
		})
	}
}

// current is the schema version of the embedded migrations.
var current = latestVersion(embeddedMigrations())

// v2 is a test-only migration after the embedded ones (named for when
// they were one) that adds a column.
var v2 = migration{version: current + 1, name: "9999_test.sql", sql: "ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT ''"}

func TestMigrate_backupBeforeUpgrade(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "parley.db")
	o := testOptions()
	s, err := open(path, o) // the current version
	if err != nil {
		t.Fatal(err)
	}
	save(t, s, sampleBatch(t))
	s.Close()

	o.migrations = append(embeddedMigrations(), v2)
	o.now = func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }
	s = openAt(t, path, o)
	var version int
	if err := s.write.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != v2.version {
		t.Fatalf("user_version = %d (%v), want %d", version, err, v2.version)
	}
	backupPath := fmt.Sprintf("%s.backup-v%d-20261123T120000", path, current)
	old, err := open(backupPath, testOptions())
	if err != nil {
		t.Fatalf("the backup does not open as a version-%d Parley database: %v", current, err)
	}
	defer old.Close()
	if c := counts(t, old); c.Articles != 3 || c.Meetings != 5 {
		t.Errorf("backup holds %d articles and %d meetings, want 3 and 5", c.Articles, c.Meetings)
	}
}

func TestMigrate_noBackupForNewOrCurrent(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "parley.db")
	openAt(t, path, testOptions()).Close()
	openAt(t, path, testOptions()).Close()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "backup") {
			t.Errorf("unexpected backup %s", e.Name())
		}
	}
}

func TestMigrate_failedStepChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	openAt(t, path, testOptions()).Close()

	o := testOptions()
	bad := migration{version: current + 1, name: "9999_bad.sql", sql: "CREATE TABLE half(x); INSERT INTO nowhere VALUES (1)"}
	o.migrations = append(embeddedMigrations(), bad)
	if s, err := open(path, o); err == nil {
		s.Close()
		t.Fatal("open with a failing migration succeeded")
	} else if !strings.Contains(app.ErrorMessage(err), "9999_bad.sql") {
		t.Errorf("message %q does not name the failed step", app.ErrorMessage(err))
	}
	s := openAt(t, path, testOptions())
	var version, half int
	s.write.QueryRow("PRAGMA user_version").Scan(&version)
	s.write.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").Scan(&half)
	if version != current || half != 0 {
		t.Errorf("after a failed step: user_version %d, table half exists %d; want %d, 0", version, half, current)
	}
}

// TestVerifyOpened checks the second identity check, made through the
// driver, which sees what a not yet checkpointed WAL holds.
func TestVerifyOpened(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	if err := verifyOpened(ctx, s.write, s.path, current); err != nil {
		t.Fatalf("verifyOpened on our own database: %v", err)
	}
	if _, err := s.write.Exec("PRAGMA user_version = 5"); err != nil {
		t.Fatal(err)
	}
	wantCode(t, verifyOpened(ctx, s.write, s.path, current), app.ENewer)
}
