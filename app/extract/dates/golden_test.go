package dates

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"parley/app"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestFind_golden lists every mention Find reports in the seed and dev
// articles, resolved against each article's publication date, and
// compares the list with testdata/corpus.golden (go test -update rewrites
// it). A change in what the grammar finds shows up as a readable diff.
func TestFind_golden(t *testing.T) {
	type article struct {
		name, text string
		ref        app.Date
	}
	var list []article
	for _, dir := range []string{"seeds", "dev"} {
		paths, err := filepath.Glob(filepath.Join(corpusDir, dir, "*.txt"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("no articles under %s/%s: %v", corpusDir, dir, err)
		}
		for _, p := range paths {
			list = append(list, article{name: dir + "/" + filepath.Base(p), text: readFile(t, p), ref: published(t, p)})
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	var b strings.Builder
	for _, a := range list {
		b.WriteString("== " + a.name + " ref=" + a.ref.String() + "\n")
		for _, m := range Find(a.text, a.ref) {
			b.WriteString(describe(m, a.text) + "\n")
		}
	}
	golden := filepath.Join("testdata", "corpus.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := readFile(t, golden)
	if b.String() != want {
		t.Errorf("mentions differ from %s (go test -update rewrites it):\n%s", golden, diffLines(want, b.String()))
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// published reads the publication date from the gold file beside an article.
func published(t *testing.T, txt string) app.Date {
	t.Helper()
	gold := corpusGold(t, strings.TrimSuffix(txt, ".txt")+".gold.json")
	if gold.Published == nil {
		return app.Date{}
	}
	d, err := app.ParseDate(*gold.Published)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// diffLines shows the lines only in want (-) and only in got (+).
func diffLines(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out []string
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}
