package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"parley/app"
)

// importCmd imports files and folders: `parley import [--db FILE] PATH...`.
func (r runner) importCmd(args []string) int {
	fs := newFlagSet("import")
	db := fs.String("db", "", "")
	paths, code, ok := r.parse(fs, args, importUsage)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return r.usageError(importUsage, "import needs at least one file or folder")
	}
	ctx, stop := interruptible()
	defer stop()
	return r.importPaths(ctx, *db, paths)
}

// importPaths opens the database, imports paths and prints one line per
// file and the summary. Cancelling ctx stops the import between files.
func (r runner) importPaths(ctx context.Context, db string, paths []string) int {
	store, err := r.open(db)
	if err != nil {
		return r.fail(err)
	}
	rep, err := r.Pipeline.Import(ctx, store, paths, nil)
	for _, res := range rep.Results {
		fmt.Fprintf(r.Stdout, "%s: %s\n", printable(res.Path), res)
	}
	fmt.Fprintln(r.Stdout, rep.Summary())
	if cerr := store.Close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil:
		return r.fail(err)
	case ctx.Err() != nil || rep.Canceled > 0:
		fmt.Fprintln(r.Stderr, "parley: The import was interrupted; what was saved stays saved, so run it again to import the rest.")
		return ExitInterrupted
	case rep.Failed > 0:
		return ExitFailed
	}
	return ExitOK
}

// open opens the database named by --db, or the default one.
func (r runner) open(db string) (app.Store, error) {
	path, err := r.dbPath(db)
	if err != nil {
		return nil, err
	}
	return r.OpenStore(path)
}

// printable returns path as is, or quoted when it holds a control
// character such as a newline, which would break one-line-per-file output.
func printable(path string) string {
	if strings.IndexFunc(path, func(c rune) bool { return c < ' ' || c == 0x7f }) >= 0 {
		return strconv.Quote(path)
	}
	return path
}
