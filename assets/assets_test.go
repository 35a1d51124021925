package assets

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCities(t *testing.T) {
	text := Cities()
	if !strings.HasPrefix(text, "#cities\t") {
		t.Fatalf("Cities() starts %.20q, want a #cities header", text)
	}
	if n := strings.Count(text, "\n"); n < 20000 {
		t.Errorf("Cities() has %d lines, want over 20000", n)
	}
	if !strings.Contains(text, "\tIsfahan\t") {
		t.Error("Cities() lacks Isfahan")
	}
}

func TestCountries(t *testing.T) {
	var recs []map[string]any
	if err := json.Unmarshal(Countries(), &recs); err != nil {
		t.Fatalf("Countries() is not a JSON array: %v", err)
	}
	if len(recs) < 240 {
		t.Errorf("Countries() has %d records, want at least 240", len(recs))
	}
}

func TestCommonWords(t *testing.T) {
	text := CommonWords()
	for _, w := range []string{"\nnice\n", "\nof\n", "\nreading\n"} {
		if !strings.Contains(text, w) {
			t.Errorf("CommonWords() lacks %q", strings.TrimSpace(w))
		}
	}
	if strings.Contains(text, "\ntehran\n") {
		t.Error("CommonWords() lists tehran, which is no English word")
	}
}
