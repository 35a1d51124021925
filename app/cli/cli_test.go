package cli

import (
	"errors"
	"strings"
	"testing"

	"parley/app"
)

func TestMain_usage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string // a substring of stdout ("" means stdout must be empty)
		wantStderr string // a substring of stderr ("" means stderr must be empty)
	}{
		{"help", []string{"help"}, ExitOK, "parley import [--db FILE] PATH...", ""},
		{"-h", []string{"-h"}, ExitOK, "parley export [--db FILE]", ""},
		{"--help", []string{"--help"}, ExitOK, "parley version", ""},
		{"help import", []string{"help", "import"}, ExitOK, "Usage: parley import", ""},
		{"import -h", []string{"import", "-h"}, ExitOK, "Usage: parley import", ""},
		{"export --help", []string{"export", "--help"}, ExitOK, "--layout wide", ""},
		{"version", []string{"version"}, ExitOK, "parley 1.2.3\n", ""},
		{"version credits data", []string{"version"}, ExitOK, "GeoNames (CC BY 4.0)", ""},
		{"unknown command", []string{"frobnicate"}, ExitUsage, "", `parley: unknown command "frobnicate"`},
		{"unknown flag", []string{"--colour"}, ExitUsage, "", "parley: flag provided but not defined: -colour"},
		{"unknown import flag", []string{"import", "--bogus", "x.txt"}, ExitUsage, "", "Usage: parley import"},
		{"import without paths", []string{"import"}, ExitUsage, "", "import needs at least one file or folder"},
		{"extract without paths", []string{"extract", "--json"}, ExitUsage, "", "extract needs at least one file or folder"},
		{"export bad layout", []string{"export", "--layout", "tall"}, ExitUsage, "", `unknown layout "tall"`},
		{"export bad format", []string{"export", "--format", "xlsx"}, ExitUsage, "", `unknown format "xlsx"`},
		{"export bad status", []string{"export", "--status", "maybe"}, ExitUsage, "", `unknown status "maybe"`},
		{"export argument", []string{"export", "out.csv"}, ExitUsage, "", "export takes no arguments"},
		{"version argument", []string{"version", "now"}, ExitUsage, "", "version takes no arguments"},
		{"help unknown", []string{"help", "nothing"}, ExitUsage, "", `no help for "nothing"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			if code := e.run(tt.args...); code != tt.wantCode {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tt.wantCode, e.stderr.String())
			}
			checkOutput(t, "stdout", e.stdout.String(), tt.wantStdout)
			checkOutput(t, "stderr", e.stderr.String(), tt.wantStderr)
			if e.opened != 0 || e.guiDB != "" {
				t.Errorf("usage must touch no database (opened %d, window on %q)", e.opened, e.guiDB)
			}
		})
	}
}

func checkOutput(t *testing.T, name, got, want string) {
	t.Helper()
	if want == "" && got != "" {
		t.Errorf("%s = %q, want nothing", name, got)
	}
	if !strings.Contains(got, want) {
		t.Errorf("%s = %q, want it to contain %q", name, got, want)
	}
}

func TestMain_window(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		guiErr error
		wantDB func(e *env) string
		code   int
		stderr string
	}{
		{"default database", nil, nil, func(e *env) string { return e.defPath }, ExitOK, ""},
		{"--db", []string{"--db", "other.db"}, nil, func(*env) string { return "other.db" }, ExitOK, ""},
		{"-db=", []string{"-db=x.db"}, nil, func(*env) string { return "x.db" }, ExitOK, ""},
		{"window fails", nil, app.Errorf(app.ELocked, "The database is in use by another program."),
			func(e *env) string { return e.defPath }, ExitFailed, "parley: The database is in use by another program.\n"},
		{"internal error shows details", nil, errors.New("glfw: no display"),
			func(e *env) string { return e.defPath }, ExitFailed, "parley: details: glfw: no display"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.guiErr = tt.guiErr
			if code := e.run(tt.args...); code != tt.code {
				t.Errorf("exit code = %d, want %d", code, tt.code)
			}
			if want := tt.wantDB(e); e.guiDB != want {
				t.Errorf("window opened on %q, want %q", e.guiDB, want)
			}
			checkOutput(t, "stderr", e.stderr.String(), tt.stderr)
		})
	}
}

func TestMain_windowExtraArgument(t *testing.T) {
	e := newEnv(t)
	if code := e.run("--db", "x.db", "import"); code != ExitUsage {
		t.Errorf("exit code = %d, want %d", code, ExitUsage)
	}
	if e.guiDB != "" {
		t.Errorf("the window opened on %q despite a bad command line", e.guiDB)
	}
}

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		name string
		args []string
		db   string
		rest []string
	}{
		{"flag first", []string{"--db", "x.db", "a", "b"}, "x.db", []string{"a", "b"}},
		{"flag last", []string{"a", "b", "--db", "x.db"}, "x.db", []string{"a", "b"}},
		{"flag between", []string{"a", "--db=x.db", "b"}, "x.db", []string{"a", "b"}},
		{"double dash", []string{"a", "--", "--db", "-b"}, "", []string{"a", "--db", "-b"}},
		{"none", nil, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFlagSet("t")
			db := fs.String("db", "", "")
			rest, err := parseInterspersed(fs, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if *db != tt.db || strings.Join(rest, "|") != strings.Join(tt.rest, "|") {
				t.Errorf("db %q rest %q, want %q %q", *db, rest, tt.db, tt.rest)
			}
		})
	}
}
