package storage

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"parley/app"
)

// access says what Parley may do with a database file and its folder.
type access int

const (
	readWrite access = iota
	// readOnlyFile: the file (or its folder) cannot be written, but SQLite
	// can keep its -shm and -wal files beside it, so mode=ro works.
	readOnlyFile
	// readOnlyFolder: nothing can be created beside the file either. A
	// read-only connection to a WAL database needs the -shm file, so the
	// file is opened immutable (SQLite reads it without any lock or
	// shared memory). Nothing can write there while the folder stays
	// read-only, which is what makes immutable safe enough here.
	readOnlyFolder
)

// probeAccess finds out whether path (an existing file) and its folder can
// be written, by trying: permission bits do not tell (root, ACLs,
// read-only mounts), and a try works the same on every system.
func probeAccess(path string) access {
	dirOK := folderWritable(filepath.Dir(path))
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err == nil {
		f.Close() // opened without O_TRUNC or a write: nothing changed
	}
	switch {
	case err == nil && dirOK:
		return readWrite
	case dirOK || fileExists(path+"-shm"):
		return readOnlyFile
	}
	return readOnlyFolder
}

// folderWritable reports whether a file can be created in dir.
func folderWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".parley-write-test-*")
	if err != nil {
		return false
	}
	name := f.Name()
	f.Close()
	return os.Remove(name) == nil
}

// accessOf is how open learns what it may do with path; tests replace it
// (as root, every file is writable).
var accessOf = func(path string) (access, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		dir := nearestFolder(filepath.Dir(path))
		if !folderWritable(dir) {
			return readWrite, app.Errorf(app.EReadOnly, "The folder %s is read-only, so Parley cannot create the database %s there; choose another folder.", dir, path)
		}
		return readWrite, nil
	}
	if err != nil || info.Size() == 0 {
		return readWrite, nil // open reports what is wrong, or creates the database
	}
	return probeAccess(path), nil
}

// nearestFolder is dir or its closest existing parent: Open creates
// missing folders, so that parent is the one that must be writable.
func nearestFolder(dir string) string {
	for {
		if _, err := os.Stat(dir); err == nil || filepath.Dir(dir) == dir {
			return dir
		}
		dir = filepath.Dir(dir)
	}
}

// ReadOnly reports whether the database was opened read-only, because its
// file or folder cannot be written. A read-only Store reads as usual; every
// change fails with EReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// openReadOnly opens only the reader pool, in SQLite's read-only mode.
// The file must already be at the latest schema: a migration would write.
func (s *Store) openReadOnly(o options, a access) error {
	s.readOnly = true
	var err error
	if s.read, err = sql.Open("sqlite3", readOnlyDSN(s.path, o.busyTimeout, a)); err != nil {
		return mapError(s.path, err)
	}
	s.read.SetMaxOpenConns(readers)
	ctx := context.Background()
	latest := latestVersion(o.migrations)
	if err := verifyOpened(ctx, s.read, s.path, latest); err != nil {
		return err
	}
	var version int
	if err := s.read.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return mapError(s.path, err)
	}
	if version < latest {
		return app.Errorf(app.EReadOnly, "The database %s is read-only and was made by an older Parley, which must upgrade it before opening it; copy it to a folder you can write to and open the copy.", s.path)
	}
	return nil
}

// readOnlyDSN is the readers' connection string with SQLite's read-only
// open mode (or immutable, see readOnlyFolder) added.
func readOnlyDSN(path string, busy time.Duration, a access) string {
	if a == readOnlyFolder {
		return dsn(path, busy, true) + "&immutable=1"
	}
	return dsn(path, busy, true) + "&mode=ro"
}

// errReadOnly is what every change to a read-only Store returns.
func (s *Store) errReadOnly() error {
	return app.Errorf(app.EReadOnly, "The database %s is open read-only (the file or its folder cannot be written), so this change was not saved; open a copy in a folder you can write to.", s.path)
}

// openReadOnlyAt is open's path for a file it may not write (or the error
// that says why it cannot even be created).
func openReadOnlyAt(abs string, o options, a access, err error) (*Store, error) {
	if err != nil {
		return nil, err
	}
	s := &Store{path: abs}
	if err := s.openReadOnly(o, a); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}
