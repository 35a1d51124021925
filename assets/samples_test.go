package assets

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestSamples checks that the embedded samples are exactly the seed
// articles, so the two copies cannot drift apart unnoticed.
func TestSamples(t *testing.T) {
	seeds, err := filepath.Glob("../testdata/corpus/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	got, err := fs.Glob(Samples(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(seeds) {
		t.Fatalf("Samples() has %d articles, want the %d seeds", len(got), len(seeds))
	}
	for _, seed := range seeds {
		want, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		have, err := fs.ReadFile(Samples(), filepath.Base(seed))
		if err != nil {
			t.Errorf("Samples() lacks %s: %v", filepath.Base(seed), err)
			continue
		}
		if string(have) != string(want) {
			t.Errorf("Samples() %s differs from the seed; copy it again into assets/samples", filepath.Base(seed))
		}
	}
}
