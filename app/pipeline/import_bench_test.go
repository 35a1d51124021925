package pipeline

import (
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley/app/devgen"
	"parley/internal/cputime"
	"parley/storage"
)

// importArticles is the size of issue 7's import target: 10,000 articles
// from files in under 10 s on two cores, extraction included.
const importArticles = 10000

// BenchmarkImport imports a folder of importArticles generated articles
// (four in five as .txt, one in five as an HTML page) through the default
// pipeline into a new database, as `parley import` does. The files are
// written once; each iteration imports them into a fresh database.
func BenchmarkImport(b *testing.B) {
	dir := b.TempDir()
	size := writeArticles(b, filepath.Join(dir, "articles"), importArticles)
	b.SetBytes(size)
	ctx := context.Background()
	run := 0
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		run++
		s, err := storage.Open(filepath.Join(dir, fmt.Sprintf("import-%d.db", run)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		before := cputime.Used()
		rep, err := Default().Import(ctx, s, []string{filepath.Join(dir, "articles")}, nil)
		cpu += cputime.Used() - before
		b.StopTimer()
		if err != nil || rep.Imported != importArticles || rep.Failed != 0 || rep.Meetings == 0 {
			b.Fatalf("import: %s, %v", rep.Summary(), err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	// Processor seconds per import: on a busy machine wall time mostly says
	// how busy it was; an idle two-core one needs at least half of this.
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/import")
}

// writeArticles writes n generated articles into dir, one file each, in
// folders of a thousand, and returns their total size.
func writeArticles(b *testing.B, dir string, n int) int64 {
	b.Helper()
	cfg := devgen.DefaultConfig()
	cfg.Articles, cfg.Meetings, cfg.People, cfg.Cities = n, n*5, n*3/2, 1500
	g, err := devgen.New(cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for i, na := range g.Next(n) {
		name, data := na.Article.Path, na.Article.Text
		if i%5 == 4 {
			name, data = strings.TrimSuffix(name, filepath.Ext(name))+".html", htmlPage(na.Article.Title, data)
		} else {
			name = strings.TrimSuffix(name, filepath.Ext(name)) + ".txt"
		}
		path := filepath.Join(dir, fmt.Sprintf("%02d", i/1000), filepath.Base(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
		size += int64(len(data))
	}
	return size
}

// htmlPage wraps text as a news site's page: a title, navigation and
// footer around the article's paragraphs, for readability to strip.
func htmlPage(title, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n", html.EscapeString(title))
	b.WriteString("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a></nav>\n<article>\n")
	fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(title))
	for _, p := range strings.Split(text, "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</article>\n<footer>Copyright the publisher. All rights reserved.</footer>\n</body></html>\n")
	return b.String()
}
