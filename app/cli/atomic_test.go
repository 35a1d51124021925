package cli

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
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
