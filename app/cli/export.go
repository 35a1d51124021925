package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"parley/app"
	"parley/app/export"
)

// exportCmd writes meetings as CSV:
// `parley export [--db FILE] [--format csv] [--layout wide|long] [--status all|confirmed] [--out FILE]`.
func (r runner) exportCmd(args []string) int {
	fs := newFlagSet("export")
	db := fs.String("db", "", "")
	format := fs.String("format", "csv", "")
	layout := fs.String("layout", string(export.Wide), "")
	status := fs.String("status", "all", "")
	out := fs.String("out", "", "")
	rest, code, ok := r.parse(fs, args, exportUsage)
	if !ok {
		return code
	}
	opts, problem := exportOptions(rest, *format, *layout, *status)
	if problem != "" {
		return r.usageError(exportUsage, "%s", problem)
	}
	ctx, stop := interruptible()
	defer stop()
	return r.export(ctx, *db, *out, opts)
}

// exportOptions checks the export command line; problem says what is wrong.
func exportOptions(rest []string, format, layout, status string) (opts export.Options, problem string) {
	switch {
	case len(rest) > 0:
		return opts, fmt.Sprintf("export takes no arguments (got %q); use --out FILE to name the file", rest[0])
	case format != "csv":
		return opts, fmt.Sprintf("unknown format %q: only csv is supported", format)
	case !export.Layout(layout).Valid():
		return opts, fmt.Sprintf("unknown layout %q: use wide or long", layout)
	}
	opts.Layout = export.Layout(layout)
	if status != "all" {
		if !app.Status(status).Valid() {
			return opts, fmt.Sprintf("unknown status %q: use all, confirmed, new or rejected", status)
		}
		opts.Status = app.Status(status)
	}
	return opts, ""
}

// export writes the CSV to out, or to stdout when out is empty.
func (r runner) export(ctx context.Context, db, out string, opts export.Options) int {
	store, err := r.openExisting(db)
	if err != nil {
		return r.fail(err)
	}
	defer store.Close()
	var n int
	if out == "" {
		n, err = export.Meetings(ctx, store, r.Stdout, opts)
	} else {
		err = writeFileAtomic(out, func(w io.Writer) (err error) {
			n, err = export.Meetings(ctx, store, w, opts)
			return err
		})
	}
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(r.Stderr, "parley: The export was interrupted; no file was written.")
		return ExitInterrupted
	case err != nil:
		return r.fail(err)
	}
	if out != "" {
		fmt.Fprintf(r.Stdout, "%s: exported %d %s\n", printable(out), n, plural(n, "meeting", "meetings"))
	}
	return ExitOK
}

// openExisting opens the database, refusing to create one: exporting from
// a mistyped path must say so, not write an empty CSV.
func (r runner) openExisting(db string) (app.Store, error) {
	path, err := r.dbPath(db)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, app.Errorf(app.ENotFound, "There is no database at %s; import articles first or choose one with --db.", path)
	}
	return r.OpenStore(path)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
