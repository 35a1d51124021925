package storage

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"parley/app"
	"parley/app/devgen"
	"parley/internal/cputime"
)

// benchMeetings is how many meetings BenchmarkFindMeetings generates:
// 20,000 by default to stay quick; PARLEY_BENCH_MEETINGS=100000 measures
// the issue 4/7 target size.
func benchMeetings(b *testing.B) int {
	if v := os.Getenv("PARLEY_BENCH_MEETINGS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 5 {
			b.Fatalf("PARLEY_BENCH_MEETINGS=%q is not a number of meetings", v)
		}
		return n
	}
	return 20000
}

// generated returns a store on a fresh copy of a database that devgen made
// with n meetings (see benchTemplate), opened as the app opens it.
func generated(b *testing.B, n int) *Store {
	b.Helper()
	path := filepath.Join(b.TempDir(), "bench.db")
	copyFile(b, benchTemplate(b, n), path)
	return openAt(b, path, testOptions())
}

// benchConfig is devgen's issue-7 shape scaled to n meetings: five meetings
// per article, 3 people per 10 meetings and 3 cities per 100, over 20 years.
func benchConfig(n int) devgen.Config {
	cfg := devgen.DefaultConfig()
	cfg.Meetings, cfg.Articles = n, max(n/5, 1)
	cfg.People = min(max(n*3/10, 10), cfg.People)
	cfg.Cities = max(n*3/100, 10)
	cfg.Seed = 42
	return cfg
}

// benchTemplate returns the path of a database generated with n meetings.
// Generating 100,000 meetings takes a minute or two, so the file is kept in
// the temporary folder and reused by later benchmarks and later runs. Its
// name is a hash of the configuration, the schema version and the first
// generated article, so a change to any of them makes a new one.
func benchTemplate(b *testing.B, n int) string {
	b.Helper()
	cfg := benchConfig(n)
	g, err := devgen.New(cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	first := g.Next(1)[0]
	key := sha256.Sum256(fmt.Appendf(nil, "%+v %d %s %d", cfg, latestVersion(embeddedMigrations()), first.Article.Hash, len(first.Meetings)))
	dir := filepath.Join(os.TempDir(), "parley-bench")
	path := filepath.Join(dir, fmt.Sprintf("%dm-%x.db", n, key[:6]))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	tmp := path + ".part"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		os.Remove(p) // a run killed while generating
	}
	s := openAt(b, tmp, testOptions())
	start := time.Now()
	if _, err := devgen.Generate(context.Background(), s, cfg, nil, nil); err != nil {
		b.Fatal(err)
	}
	if err := s.Close(); err != nil { // checkpoints the WAL into the file
		b.Fatal(err)
	}
	b.Logf("generated %d meetings in %v into %s", n, time.Since(start).Round(time.Millisecond), path)
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	removeStale(dir, n, path)
	return path
}

// removeStale removes the templates of n meetings other than keep: made by
// an earlier schema or generator, they would only fill the disk.
func removeStale(dir string, n int, keep string) {
	old, _ := filepath.Glob(filepath.Join(dir, fmt.Sprintf("%dm-*.db", n)))
	for _, p := range old {
		if p != keep {
			os.Remove(p)
		}
	}
}

// copyFile copies the database file src to dst.
func copyFile(b *testing.B, src, dst string) {
	b.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkFindMeetings(b *testing.B) {
	n := benchMeetings(b)
	s := generated(b, n)
	ctx := context.Background()
	some, err := s.FindMeetings(ctx, app.MeetingFilter{Limit: 1, Offset: n / 2})
	if err != nil || len(some) == 0 {
		b.Fatalf("no meeting to search for: %v", err)
	}
	name := some[0].Participants[0].Name
	filters := []struct {
		name string
		f    app.MeetingFilter
	}{
		{"first page by date", app.MeetingFilter{Limit: 50}},
		{"first page by import", app.MeetingFilter{Sort: app.SortByImport, Limit: 50}},
		{"status new", app.MeetingFilter{Status: ptr(app.StatusNew), Limit: 50}},
		{"status and country", app.MeetingFilter{Status: ptr(app.StatusNew), Country: "KR", Limit: 50}},
		{"date range", app.MeetingFilter{From: &app.Date{Year: 2015, Month: 3}, To: &app.Date{Year: 2015, Month: 5}, Limit: 50}},
		{"search name", app.MeetingFilter{Search: name, Limit: 50}},
		{"search article text", app.MeetingFilter{Search: "report", Limit: 50}},
		{"deep page", app.MeetingFilter{Limit: 50, Offset: n - 100}},
	}
	for _, f := range filters {
		b.Run(f.name, func(b *testing.B) {
			loop(b, func() error { _, err := s.FindMeetings(ctx, f.f); return err })
		})
	}
	b.Run("Counts", func(b *testing.B) {
		loop(b, func() error { _, err := s.Counts(ctx); return err })
	})
	b.Run("EachMeeting all", func(b *testing.B) {
		loop(b, func() error { return s.EachMeeting(ctx, app.MeetingFilter{}, func(app.Meeting) error { return nil }) })
	})
}

// loop runs op in b.Loop, stopping at its first error, and reports the
// processor time per operation beside the wall time: on a machine shared
// with other work, wall time says mostly how busy the machine was.
func loop(b *testing.B, op func() error) {
	b.Helper()
	before := cputime.Used()
	for b.Loop() {
		if err := op(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cputime.Used()-before)/1e6/float64(b.N), "cpu-ms/op")
}

// BenchmarkSaveArticles saves batches of 50 articles with five meetings
// each, into a database that grows as the benchmark runs.
func BenchmarkSaveArticles(b *testing.B) {
	s := openAt(b, filepath.Join(b.TempDir(), "bench.db"), testOptions())
	g := newGenerator(9, 5000, 500)
	ctx := context.Background()
	articles := 0
	for b.Loop() {
		b.StopTimer()
		batch := g.batch(50, 5)
		b.StartTimer()
		if _, err := s.SaveArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
		articles += len(batch)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(articles), "µs/article")
}

func BenchmarkUpdateMeetingStatus(b *testing.B) {
	s := generated(b, 5000)
	ctx := context.Background()
	statuses := []app.Status{app.StatusConfirmed, app.StatusRejected}
	i := 0
	for b.Loop() {
		if err := s.UpdateMeetingStatus(ctx, int64(1+i%5000), statuses[i%2]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
