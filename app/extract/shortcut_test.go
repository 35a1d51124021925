package extract

import (
	"os"
	"strings"
	"testing"

	"parley/app/geo"
)

// The speed shortcuts (mayBeDateline, countryKeys, lowerWordAt, lexBits)
// must never change an answer: each is checked against the slow path it
// stands in for, over every line and word of the corpus.

// corpusLines returns every line of every corpus text.
func corpusLines(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, f := range corpusTexts() {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.Split(string(b), "\n")...)
	}
	return out
}

// checkDatelineShortcut fails when datelineRe matches head but
// mayBeDateline said it could not.
func checkDatelineShortcut(t *testing.T, head string) {
	t.Helper()
	if datelineRe.MatchString(head) && !mayBeDateline(head) {
		t.Errorf("mayBeDateline(%q) = false, but the dateline pattern matches", head)
	}
}

func TestMayBeDateline(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{"TEHRAN, Oct. 2 (IRNA) -- The ambassador", true},
		{"Mumbai [Maharashtra], August 14 (ANI): Governor", true},
		{"ITANAGAR, 21 Nov: The Governor", true},
		{"Kuala Lumpur de Bahia al Sur (Bernama) – x", true},
		{"Al-Quds, May 5", true},
		{"KUWAIT CITY", true},
		{"The minister met his counterpart in Paris on Monday.", false},
		{"President Xi Jinping met the visitors", false},
		{"sunday talks were held", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.head, func(t *testing.T) {
			if got := mayBeDateline(tt.head); got != tt.want {
				t.Errorf("mayBeDateline(%q) = %v, want %v", tt.head, got, tt.want)
			}
			checkDatelineShortcut(t, tt.head)
		})
	}
}

// TestMayBeDateline_corpus checks the shortcut on every corpus line and on
// every prefix of its first 110 bytes (readDateline's cut can fall anywhere,
// even inside a character).
func TestMayBeDateline_corpus(t *testing.T) {
	for _, ln := range corpusLines(t) {
		ln = strings.TrimSpace(ln)
		head := ln[:min(len(ln), 110)]
		for k := 1; k <= len(head); k++ {
			checkDatelineShortcut(t, head[:k])
		}
	}
}

func FuzzMayBeDateline(f *testing.F) {
	f.Add("TEHRAN, Oct. 2 (IRNA) -- x")
	f.Add("São Tomé de la Sierra (AFP) —")
	f.Add("Hà Nội.")
	f.Fuzz(func(t *testing.T, head string) {
		checkDatelineShortcut(t, head[:min(len(head), 110)])
	})
}

// TestCountryKeys checks that a word the keys rule out is no country for
// the gazetteer, over every capitalised run of one to three corpus words,
// and that the keys keep real names, demonyms and possessives.
func TestCountryKeys(t *testing.T) {
	g := geo.Default()
	keys := keysOf(g)
	plain := gaz{g: g}
	for _, s := range []string{"South Korea", "South Korean", "Iran's", "the UAE", "Türkiye", "Côte d’Ivoire"} {
		if !keys.mayBeCountry(s) {
			t.Errorf("mayBeCountry(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Minister", "Kim Junpyo", "Tehran"} {
		if keys.mayBeCountry(s) {
			t.Errorf("mayBeCountry(%q) = true, want false", s)
		}
	}
	for _, ln := range corpusLines(t) {
		toks := tokenize(ln, 0, len(ln))
		for i := range toks {
			for k := i; k < len(toks) && k < i+3 && toks[k].word; k++ {
				s := ln[toks[i].start:toks[k].end]
				if cc := plain.countryOrDemonym(s); cc != "" && !keys.mayBeCountry(s) {
					t.Errorf("mayBeCountry(%q) = false, but the gazetteer says %s", s, cc)
				}
			}
		}
	}
}

// TestTokenShortcuts checks that every corpus token's sliced lowercase
// form equals lowerWord and that its list bits agree with the lists.
func TestTokenShortcuts(t *testing.T) {
	l := lexicons()
	for _, ln := range corpusLines(t) {
		for _, tok := range tokenize(ln, 0, len(ln)) {
			if w := ln[tok.start:tok.end]; tok.word && tok.low != lowerWord(w) {
				t.Errorf("token %q: low %q, want %q", w, tok.low, lowerWord(w))
			}
			checkBit(t, tok, bStop, l.stopWords[tok.low])
			checkBit(t, tok, bOrg, l.orgWords[tok.low])
			checkBit(t, tok, bDept, l.departments[tok.low])
			checkBit(t, tok, bTitle, l.titles.byFirst[tok.low] != nil)
			checkBit(t, tok, bCue, l.cues[tok.low] != nil)
			checkBit(t, tok, bSplit, clauseSplitters[tok.low])
			checkBit(t, tok, bAttend, attendanceWords[tok.low])
		}
	}
}

func checkBit(t *testing.T, tok token, b lexBits, want bool) {
	t.Helper()
	if tok.is(b) != want {
		t.Errorf("token %q: bit %b is %v, want %v", tok.low, b, tok.is(b), want)
	}
}
