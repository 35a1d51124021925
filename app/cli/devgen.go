package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"parley/app"
	"parley/app/devgen"
)

// dev-generate is a developer command: it is left out of `parley help`
// (users never need it) but `parley help dev-generate` explains it.
func init() { commandUsage["dev-generate"] = devGenerateUsage }

const devGenerateUsage = `Usage: parley dev-generate --db FILE [--articles N] [--meetings N] [--people N] [--cities N] [--years N] [--last-year YEAR] [--seed N]

A developer command: make a new database full of generated articles and
meetings, to measure Parley at scale (make bench, docs/benchmarks.md) or to
try the window with a large record. The articles are made up; they go
through the same saving code as an import. The same options and seed always
make the same database. Some people are written under two transliterations
("Mohammed", "Muhammad") and then merged, as a reviewer would on the People
tab, so they have two aliases (and the edit log has those merges).

Options:
  --db FILE        the new database (required; it must not exist yet)
  --articles N     articles (default 20000)
  --meetings N     meetings spread over the articles, at least one each (default 100000)
  --people N       distinct people (default 30000)
  --cities N       distinct cities, the gazetteer's largest (default 3000)
  --years N        years the meeting dates span (default 20)
  --last-year Y    the last of those years (default 2025)
  --seed N         seed of the random choices (default 1)

Exit status: 0 done, 1 failed, 2 bad usage, 130 interrupted (the batches
saved so far stay saved).
`

// devGenerateCmd fills a new database with generated articles:
// `parley dev-generate --db FILE [--articles N] ...`.
func (r runner) devGenerateCmd(args []string) int {
	fs := newFlagSet("dev-generate")
	cfg := devgen.DefaultConfig()
	db := fs.String("db", "", "")
	fs.IntVar(&cfg.Articles, "articles", cfg.Articles, "")
	fs.IntVar(&cfg.Meetings, "meetings", cfg.Meetings, "")
	fs.IntVar(&cfg.People, "people", cfg.People, "")
	fs.IntVar(&cfg.Cities, "cities", cfg.Cities, "")
	fs.IntVar(&cfg.Years, "years", cfg.Years, "")
	fs.IntVar(&cfg.LastYear, "last-year", cfg.LastYear, "")
	fs.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "")
	rest, code, ok := r.parse(fs, args, devGenerateUsage)
	if !ok {
		return code
	}
	switch {
	case len(rest) > 0:
		return r.usageError(devGenerateUsage, "dev-generate takes no arguments (got %q)", rest[0])
	case *db == "":
		// Never the default database: generated meetings would bury real ones.
		return r.usageError(devGenerateUsage, "dev-generate needs --db FILE, a new database")
	}
	if err := cfg.Validate(); err != nil {
		return r.usageError(devGenerateUsage, "%s", app.ErrorMessage(err))
	}
	return r.generate(*db, cfg)
}

// generate makes the database at path, reporting progress on stderr every
// tenth of the way and the result on stdout.
func (r runner) generate(path string, cfg devgen.Config) int {
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return r.fail(app.Errorf(app.EInvalid, "%s already exists; dev-generate only makes new databases.", path))
	}
	store, err := r.OpenStore(path)
	if err != nil {
		return r.fail(err)
	}
	defer store.Close()
	ctx, stop := interruptible()
	defer stop()
	start, step := time.Now(), max(cfg.Articles/10, 1)
	res, err := devgen.Generate(ctx, store, cfg, nil, func(done, total int) {
		if done%step < min(step, 200) || done == total { // about every tenth: batches are 200
			fmt.Fprintf(r.Stderr, "parley: %d of %d articles (%.0f s)\n", done, total, time.Since(start).Seconds())
		}
	})
	if ctx.Err() != nil {
		fmt.Fprintf(r.Stderr, "parley: Interrupted after %d articles; they stay in %s.\n", res.Articles, path)
		return ExitInterrupted
	}
	if err != nil {
		return r.fail(err)
	}
	fmt.Fprintf(r.Stdout, "%s: %d articles, %d meetings generated, %d people merged under a second spelling, in %.1f s (%s)\n",
		path, res.Articles, res.Meetings, res.Merged, time.Since(start).Seconds(), cfg)
	return ExitOK
}
