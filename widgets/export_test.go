package widgets

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app/export"
)

// exportAndWait exports through the same method the export dialog calls.
func exportAndWait(t *testing.T, u *UI, path string, opts export.Options) (int, error) {
	t.Helper()
	type result struct {
		n   int
		err error
	}
	done := make(chan result, 1)
	u.afterExport = func(n int, err error) { done <- result{n, err} }
	u.exportTo(path, opts)
	r := waitFor(t, done)
	return r.n, r.err
}

func TestUI_exportCSV(t *testing.T) {
	tests := []struct {
		name          string
		layout, scope string
		wantMeetings  int
		wantRows      int // data rows after the header
		wantMessage   string
	}{
		{"one row per meeting", layoutWide, scopeAll, 3, 3, "Exported 3 meetings to out.csv"},
		{"one row per participant", layoutLong, scopeAll, 3, 6, "Exported 3 meetings to out.csv"},
		{"confirmed only", layoutWide, scopeConfirm, 0, 0, "Exported 0 meetings to out.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, fakePipeline())
			importAndWait(t, u, seedFiles(t))
			closeDialogs(u)
			path := filepath.Join(t.TempDir(), "out.csv")
			n, err := exportAndWait(t, u, path, exportOptions(tt.layout, tt.scope))
			if err != nil || n != tt.wantMeetings {
				t.Fatalf("export: %d meetings, %v; want %d", n, err, tt.wantMeetings)
			}
			rows := readCSV(t, path)
			if len(rows)-1 != tt.wantRows {
				t.Errorf("CSV has %d data rows, want %d", len(rows)-1, tt.wantRows)
			}
			if tt.wantRows > 0 && !strings.Contains(strings.Join(rows[1], ","), "Kim Junpyo") {
				t.Errorf("first row %q does not name Kim Junpyo", rows[1])
			}
			if got := u.status.message.Text; got != tt.wantMessage {
				t.Errorf("status message %q, want %q", got, tt.wantMessage)
			}
			if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".parley-export-*")); len(left) > 0 {
				t.Errorf("temporary files left behind: %v", left)
			}
		})
	}
}

// readCSV checks the byte-order mark and parses the rest as CSV.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	body, ok := bytes.CutPrefix(data, []byte("\uFEFF"))
	if !ok {
		t.Fatalf("%s does not start with a UTF-8 byte-order mark", path)
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("%s is not valid CSV: %v", path, err)
	}
	return rows
}

func TestUI_exportToMissingFolderFails(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	path := filepath.Join(t.TempDir(), "gone", "out.csv")
	if _, err := exportAndWait(t, u, path, exportOptions(layoutWide, scopeAll)); err == nil {
		t.Fatal("export into a missing folder succeeded")
	}
	if !strings.Contains(u.lastError, "out.csv") || !onScreen(u, u.lastError) {
		t.Errorf("error shown %q, want a sentence naming out.csv", u.lastError)
	}
}

func TestUI_exportFileMode(t *testing.T) {
	tests := []struct {
		name     string
		existing os.FileMode // 0: no file before the export
		want     os.FileMode
	}{
		{"new file", 0, 0o644},
		{"replaces a file", 0o640, 0o640},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, fakePipeline())
			path := filepath.Join(t.TempDir(), "out.csv")
			if tt.existing != 0 {
				if err := os.WriteFile(path, nil, tt.existing); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := exportAndWait(t, u, path, exportOptions(layoutWide, scopeAll)); err != nil {
				t.Fatal(err)
			}
			fi, err := os.Stat(path)
			if err != nil || fi.Mode().Perm() != tt.want {
				t.Errorf("exported file mode %v (%v), want %v", fi.Mode().Perm(), err, tt.want)
			}
		})
	}
}

func TestUI_finishedWorkNotifies(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	files := seedFiles(t)
	test.AssertNotificationSent(t, &fyne.Notification{Title: "Parley: Import finished",
		Content: "Imported 3 files: 3 imported (3 meetings), 0 duplicates, 0 failed"}, func() {
		importAndWait(t, u, files)
	})
	closeDialogs(u)
	path := filepath.Join(t.TempDir(), "notified.csv")
	test.AssertNotificationSent(t, &fyne.Notification{Title: "Parley: Export finished",
		Content: "Exported 3 meetings to notified.csv"}, func() {
		exportAndWait(t, u, path, exportOptions(layoutWide, scopeAll))
	})
}
