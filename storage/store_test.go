package storage

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app"
)

func TestOpen_createsFileAndFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deep", "er", "parley.db")
	s := openAt(t, path, testOptions())
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file not created: %v", err)
	}
	if err := s.IntegrityCheck(context.Background()); err != nil {
		t.Errorf("IntegrityCheck on a new database: %v", err)
	}
}

func TestOpen_emptyFileBecomesDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s := openAt(t, path, testOptions())
	if c := counts(t, s); c.Articles != 0 {
		t.Errorf("new database has %d articles", c.Articles)
	}
}

func TestOpen_reopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	save(t, s, sampleBatch(t))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	s = openAt(t, path, testOptions())
	c := counts(t, s)
	if c.Articles != 3 || c.Meetings != 5 {
		t.Errorf("after reopening: %d articles, %d meetings; want 3, 5", c.Articles, c.Meetings)
	}
}

// TestOpen_refuses checks that foreign and newer files are refused with a
// sentence naming the file, and that not one byte of them changes.
func TestOpen_refuses(t *testing.T) {
	tests := []struct {
		name  string
		make  func(t *testing.T, path string)
		code  app.Code
		words string
	}{
		{"text file", copyFixture("not-a-database.txt"), app.ENotParley, "is not a Parley database"},
		{"short binary", writeBytes([]byte{0, 1, 2, 3}), app.ENotParley, "is not a Parley database"},
		{"sqlite of another program", foreignDB("PRAGMA application_id = 1234; CREATE TABLE t(x)"), app.ENotParley, "is not a Parley database"},
		{"sqlite without id but with tables", foreignDB("CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('x')"), app.ENotParley, "is not a Parley database"},
		{"sqlite in WAL mode of another program", foreignDB("PRAGMA journal_mode = WAL; PRAGMA application_id = 99; CREATE TABLE t(x)"), app.ENotParley, "is not a Parley database"},
		{"newer Parley", newerParley, app.ENewer, "was made by a newer version of Parley; update Parley to open it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "file.db")
			tt.make(t, path)
			before := fileHash(t, path)
			// The header alone must give the answer, before any driver
			// connection could create files beside it.
			wantCode(t, checkFile(path, latestVersion(embeddedMigrations())), tt.code)
			s, err := open(path, testOptions())
			if err == nil {
				s.Close()
				t.Fatal("open succeeded")
			}
			wantCode(t, err, tt.code)
			msg := app.ErrorMessage(err)
			if !strings.Contains(msg, path) || !strings.Contains(msg, tt.words) {
				t.Errorf("message %q does not name %s and say %q", msg, path, tt.words)
			}
			if after := fileHash(t, path); after != before {
				t.Error("the refused file was changed")
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + suffix); err == nil {
					t.Errorf("%s was created beside the refused file", suffix)
				}
			}
		})
	}
}

func copyFixture(name string) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		writeBytes(b)(t, path)
	}
}

func writeBytes(b []byte) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// foreignDB makes an SQLite file with the driver directly, as another
// program would, and closes it (which checkpoints and removes any WAL).
func foreignDB(script string) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		execRaw(t, path, script)
	}
}

// newerParley makes a Parley database and then marks it one version ahead.
func newerParley(t *testing.T, path string) {
	t.Helper()
	s, err := open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	save(t, s, sampleBatch(t))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Still in WAL mode, as a real Parley file is; closing checkpoints the
	// log into the file and removes it.
	execRaw(t, path, "PRAGMA user_version = 99")
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatal("the fixture left a -wal file")
	}
}

// execRaw runs script on path through the driver, bypassing Store.
func execRaw(t *testing.T, path, script string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(script); err != nil {
		t.Fatalf("%s: %v", script, err)
	}
}

// TestOpen_connectionSettings reads back the settings every connection
// must have, on the writer and on a reader.
func TestOpen_connectionSettings(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		db    *sql.DB
		query string
		want  string
	}{
		{"writer foreign keys", s.write, "PRAGMA foreign_keys", "1"},
		{"writer journal", s.write, "PRAGMA journal_mode", "wal"},
		{"writer synchronous FULL", s.write, "PRAGMA synchronous", "2"},
		{"writer busy timeout", s.write, "PRAGMA busy_timeout", "300"},
		{"writer application id", s.write, "PRAGMA application_id", "1347570777"},
		{"reader foreign keys", s.read, "PRAGMA foreign_keys", "1"},
		{"reader query only", s.read, "PRAGMA query_only", "1"},
		{"reader busy timeout", s.read, "PRAGMA busy_timeout", "300"},
		{"writer page cache", s.write, "PRAGMA cache_size", "-16384"},
		{"reader page cache", s.read, "PRAGMA cache_size", "-4096"},
		{"reader synchronous FULL", s.read, "PRAGMA synchronous", "2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			if err := tt.db.QueryRowContext(ctx, tt.query).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("%s = %s, want %s", tt.query, got, tt.want)
			}
		})
	}
	if n := s.write.Stats().MaxOpenConnections; n != 1 {
		t.Errorf("writer pool allows %d connections, want 1", n)
	}
	if n := s.read.Stats().MaxOpenConnections; n < 2 {
		t.Errorf("reader pool allows %d connections, want several", n)
	}
}

func TestOpen_readerCannotWrite(t *testing.T) {
	s := openTest(t)
	_, err := s.read.Exec(`INSERT INTO people(name, created_at) VALUES ('x', 'y')`)
	if err == nil {
		t.Fatal("a reader connection wrote to the database")
	}
}

func TestOpen_pathWithURICharacters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "odd #1 ?x% name.db")
	s := openAt(t, path, testOptions())
	save(t, s, sampleBatch(t)[:1])
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the database is not at %q: %v", path, err)
	}
}

func TestDefaultPath(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	tests := []struct {
		name string
		goos string
		env  map[string]string
		home string
		want string
	}{
		{"linux xdg", "linux", map[string]string{"XDG_DATA_HOME": "/data"}, "/home/a", filepath.Join("/data", "parley", "parley.db")},
		{"linux default", "linux", nil, "/home/a", filepath.Join("/home/a", ".local", "share", "parley", "parley.db")},
		{"linux relative xdg ignored", "linux", map[string]string{"XDG_DATA_HOME": "rel"}, "/home/a", filepath.Join("/home/a", ".local", "share", "parley", "parley.db")},
		{"linux no home", "linux", nil, "", ""},
		{"macos", "darwin", nil, "/Users/a", filepath.Join("/Users/a", "Library", "Application Support", "Parley", "parley.db")},
		{"windows", "windows", map[string]string{"AppData": `C:\Users\a\AppData\Roaming`}, `C:\Users\a`, filepath.Join(`C:\Users\a\AppData\Roaming`, "Parley", "parley.db")},
		{"windows no AppData", "windows", nil, `C:\Users\a`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := defaultPath(tt.goos, env(tt.env), tt.home); got != tt.want {
				t.Errorf("defaultPath = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDefaultPath_thisSystem(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", filepath.Join(t.TempDir(), "xdg"))
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(p) || filepath.Ext(p) != ".db" {
		t.Errorf("DefaultPath() = %q, want an absolute .db path", p)
	}
}

func TestFileURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/tmp/parley.db", "file:///tmp/parley.db"},
		{"/tmp/a?b#c%d.db", "file:///tmp/a%3fb%23c%25d.db"},
	}
	for _, tt := range tests {
		if got := fileURI(tt.in); got != tt.want {
			t.Errorf("fileURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
