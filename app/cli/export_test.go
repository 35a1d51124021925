package cli

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"parley/app"
	"parley/app/export"
	"parley/storage"
)

// exportRows runs `parley export --db db` and returns the data rows.
func exportRows(t *testing.T, e *env, db string) [][]string {
	t.Helper()
	if code := e.run("export", "--db", db); code != ExitOK {
		t.Fatalf("export exit code = %d; stderr %q", code, e.stderr.String())
	}
	return parseCSV(t, e.stdout.Bytes())[1:]
}

func TestExport_stdout(t *testing.T) {
	e := newEnv(t)
	found := importAll(t, e, e.db())
	if code := e.run("export", "--db", e.db()); code != ExitOK {
		t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
	}
	rows := parseCSV(t, e.stdout.Bytes())
	if len(rows)-1 != total(found) {
		t.Errorf("%d rows, want %d meetings", len(rows)-1, total(found))
	}
	ids := column(t, rows, "id")
	seen := map[string]bool{}
	for _, id := range ids {
		if _, err := strconv.Atoi(id); err != nil || seen[id] {
			t.Errorf("id %q is not a new number", id)
		}
		seen[id] = true
	}
	for i, f := range column(t, rows, "source_files") {
		if !slices.ContainsFunc(articles(t), func(p string) bool { return strings.HasSuffix(f, filepath.Base(p)) }) {
			t.Errorf("row %d source file %q is not one of the imported articles", i+1, f)
		}
	}
	for i, s := range column(t, rows, "status") {
		if s != string(app.StatusNew) {
			t.Errorf("row %d status = %q, want new", i+1, s)
		}
	}
}

func TestExport_layoutAndStatus(t *testing.T) {
	e := newEnv(t)
	importAll(t, e, e.db())
	wide := exportRows(t, e, e.db())
	confirmed := confirmFirst(t, e.db())

	tests := []struct {
		name    string
		args    []string
		check   func(t *testing.T, rows [][]string)
		wantRow int // data rows; -1 to skip
	}{
		{"confirmed", []string{"--status", "confirmed"}, func(t *testing.T, rows [][]string) {
			if ids := column(t, rows, "id"); len(ids) != 1 || ids[0] != strconv.FormatInt(confirmed, 10) {
				t.Errorf("ids %v, want only the confirmed meeting %d", ids, confirmed)
			}
		}, 1},
		{"long", []string{"--layout", "long"}, func(t *testing.T, rows [][]string) {
			names := column(t, rows, "participant_name")
			if len(names) < len(wide) {
				t.Errorf("%d long rows for %d meetings", len(names), len(wide))
			}
		}, -1},
		{"all", []string{"--status", "all", "--format", "csv", "--layout", "wide"}, nil, len(wide)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code := e.run(append([]string{"export", "--db", e.db()}, tt.args...)...); code != ExitOK {
				t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
			}
			rows := parseCSV(t, e.stdout.Bytes())
			if tt.wantRow >= 0 && len(rows)-1 != tt.wantRow {
				t.Errorf("%d rows, want %d", len(rows)-1, tt.wantRow)
			}
			if tt.check != nil {
				tt.check(t, rows)
			}
		})
	}
}

// confirmFirst marks one meeting confirmed, as a reviewer would in the
// window, and returns its id.
func confirmFirst(t *testing.T, db string) int64 {
	t.Helper()
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ms, err := s.FindMeetings(context.Background(), app.MeetingFilter{Limit: 1})
	if err != nil || len(ms) != 1 {
		t.Fatalf("no meeting to confirm: %v", err)
	}
	if err := s.UpdateMeetingStatus(context.Background(), ms[0].ID, app.StatusConfirmed); err != nil {
		t.Fatal(err)
	}
	return ms[0].ID
}

func TestExport_outFile(t *testing.T) {
	e := newEnv(t)
	found := importAll(t, e, e.db())
	out := filepath.Join(e.dir, "exports", "meetings.csv")
	if err := os.Mkdir(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := e.run("export", "--db", e.db(), "--out", out); code != ExitOK {
		t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
	}
	n := total(found)
	if want := out + ": exported " + strconv.Itoa(n) + " meetings\n"; e.stdout.String() != want {
		t.Errorf("stdout = %q, want %q", e.stdout.String(), want)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if rows := parseCSV(t, data); len(rows)-1 != n {
		t.Errorf("the file has %d rows, want %d", len(rows)-1, n)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only the export (no temporary file left)", len(entries))
	}
}

func TestExport_failures(t *testing.T) {
	tests := []struct {
		name   string
		args   func(e *env) []string
		stderr string
	}{
		{"no database", func(e *env) []string { return []string{"--db", filepath.Join(e.dir, "none.db")} },
			"There is no database at"},
		{"no default database", func(*env) []string { return nil }, "There is no database at"},
		{"missing folder", func(e *env) []string {
			importAll(e.t, e, e.db())
			return []string{"--db", e.db(), "--out", filepath.Join(e.dir, "no", "such", "x.csv")}
		}, "does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			args := append([]string{"export"}, tt.args(e)...)
			if code := e.run(args...); code != ExitFailed {
				t.Errorf("exit code = %d, want %d", code, ExitFailed)
			}
			if got := e.stderr.String(); !strings.HasPrefix(got, "parley: ") || !strings.Contains(got, tt.stderr) {
				t.Errorf("stderr = %q, want parley: ...%s", got, tt.stderr)
			}
			if exists(filepath.Join(e.dir, "none.db")) || exists(e.defPath) {
				t.Error("a failed export created a database")
			}
		})
	}
}

func TestExport_interrupted(t *testing.T) {
	e := newEnv(t)
	importAll(t, e, e.db())
	out := filepath.Join(e.dir, "meetings.csv")
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // as if Ctrl+C came during the export
	r := runner{e.deps}
	if code := r.export(ctx, e.db(), out, export.Options{Layout: export.Wide}); code != ExitInterrupted {
		t.Errorf("exit code = %d, want %d", code, ExitInterrupted)
	}
	if exists(out) {
		t.Error("an interrupted export left a file")
	}
	entries, _ := os.ReadDir(e.dir)
	for _, en := range entries {
		if !strings.HasPrefix(en.Name(), "test.db") {
			t.Errorf("an interrupted export left %s behind", en.Name())
		}
	}
}
