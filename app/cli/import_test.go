package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var importedLine = regexp.MustCompile(`^(.+): imported (\d+) meetings?$`)

// importAll imports the test articles into db and returns the meetings
// each file reported, checking one "imported" line per file.
func importAll(t *testing.T, e *env, db string) map[string]int {
	t.Helper()
	paths := articles(t)
	if code := e.run(append([]string{"import", "--db", db}, paths...)...); code != ExitOK {
		t.Fatalf("import exit code = %d, want 0; stderr %q", code, e.stderr.String())
	}
	lines := e.lines()
	if len(lines) != len(paths)+1 {
		t.Fatalf("import printed %d lines, want one per file and a summary:\n%s", len(lines), e.stdout.String())
	}
	found := map[string]int{}
	for i, p := range paths {
		m := importedLine.FindStringSubmatch(lines[i])
		if m == nil || m[1] != p {
			t.Fatalf("line %d = %q, want %q: imported N meetings", i, lines[i], p)
		}
		found[p], _ = strconv.Atoi(m[2])
	}
	return found
}

func total(found map[string]int) int {
	n := 0
	for _, v := range found {
		n += v
	}
	return n
}

func TestImport_thenReimport(t *testing.T) {
	e := newEnv(t)
	found := importAll(t, e, e.db())
	n := total(found)
	if n == 0 {
		t.Fatal("no meeting found in the test articles, which all report some")
	}
	wantSummary := fmt.Sprintf("%d imported (%d meetings), 0 duplicates, 0 failed", len(found), n)
	if got := e.lines()[len(found)]; got != wantSummary {
		t.Errorf("summary = %q, want %q", got, wantSummary)
	}
	if e.stderr.Len() != 0 {
		t.Errorf("stderr = %q, want nothing", e.stderr.String())
	}
	rows := exportRows(t, e, e.db())
	if len(rows) != n {
		t.Errorf("export has %d meetings, the import reported %d", len(rows), n)
	}

	paths := articles(t)
	if code := e.run(append([]string{"import", "--db", e.db()}, paths...)...); code != ExitOK {
		t.Fatalf("re-import exit code = %d, want 0", code)
	}
	for i, line := range e.lines()[:len(paths)] {
		if want := paths[i] + ": duplicate (already imported)"; line != want {
			t.Errorf("re-import line %d = %q, want %q", i, line, want)
		}
	}
	wantSummary = fmt.Sprintf("0 imported (0 meetings), %d duplicates, 0 failed", len(paths))
	if got := e.lines()[len(paths)]; got != wantSummary {
		t.Errorf("re-import summary = %q, want %q", got, wantSummary)
	}
	if again := exportRows(t, e, e.db()); len(again) != len(rows) {
		t.Errorf("after re-import the export has %d meetings, want %d", len(again), len(rows))
	}
}

func TestImport_defaultDatabase(t *testing.T) {
	e := newEnv(t)
	if code := e.run("import", articles(t)[0]); code != ExitOK {
		t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
	}
	if !exists(e.defPath) {
		t.Errorf("no database created at the default path %s", e.defPath)
	}
}

func TestImport_flagsAfterPaths(t *testing.T) {
	e := newEnv(t)
	if code := e.run("import", articles(t)[0], "--db", e.db()); code != ExitOK {
		t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
	}
	if !exists(e.db()) || exists(e.defPath) {
		t.Errorf("--db after the paths was not honoured")
	}
}

