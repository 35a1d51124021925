// Package storage keeps Parley's data in one SQLite file: articles, the
// meetings found in them, people, places and the edit log.
//
// Store implements app.Store. Every exported method runs in one
// transaction; unexported helpers take the *sql.Tx they work in. Driver
// errors are turned into *app.Error values at this boundary, so callers
// never see SQLite.
package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"parley/app"
)

// Store is a Parley database file. It is safe for concurrent use.
type Store struct {
	path  string
	write *sql.DB // one connection: SQLite has a single writer anyway
	read  *sql.DB // several query_only connections for readers

	readOnly bool // the file or its folder cannot be written: no writer
}

// Store must satisfy the interface the rest of Parley uses.
var _ app.Store = (*Store)(nil)

// options are the knobs tests turn; Open uses defaultOptions.
type options struct {
	migrations  []migration
	busyTimeout time.Duration
	now         func() time.Time
}

func defaultOptions() options {
	return options{migrations: embeddedMigrations(), busyTimeout: 5 * time.Second, now: time.Now}
}

// readers is the size of the reader pool: enough for the GUI, an export
// and a background count to read at once.
const readers = 4

// Open opens the Parley database at path, creating the file and its folder
// when missing and migrating an older schema (after writing a backup copy
// beside it). A file that is not a Parley database, or one made by a newer
// Parley, is refused with ENotParley or ENewer and left untouched.
func Open(path string) (*Store, error) {
	return open(path, defaultOptions())
}

func open(path string, o options) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, app.WrapError(app.EUnreadable, err, "The database path %s is not valid", path)
	}
	if err := checkFile(abs, latestVersion(o.migrations)); err != nil {
		return nil, err
	}
	if a, err := accessOf(abs); err != nil || a != readWrite {
		return openReadOnlyAt(abs, o, a, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, app.WrapError(app.EUnreadable, err, "The folder for the database %s could not be created", abs)
	}
	s := &Store{path: abs}
	if err := s.openPools(o); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// openPools opens the writer, verifies and migrates the file, then opens
// the readers (only once the file is known to be ours and in WAL mode).
func (s *Store) openPools(o options) error {
	var err error
	if s.write, err = sql.Open("sqlite3", dsn(s.path, o.busyTimeout, false)); err != nil {
		return mapError(s.path, err)
	}
	// One writer connection: SQLite allows one writer at a time, and queuing
	// writers in Go instead of in SQLite's busy loop keeps them fair and fast.
	s.write.SetMaxOpenConns(1)
	if err := s.prepare(context.Background(), o); err != nil {
		return err
	}
	if s.read, err = sql.Open("sqlite3", dsn(s.path, o.busyTimeout, true)); err != nil {
		return mapError(s.path, err)
	}
	s.read.SetMaxOpenConns(readers)
	return nil
}

// prepare checks what the driver sees (the header read before may lag
// behind a write-ahead log), switches to WAL and runs the migrations.
func (s *Store) prepare(ctx context.Context, o options) error {
	if err := verifyOpened(ctx, s.write, s.path, latestVersion(o.migrations)); err != nil {
		return err
	}
	// WAL lets readers work while the writer commits, and a commit is one
	// append to the log; the setting is stored in the file, so set it once.
	if _, err := s.write.ExecContext(ctx, "PRAGMA journal_mode = WAL"); err != nil {
		return mapError(s.path, err)
	}
	return migrate(ctx, s.write, s.path, o.migrations, o.now)
}

// dsn builds the driver's connection string. The settings apply to every
// connection the pool opens:
//   - _foreign_keys: SQLite leaves foreign keys off unless asked, per connection.
//   - _busy_timeout: wait this long for another program's lock before failing
//     with SQLITE_BUSY (ELocked) instead of failing at once.
//   - _synchronous=FULL: fsync the log on every commit, so committed data
//     survives a power cut, not only a crash of Parley.
//   - _txlock=immediate (writer): take the write lock at BEGIN; a deferred
//     transaction that later wants to write can fail with SQLITE_BUSY without
//     waiting, because SQLite cannot let it wait without risking deadlock.
//   - _txlock=deferred and _query_only (readers): readers never write and
//     must never queue behind the writer.
//   - _stmt_cache_size: reuse prepared statements; a batch import runs the
//     same few inserts thousands of times.
//   - _cache_size: 16 MiB of pages for the writer instead of SQLite's 2 MiB
//     (an import touches the tables and their indexes all over the file);
//     4 MiB for each reader. A cache lives as long as its connection, and
//     the views' walks over every meeting filled four readers' 16 MiB
//     caches, which put the window with both views shown over its 300 MB
//     budget (docs/benchmarks.md); the readers' queries (a page of the
//     queue, a search, the views' one-query walk) measured no slower.
func dsn(path string, busy time.Duration, readOnly bool) string {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", fmt.Sprint(busy.Milliseconds()))
	q.Set("_synchronous", "FULL")
	q.Set("_stmt_cache_size", "64")
	q.Set("_cache_size", "-16384")
	if readOnly {
		q.Set("_cache_size", "-4096")
		q.Set("_txlock", "deferred")
		q.Set("_query_only", "on")
	} else {
		q.Set("_txlock", "immediate")
	}
	return fileURI(path) + "?" + q.Encode()
}

// fileURI makes an SQLite URI of an absolute path. A URI (rather than a
// bare path) lets a path contain '?' or '#', which are escaped here.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: file:///C:/...
	}
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file://" + r.Replace(p)
}

// Path returns the database file's absolute path.
func (s *Store) Path() string { return s.path }

// Close closes the database. After Close the Store must not be used.
func (s *Store) Close() error {
	var errs []error
	for _, db := range []*sql.DB{s.read, s.write} {
		if db != nil {
			errs = append(errs, db.Close())
		}
	}
	return mapError(s.path, errors.Join(errs...))
}

// DefaultPath returns where Parley keeps its database when none is given:
// the user's data folder as each system expects it.
func DefaultPath() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil && runtime.GOOS != "windows" {
		return "", app.WrapError(app.EInternal, err, "Parley could not find your home folder; choose a database file with --db")
	}
	p := defaultPath(runtime.GOOS, os.Getenv, home)
	if p == "" {
		return "", app.Errorf(app.EInternal, "Parley could not find your data folder; choose a database file with --db")
	}
	return p, nil
}

// defaultPath is DefaultPath for a given system, environment and home.
func defaultPath(goos string, getenv func(string) string, home string) string {
	switch goos {
	case "windows":
		if d := getenv("AppData"); d != "" {
			return filepath.Join(d, "Parley", "parley.db")
		}
		return ""
	case "darwin", "ios":
		return filepath.Join(home, "Library", "Application Support", "Parley", "parley.db")
	}
	if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "parley", "parley.db")
	}
	if home == "" {
		return ""
	}
	return filepath.Join(home, ".local", "share", "parley", "parley.db")
}

// inWrite runs fn in one immediate transaction on the writer and commits
// when fn succeeds.
func (s *Store) inWrite(ctx context.Context, fn func(*sql.Tx) error) error {
	if s.readOnly {
		return s.errReadOnly()
	}
	return s.inTx(ctx, s.write, fn)
}

// inRead runs fn in one read transaction, so every query in fn sees the
// same snapshot of the database.
func (s *Store) inRead(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.inTx(ctx, s.read, fn)
}

func (s *Store) inTx(ctx context.Context, db *sql.DB, fn func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return mapError(s.path, err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback() // the error that made us roll back is the one to report
		return mapError(s.path, err)
	}
	return mapError(s.path, tx.Commit())
}
