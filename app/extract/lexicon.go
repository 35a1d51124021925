package extract

import (
	"embed"
	"strings"
	"sync"

	"parley/app"
)

// The lexicons live in plain text files so that adding a title, an honorific
// or a meeting verb is a data change, not a code change.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// cue is one meeting expression from lexicon/cues.txt.
type cue struct {
	words  []string // lowercase words; "*" matches up to three words
	kind   app.Kind
	strong bool
}

// lexicon holds every word list the extractor uses, built once on first use
// (about a millisecond) so that importing the package costs nothing.
type lexicon struct {
	honorifics  phraseSet
	titles      phraseSet
	furniture   []string
	cues        []cue
	negative    phraseSet
	notReceived map[string]bool
	orgWords    map[string]bool
	departments map[string]bool
	stopWords   map[string]bool
	topicCues   phraseSet
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// lexicons returns the shared lexicon, loading it on first use.
func lexicons() *lexicon {
	lexOnce.Do(func() { lex = loadLexicon() })
	return lex
}

func loadLexicon() *lexicon {
	l := &lexicon{
		honorifics:  newPhraseSet(lines("honorifics")),
		titles:      newPhraseSet(lines("titles")),
		furniture:   lines("furniture"),
		negative:    newPhraseSet(lines("negative")),
		notReceived: wordSet(lines("notreception")),
		orgWords:    wordSet(lines("orgwords")),
		departments: wordSet(lines("departments")),
		stopWords:   wordSet(lines("stopwords")),
		topicCues:   newPhraseSet(lines("topics")),
	}
	for _, ln := range lines("cues") {
		f := strings.Split(ln, "\t")
		if len(f) != 3 {
			continue
		}
		l.cues = append(l.cues, cue{words: strings.Fields(f[0]), kind: app.Kind(f[1]), strong: f[2] == "strong"})
	}
	return l
}

// lines returns the non-empty, non-comment lines of lexicon/name.txt.
func lines(name string) []string {
	b, err := lexiconFS.ReadFile("lexicon/" + name + ".txt")
	if err != nil {
		panic("extract: missing embedded lexicon " + name) // a build mistake, not input
	}
	var out []string
	for _, ln := range strings.Split(string(b), "\n") {
		ln = strings.TrimRight(ln, "\r ")
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		out = append(out, ln)
	}
	return out
}

func wordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// phraseSet holds lowercase phrases of one or more words, for longest-match
// lookups over a token sequence.
type phraseSet struct {
	phrases map[string]bool
	longest int // words in the longest phrase
}

func newPhraseSet(ps []string) phraseSet {
	s := phraseSet{phrases: make(map[string]bool, len(ps))}
	for _, p := range ps {
		w := strings.Fields(p)
		s.phrases[strings.Join(w, " ")] = true
		s.longest = max(s.longest, len(w))
	}
	return s
}

// match returns how many of words (from the start) form the longest phrase
// in s, or 0.
func (s phraseSet) match(words []string) int {
	for n := min(s.longest, len(words)); n > 0; n-- {
		if s.phrases[strings.Join(words[:n], " ")] {
			return n
		}
	}
	return 0
}

// has reports whether phrase is in s.
func (s phraseSet) has(phrase string) bool { return s.phrases[phrase] }
