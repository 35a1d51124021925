package storage

import (
	"context"
	"errors"

	"github.com/mattn/go-sqlite3"

	"parley/app"
)

// mapError turns a driver error into an *app.Error that names the database
// file and says what to do. Errors that already are *app.Error pass through;
// anything unexpected becomes EInternal, keeping the cause for the log.
func mapError(path string, err error) error {
	if err == nil {
		return nil
	}
	var ae *app.Error
	if errors.As(err, &ae) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return app.WrapError(app.ECanceled, err, "The operation on the database %s was cancelled", path)
	}
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return app.WrapError(app.EInternal, err, "Internal error while using the database %s", path)
	}
	return mapSQLiteError(path, se.Code, err)
}

// mapSQLiteError maps one SQLite result code; se is the whole error, kept as the cause.
func mapSQLiteError(path string, code sqlite3.ErrNo, se error) error {
	switch code {
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return app.WrapError(app.ELocked, se, "The database %s is in use by another program; close it and try again.", path)
	case sqlite3.ErrReadonly:
		return app.WrapError(app.EReadOnly, se, "The database %s cannot be written (it is read-only); check the file's permissions or open a copy.", path)
	case sqlite3.ErrFull:
		return app.WrapError(app.EDiskFull, se, "The disk holding the database %s is full; free some space and try again.", path)
	case sqlite3.ErrNotADB:
		return app.WrapError(app.ENotParley, se, "The file %s is not a Parley database; choose another file.", path)
	case sqlite3.ErrCorrupt:
		return app.WrapError(app.ECorrupt, se, "The database %s is damaged; restore it from a backup.", path)
	case sqlite3.ErrCantOpen, sqlite3.ErrPerm, sqlite3.ErrIoErr:
		return app.WrapError(app.EUnreadable, se, "The database %s could not be opened or read; check that the file and its folder are accessible.", path)
	case sqlite3.ErrInterrupt:
		return app.WrapError(app.ECanceled, se, "The operation on the database %s was cancelled", path)
	}
	return app.WrapError(app.EInternal, se, "Internal error while using the database %s", path)
}
