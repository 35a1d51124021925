package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"parley/app"
)

// writeFileAtomic calls write with a temporary file in path's folder and
// renames it to path only when everything was written and synced, so a
// failed or interrupted export never leaves a half file (nor destroys an
// older file of the same name).
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeError(path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return writeError(path, err)
	}
	// CreateTemp makes the file private (0600); an export is an ordinary
	// document, readable like one made by a spreadsheet.
	if err = f.Chmod(0o644); err != nil {
		return writeError(path, err)
	}
	if err = f.Sync(); err != nil {
		return writeError(path, err)
	}
	if err = f.Close(); err != nil {
		return writeError(path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return writeError(path, err)
	}
	return nil
}

// writeError turns a file-system failure while writing path into one
// sentence; errors that are already *app.Error (from the store) pass.
func writeError(path string, err error) error {
	var ae *app.Error
	switch {
	case errors.As(err, &ae):
		return err
	case errors.Is(err, syscall.ENOSPC):
		return app.WrapError(app.EDiskFull, err, "There is no space left to write %s; free some space and export again.", path)
	case errors.Is(err, fs.ErrPermission):
		return app.WrapError(app.EReadOnly, err, "Parley may not write %s; choose another file with --out.", path)
	case errors.Is(err, fs.ErrNotExist):
		return app.WrapError(app.ENotFound, err, "The folder of %s does not exist; create it or choose another file.", path)
	}
	return app.WrapError(app.EInternal, err, "Parley could not write %s.", path)
}
