// Package cli runs Parley's headless commands: import, extract, export,
// version and help. With no command it starts the window through an
// injected function, so this package knows neither Fyne nor SQLite and can
// be tested with real files and a real store without a display.
//
// Output is meant for scripts: results on standard output, one line per
// file; errors on standard error as one sentence prefixed "parley: ".
// Exit status: 0 success, 1 when a file or the command failed, 2 on bad
// usage, 130 when interrupted (Ctrl+C).
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"parley/app"
)

// Exit codes of Main.
const (
	ExitOK          = 0   // everything worked
	ExitFailed      = 1   // a file or the command failed
	ExitUsage       = 2   // the command line is wrong
	ExitInterrupted = 130 // stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it)
)

// Deps are what the commands need from the outside world; main wires the
// real ones and tests their own.
type Deps struct {
	Stdout, Stderr io.Writer
	// OpenStore opens (creating it when missing) the database at path.
	OpenStore func(path string) (app.Store, error)
	// DefaultDB returns the database used when --db is not given.
	DefaultDB func() (string, error)
	// Pipeline imports files; extract uses its Expand, Read and Extract.
	Pipeline app.Pipeline
	// RunGUI opens the window on the database at dbPath and returns when
	// the window is closed.
	RunGUI func(dbPath string) error
	// Version is what `parley version` prints.
	Version string
}

// runner carries Deps through the commands.
type runner struct{ Deps }

// Main runs the command line args (without the program name) and returns
// the exit code.
func Main(args []string, deps Deps) int {
	r := runner{deps}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return r.window(args)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "import":
		return r.importCmd(rest)
	case "extract":
		return r.extractCmd(rest)
	case "export":
		return r.exportCmd(rest)
	case "version":
		return r.versionCmd(rest)
	case "help":
		return r.helpCmd(rest)
	case "dev-generate":
		return r.devGenerateCmd(rest)
	}
	return r.usageError(usage, "unknown command %q", cmd)
}

// window opens the GUI: `parley [--db FILE]`.
func (r runner) window(args []string) int {
	fs := newFlagSet("parley")
	db := fs.String("db", "", "")
	rest, code, ok := r.parse(fs, args, usage)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return r.usageError(usage, "unknown command %q", rest[0])
	}
	path, err := r.dbPath(*db)
	if err != nil {
		return r.fail(err)
	}
	if r.RunGUI == nil {
		return r.fail(app.Errorf(app.EInternal, "This build of Parley has no window; use a command such as parley import."))
	}
	if err := r.RunGUI(path); err != nil {
		return r.fail(err)
	}
	return ExitOK
}

// dataNotice credits the embedded data, as its licences ask.
const dataNotice = "Includes place data from GeoNames (CC BY 4.0) and world-countries (ODbL 1.0); see docs/data.md."

// versionCmd prints the version and the data credits: `parley version`.
func (r runner) versionCmd(args []string) int {
	fs := newFlagSet("version")
	rest, code, ok := r.parse(fs, args, versionUsage)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return r.usageError(versionUsage, "version takes no arguments")
	}
	v := r.Version
	if v == "" {
		v = "dev"
	}
	fmt.Fprintf(r.Stdout, "parley %s\n%s\n", v, dataNotice)
	return ExitOK
}

// helpCmd prints the usage of Parley or of one command on stdout.
func (r runner) helpCmd(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(r.Stdout, usage)
		return ExitOK
	}
	if u, ok := commandUsage[args[0]]; ok && len(args) == 1 {
		fmt.Fprint(r.Stdout, u)
		return ExitOK
	}
	return r.usageError(usage, "no help for %q", strings.Join(args, " "))
}

// dbPath returns flagValue, or the default database when it is empty.
func (r runner) dbPath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if r.DefaultDB == nil {
		return "", app.Errorf(app.EInvalid, "There is no default database; choose one with --db FILE.")
	}
	return r.DefaultDB()
}

// fail reports err on stderr as one sentence and returns ExitFailed. An
// internal error also gets its details: on a terminal, stderr is the log.
func (r runner) fail(err error) int {
	fmt.Fprintf(r.Stderr, "parley: %s\n", app.ErrorMessage(err))
	if app.ErrorCode(err) == app.EInternal {
		fmt.Fprintf(r.Stderr, "parley: details: %v\n", err)
	}
	return ExitFailed
}

// usageError reports a command-line mistake and the usage on stderr.
func (r runner) usageError(usage, format string, args ...any) int {
	fmt.Fprintf(r.Stderr, "parley: %s\n\n%s", fmt.Sprintf(format, args...), usage)
	return ExitUsage
}

// newFlagSet returns a FlagSet that reports nothing itself: parse prints
// errors with the "parley: " prefix and help on stdout.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses args with fs and returns the positional arguments. When ok
// is false the command must return code: help was printed (0) or the
// command line was wrong (2).
func (r runner) parse(fs *flag.FlagSet, args []string, usage string) (rest []string, code int, ok bool) {
	rest, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(r.Stdout, usage)
		return nil, ExitOK, false
	}
	if err != nil {
		return nil, r.usageError(usage, "%v", err), false
	}
	return rest, 0, true
}

// parseInterspersed parses flags wherever they appear, so that
// `parley import *.txt --db x.db` works as users expect; "--" ends the
// flags, for paths that start with "-".
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		positional, args = append(positional, rest[0]), rest[1:]
	}
}
