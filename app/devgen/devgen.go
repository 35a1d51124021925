// Package devgen makes large, realistic Parley databases for benchmarks and
// for trying the app at scale (`parley dev-generate`): articles with text,
// the meetings they report with evidence sentences inside that text, people
// who recur across articles (spelled with and without diacritics or in
// capitals, as news does), real cities of the gazetteer with their
// coordinates, dates of day, month and year precision (and some undated)
// spread over many years, and mixed kinds and review statuses.
//
// It writes only through app.ImportStore.SaveArticles, the path an import
// takes, so what it makes is exactly what the app would store: search
// index rows, resolved people and aliases, places, participants and sources.
// The same Config and Seed always give the same articles.
package devgen

import (
	"context"
	"fmt"

	"parley/app"
	"parley/app/geo"
)

// Config says how much to generate.
type Config struct {
	Articles int // articles to save
	Meetings int // meetings in all, spread over the articles (at least one each)
	People   int // distinct people who take part
	Cities   int // distinct gazetteer cities where meetings happen
	Years    int // meeting dates spread over this many years...
	LastYear int // ...ending with this one
	Seed     uint64
	// BatchSize is how many articles each SaveArticles call (one
	// transaction) saves; 0 means 200, about what an import batches.
	BatchSize int
}

// DefaultConfig is the scale of issue 7: 20,000 articles, 100,000 meetings,
// 30,000 people, 3,000 cities and 20 years.
func DefaultConfig() Config {
	return Config{Articles: 20000, Meetings: 100000, People: 30000, Cities: 3000, Years: 20, LastYear: 2025, Seed: 1}
}

// maxPeople is how many distinct names the name lists can make.
var maxPeople = len(givenNames) * len(surnames)

// Validate reports a Config that cannot be generated, in one sentence.
func (c Config) Validate() error {
	switch {
	case c.Articles < 1:
		return app.Errorf(app.EInvalid, "The number of articles must be at least 1 (it is %d).", c.Articles)
	case c.Meetings < c.Articles:
		return app.Errorf(app.EInvalid, "The number of meetings (%d) must be at least the number of articles (%d): every article reports one.", c.Meetings, c.Articles)
	case c.People < 4 || c.People > maxPeople:
		return app.Errorf(app.EInvalid, "The number of people must be between 4 and %d (it is %d).", maxPeople, c.People)
	case c.Cities < 1:
		return app.Errorf(app.EInvalid, "The number of cities must be at least 1 (it is %d).", c.Cities)
	case c.Years < 1 || c.LastYear-c.Years < 0 || c.LastYear > 9999:
		return app.Errorf(app.EInvalid, "The dates must span at least one year, between year 1 and 9999 (%d years up to %d).", c.Years, c.LastYear)
	case c.BatchSize < 0:
		return app.Errorf(app.EInvalid, "The batch size cannot be negative (it is %d).", c.BatchSize)
	}
	return nil
}

// Result counts what Generate saved.
type Result struct {
	Articles int
	Meetings int
	Merged   int // people merged into another as an alias (see PeopleMerger)
}

// Generate saves cfg.Articles articles with cfg.Meetings meetings into
// store, in batches of cfg.BatchSize articles, and calls progress (when not
// nil) after each batch with the articles saved so far. Cities come from
// gaz (geo.Default() when nil). When store is also a PeopleMerger, people
// written under two transliterations are then merged, so they have two
// aliases. It stops at the first error, and when ctx is done; what was
// saved before stays saved.
func Generate(ctx context.Context, store app.ImportStore, cfg Config, gaz *geo.Gazetteer, progress func(done, total int)) (Result, error) {
	g, err := New(cfg, gaz)
	if err != nil {
		return Result{}, err
	}
	var res Result
	for !g.Done() {
		if err := ctx.Err(); err != nil {
			return res, app.WrapError(app.ECanceled, err, "Generation stopped after %d articles.", res.Articles)
		}
		batch := g.Next(g.batchSize())
		saved, err := store.SaveArticles(ctx, batch)
		if err != nil {
			return res, err
		}
		res.add(batch, saved)
		if progress != nil {
			progress(res.Articles, cfg.Articles)
		}
	}
	if m, ok := store.(PeopleMerger); ok {
		res.Merged, err = g.mergeVariants(ctx, m)
	}
	return res, err
}

// add counts the articles of batch that were saved (not duplicates).
func (r *Result) add(batch []app.NewArticle, saved []app.SaveResult) {
	for i, s := range saved {
		if !s.Duplicate {
			r.Articles++
			r.Meetings += len(batch[i].Meetings)
		}
	}
}

func (g *Generator) batchSize() int {
	if g.cfg.BatchSize > 0 {
		return g.cfg.BatchSize
	}
	return 200
}

// String describes cfg as the CLI prints it.
func (c Config) String() string {
	return fmt.Sprintf("%d articles, %d meetings, %d people, %d cities, %d–%d",
		c.Articles, c.Meetings, c.People, c.Cities, c.LastYear-c.Years+1, c.LastYear)
}
