package storage

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"parley/app"
)

// applicationID marks a file as Parley's in the SQLite header
// (PRAGMA application_id): "PRLY" in ASCII.
const applicationID = 0x50524C59

// The SQLite header: the first 100 bytes of every database file.
// See https://www.sqlite.org/fileformat.html#the_database_header.
const (
	headerSize          = 100
	headerMagic         = "SQLite format 3\x00"
	offsetSchemaCookie  = 40 // bumped by every schema change; 0 means no tables yet
	offsetUserVersion   = 60
	offsetApplicationID = 68
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered step of the schema.
type migration struct {
	version int
	name    string
	sql     string
}

// embeddedMigrations reads migrations/NNNN_name.sql. A malformed set is a
// build mistake, caught by the tests, so it panics.
func embeddedMigrations() []migration {
	ms, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		panic(err)
	}
	return ms
}

// loadMigrations reads NNNN_name.sql files and checks they number 1, 2, 3...
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	names, err := fs.Glob(fsys, dir+"/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var ms []migration
	for i, name := range names {
		base := path.Base(name)
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil || n != i+1 {
			return nil, fmt.Errorf("migration %s: want number %04d", base, i+1)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: n, name: base, sql: string(b)})
	}
	return ms, nil
}

func latestVersion(ms []migration) int { return len(ms) }

// checkFile looks at an existing file's header before any SQLite
// connection touches it: opening a foreign file through the driver could
// create -wal/-shm files or change its journal mode. A missing or empty
// file is fine (it becomes a new database).
func checkFile(path string, latest int) error {
	header, err := readHeader(path)
	if err != nil || header == nil {
		return err
	}
	if len(header) < headerSize || !bytes.HasPrefix(header, []byte(headerMagic)) {
		return notParley(path)
	}
	be := binary.BigEndian
	return checkIdentity(path, be.Uint32(header[offsetApplicationID:]),
		be.Uint32(header[offsetUserVersion:]), be.Uint32(header[offsetSchemaCookie:]) != 0, latest)
}

// readHeader returns up to the first 100 bytes of path, or nil when the
// file does not exist or is empty.
func readHeader(path string) ([]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, app.WrapError(app.EUnreadable, err, "The database %s could not be opened; check that the file is readable", path)
	}
	defer f.Close()
	b := make([]byte, headerSize)
	n, err := io.ReadFull(f, b)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, app.WrapError(app.EUnreadable, err, "The database %s could not be read", path)
	}
	if n == 0 {
		return nil, nil
	}
	return b[:n], nil
}

// checkIdentity refuses a file made by another program (another
// application id, or none but tables already there) or by a newer Parley.
func checkIdentity(path string, appID, version uint32, hasSchema bool, latest int) error {
	switch {
	case appID == applicationID && int64(version) > int64(latest):
		return app.Errorf(app.ENewer, "The database %s was made by a newer version of Parley; update Parley to open it.", path)
	case appID == applicationID:
		return nil
	case appID != 0 || hasSchema:
		return notParley(path)
	}
	return nil
}

func notParley(path string) error {
	return app.Errorf(app.ENotParley, "The file %s is not a Parley database; choose a Parley database or a new file name.", path)
}

// verifyOpened repeats the identity check through the driver, which also
// sees commits still in the write-ahead log that the file header lacks.
func verifyOpened(ctx context.Context, db *sql.DB, path string, latest int) error {
	var appID, version int64
	var tables int
	err := db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &tables)
	if err != nil {
		return mapError(path, err)
	}
	return checkIdentity(path, uint32(appID), uint32(version), tables > 0, latest)
}

// migrate brings the database to the latest version, one migration per
// transaction. An existing database with data is first copied beside
// itself (parley.db.backup-v1-20261123T120000), and the copy is kept.
func migrate(ctx context.Context, db *sql.DB, path string, ms []migration, now func() time.Time) error {
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return mapError(path, err)
	}
	if version >= 1 && version < latestVersion(ms) {
		if err := backup(ctx, db, path, version, now()); err != nil {
			return err
		}
	}
	for _, m := range ms[min(version, len(ms)):] {
		if err := applyMigration(ctx, db, m); err != nil {
			return app.WrapError(app.ErrorCode(mapError(path, err)), err,
				"The database %s could not be upgraded (step %s); it was left as it was", path, m.name)
		}
	}
	return nil
}

// applyMigration runs m and records its version in the same transaction,
// so a crash leaves either both or neither.
func applyMigration(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	// PRAGMA takes no bound parameters; both values are integers we control.
	bookkeeping := fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, m.version)
	if _, err := tx.ExecContext(ctx, bookkeeping); err != nil {
		return err
	}
	return tx.Commit()
}

// backup writes a consistent copy of the database beside it with VACUUM
// INTO, which reads through SQLite and so also copies what is in the WAL.
func backup(ctx context.Context, db *sql.DB, path string, version int, now time.Time) error {
	base := fmt.Sprintf("%s.backup-v%d-%s", path, version, now.UTC().Format("20060102T150405"))
	target := base
	for i := 2; fileExists(target); i++ {
		target = fmt.Sprintf("%s-%d", base, i)
	}
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", target); err != nil {
		return app.WrapError(app.ErrorCode(mapError(path, err)), err,
			"Parley could not write a backup of %s before upgrading it, so it did not upgrade it", path)
	}
	return nil
}

func fileExists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
