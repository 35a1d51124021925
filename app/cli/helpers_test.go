package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app"
	"parley/app/pipeline"
	"parley/storage"
)

// env is one test's world: real storage in a temp folder, the real
// pipeline, and a fake window that records the database it was given.
type env struct {
	t       *testing.T
	dir     string
	deps    Deps
	stdout  bytes.Buffer
	stderr  bytes.Buffer
	guiDB   string // the path RunGUI was called with
	guiErr  error  // what RunGUI returns
	opened  int    // how many times OpenStore was called
	defPath string // the default database
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, dir: t.TempDir()}
	e.defPath = filepath.Join(e.dir, "data", "parley.db")
	e.deps = Deps{
		Stdout: &e.stdout,
		Stderr: &e.stderr,
		OpenStore: func(path string) (app.Store, error) {
			e.opened++
			s, err := storage.Open(path)
			if err != nil {
				return nil, err
			}
			return s, nil
		},
		DefaultDB: func() (string, error) { return e.defPath, nil },
		Pipeline:  pipeline.Default(),
		RunGUI: func(path string) error {
			e.guiDB = path
			return e.guiErr
		},
		Version: "1.2.3",
	}
	return e
}

// run runs Main with args and returns the exit code; the output is in
// e.stdout and e.stderr, reset before each run.
func (e *env) run(args ...string) int {
	e.t.Helper()
	e.stdout.Reset()
	e.stderr.Reset()
	return Main(args, e.deps)
}

// db returns a database path in the test's folder.
func (e *env) db() string { return filepath.Join(e.dir, "test.db") }

// lines returns the non-empty lines of the last run's stdout.
func (e *env) lines() []string {
	return strings.FieldsFunc(e.stdout.String(), func(r rune) bool { return r == '\n' })
}

// articles returns the paths of the test articles, relative like a user
// would type them.
func articles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	return paths
}

// parseCSV checks the export's byte-order mark and parses it.
func parseCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	data, ok := bytes.CutPrefix(data, []byte("\uFEFF"))
	if !ok {
		t.Fatalf("the export does not start with a byte-order mark: %.40q", data)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("the export is not valid CSV: %v", err)
	}
	if len(rows) == 0 {
		t.Fatal("the export has no header")
	}
	return rows
}

// column returns the values of the named column, header excluded.
func column(t *testing.T, rows [][]string, name string) []string {
	t.Helper()
	for i, h := range rows[0] {
		if h == name {
			var out []string
			for _, r := range rows[1:] {
				out = append(out, r[i])
			}
			return out
		}
	}
	t.Fatalf("no column %q in %v", name, rows[0])
	return nil
}

// exists reports whether path exists.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
