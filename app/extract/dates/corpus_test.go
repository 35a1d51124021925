package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"parley/app"
)

// corpusDir is the project's annotated corpus (testdata/corpus at the
// repository root). Only seeds/ and dev/ are used: extra/ is held out to
// detect rules fitted to the development articles.
const corpusDir = "../../../testdata/corpus"

type goldArticle struct {
	Published *string `json:"published"`
	Meetings  []struct {
		Date *string `json:"date"`
	} `json:"meetings"`
}

// corpus returns the text and gold annotation of every corpus article.
func corpus(t testing.TB) map[string]goldArticle {
	t.Helper()
	var paths []string
	for _, dir := range []string{"seeds", "dev"} {
		p, err := filepath.Glob(filepath.Join(corpusDir, dir, "*.gold.json"))
		if err != nil || len(p) == 0 {
			t.Fatalf("no gold files under %s/%s: %v", corpusDir, dir, err)
		}
		paths = append(paths, p...)
	}
	out := map[string]goldArticle{}
	for _, p := range paths {
		g := corpusGold(t, p)
		txt, err := os.ReadFile(p[:len(p)-len(".gold.json")] + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		out[string(txt)] = g
	}
	return out
}

// TestFind_corpus checks that every gold meeting date of the corpus is
// among the dates Find resolves against the article's publication date,
// and that an undated article's relative expressions stay unresolved.
// Which mention dates a meeting is the extractor's business, not this
// package's; this only shows that the grammar can read every date form
// the corpus uses.
func TestFind_corpus(t *testing.T) {
	for text, g := range corpus(t) {
		var ref app.Date
		if g.Published != nil {
			ref, _ = app.ParseDate(*g.Published)
		}
		found := map[string]bool{}
		for _, m := range Find(text, ref) {
			found[m.Date.String()] = true
			if ref.IsZero() && m.Relative && !m.Date.IsZero() {
				t.Errorf("undated article: %q resolved to %s", m.Text(text), m.Date)
			}
		}
		for _, mt := range g.Meetings {
			if mt.Date != nil && !found[*mt.Date] {
				t.Errorf("gold date %s not found in article starting %.60q", *mt.Date, text)
			}
		}
	}
}

// BenchmarkFind measures Find over the whole corpus.
func BenchmarkFind(b *testing.B) {
	var texts []string
	var size int64
	for text := range corpus(b) {
		texts = append(texts, text)
		size += int64(len(text))
	}
	ref := app.Date{Year: 2025, Month: 8, Day: 14}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			Find(text, ref)
		}
	}
}

// corpusGold reads one gold annotation.
func corpusGold(t testing.TB, path string) goldArticle {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldArticle
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}