func TestImport_failures(t *testing.T) {
	tests := []struct {
		name string
		file string
		want string // a substring of the failure reason
	}{
		{"empty", filepath.Join("testdata", "bad", "empty.txt"), "empty.txt"},
		{"fake docx", filepath.Join("testdata", "bad", "fake.docx"), "fake.docx"},
		{"unsupported", filepath.Join("testdata", "bad", "notes.xyz"), "notes.xyz"},
		{"missing", filepath.Join("testdata", "bad", "missing.txt"), "missing.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			good := articles(t)[0]
			code := e.run("import", "--db", e.db(), good, tt.file)
			if code != ExitFailed {
				t.Errorf("exit code = %d, want %d", code, ExitFailed)
			}
			lines := e.lines()
			if !slices.ContainsFunc(lines, func(l string) bool {
				m := importedLine.FindStringSubmatch(l)
				return m != nil && m[1] == good
			}) {
				t.Errorf("the good file was not imported beside the bad one:\n%s", e.stdout.String())
			}
			if failed := failureLine(t, lines, tt.file); !strings.Contains(failed, tt.want) {
				t.Errorf("failure %q does not name %q", failed, tt.want)
			}
			summary := lines[len(lines)-1]
			if !strings.HasPrefix(summary, "1 imported (") || !strings.HasSuffix(summary, ", 0 duplicates, 1 failed") {
				t.Errorf("summary = %q, want 1 imported and 1 failed", summary)
			}
		})
	}
}

// failureLine returns the line "file: failed: reason" from lines.
func failureLine(t *testing.T, lines []string, file string) string {
	t.Helper()
	for _, l := range lines {
		if strings.HasPrefix(l, file+": failed: ") {
			return l
		}
	}
	t.Fatalf("no line %q in\n%s", file+": failed: ...", strings.Join(lines, "\n"))
	return ""
}

func TestImport_folder(t *testing.T) {
	e := newEnv(t)
	if code := e.run("import", "--db", e.db(), filepath.Join("testdata", "articles")); code != ExitOK {
		t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
	}
	want := fmt.Sprintf("%d imported (", len(articles(t)))
	if !strings.HasPrefix(e.lines()[len(e.lines())-1], want) {
		t.Errorf("summary = %q, want it to start with %q", e.lines()[len(e.lines())-1], want)
	}
}

func TestImport_interrupted(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // as if Ctrl+C came before the first file was saved
	r := runner{e.deps}
	if code := r.importPaths(ctx, e.db(), articles(t)); code != ExitInterrupted {
		t.Errorf("exit code = %d, want %d", code, ExitInterrupted)
	}
	if !strings.Contains(e.stderr.String(), "interrupted") {
		t.Errorf("stderr = %q, want it to say the import was interrupted", e.stderr.String())
	}
	if rows := exportRows(t, e, e.db()); len(rows) != 0 {
		t.Errorf("an import cancelled before it began saved %d meetings", len(rows))
	}
}

func TestImport_badDatabase(t *testing.T) {
	e := newEnv(t)
	notDB := filepath.Join(e.dir, "notes.db")
	if err := os.WriteFile(notDB, []byte("these are my notes, not a database\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := e.run("import", "--db", notDB, articles(t)[0]); code != ExitFailed {
		t.Errorf("exit code = %d, want %d", code, ExitFailed)
	}
	if got := e.stderr.String(); !strings.HasPrefix(got, "parley: ") || strings.Count(got, "\n") != 1 {
		t.Errorf("stderr = %q, want one line starting with parley: ", got)
	}
	if data, _ := os.ReadFile(notDB); string(data) != "these are my notes, not a database\n" {
		t.Errorf("the file that is not a database was changed")
	}
}

func TestImport_unusualFileNames(t *testing.T) {
	e := newEnv(t)
	text, err := os.ReadFile(articles(t)[0])
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, file, want string }{
		{"non-Latin", "گزارش 기사.txt", "گزارش 기사.txt: imported "},
		{"newline", "two\nlines.txt", `two\nlines.txt": imported `},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(e.dir, tt.file)
			// Distinct text per file, or the second would be a duplicate.
			if err := os.WriteFile(path, append(text, fmt.Sprintf("\nCopy %d.\n", i)...), 0o644); err != nil {
				t.Fatal(err)
			}
			if code := e.run("import", "--db", e.db(), path); code != ExitOK {
				t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
			}
			lines := e.lines()
			if len(lines) != 2 || !strings.Contains(lines[0], tt.want) {
				t.Errorf("output %q, want one line containing %q and a summary", e.stdout.String(), tt.want)
			}
		})
	}
}
