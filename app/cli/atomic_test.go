package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"parley/app"
)

func TestWriteFileAtomic(t *testing.T) {
	boom := errors.New("the store went away")
	tests := []struct {
		name     string
		write    func(io.Writer) error
		wantErr  bool
		wantData string
	}{
		{"ok", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, false, "new"},
		{"fails half way", func(w io.Writer) error {
			if _, err := io.WriteString(w, "half"); err != nil {
				return err
			}
			return boom
		}, true, "old"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.csv")
			if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
				t.Fatal(err)
			}
			err := writeFileAtomic(path, tt.write)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error: %v", err, tt.wantErr)
			}
			if data, _ := os.ReadFile(path); string(data) != tt.wantData {
				t.Errorf("file holds %q, want %q", data, tt.wantData)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("%d files in the folder, want 1 (no temporary file left)", len(entries))
			}
		})
	}
}

func TestWriteError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		code app.Code
		want string
	}{
		{"disk full", &fs.PathError{Op: "write", Path: "x.csv", Err: syscall.ENOSPC}, app.EDiskFull, "There is no space left to write out.csv"},
		{"permission", &fs.PathError{Op: "open", Path: "x.csv", Err: fs.ErrPermission}, app.EReadOnly, "Parley may not write out.csv"},
		{"no folder", &fs.PathError{Op: "open", Path: "x.csv", Err: fs.ErrNotExist}, app.ENotFound, "The folder of out.csv does not exist"},
		{"store error passes", fmt.Errorf("export: %w", app.Errorf(app.ELocked, "The database is locked.")), app.ELocked, "The database is locked."},
		{"anything else", errors.New("bad file descriptor"), app.EInternal, "Parley could not write out.csv."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := writeError("out.csv", tt.err)
			if app.ErrorCode(err) != tt.code {
				t.Errorf("code = %q, want %q", app.ErrorCode(err), tt.code)
			}
			if msg := app.ErrorMessage(err); !strings.HasPrefix(msg, tt.want) {
				t.Errorf("message = %q, want it to start with %q", msg, tt.want)
			}
			if !errors.Is(err, tt.err) && !errors.Is(err, errors.Unwrap(tt.err)) {
				t.Errorf("the cause %v is lost", tt.err)
			}
		})
	}
}
