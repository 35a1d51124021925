package extract

import (
	"embed"
	"sort"
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
	visit  bool // only in a when-clause, see whenVisit
}

// lexBits say which word lists a token's lowercase form belongs to, so that
// the scanner asks one map per token instead of one per list and question.
type lexBits uint16

const (
	bTitle   lexBits = 1 << iota // first word of a title
	bHonor                       // first word of an honorific
	bNeg                         // first word of a negative (plan) phrase
	bTopic                       // first word of a topic cue
	bCue                         // first word of a meeting cue
	bStop                        // a stop word
	bOrg                         // an organisation word
	bDept                        // a department word
	bNotRecv                     // a thing one receives rather than a person
	bSplit                       // ends a clause (clauseSplitters)
	bAttend                      // marks attendance (attendanceWords)
)

// lexicon holds every word list the extractor uses, built once on first use
// (about a millisecond) so that importing the package costs nothing.
type lexicon struct {
	honorifics phraseSet
	titles     phraseSet
	furniture  []string
	// furnitureMax is the byte length of the longest furniture prefix.
	furnitureMax int
	cues         map[string][]cue // by first word
	negative     phraseSet
	notReceived  map[string]bool
	orgWords     map[string]bool
	departments  map[string]bool
	stopWords    map[string]bool
	topicCues    phraseSet
	bits         map[string]lexBits // every word of the lists above
	cueWords     map[string]bool    // every word of every cue
	// mayHaveBits[first][second][length] is false when no word of bits
	// has those first two bytes and that length: most tokens are answered
	// without hashing (see byteIndex).
	mayHaveBits [27][27][16]bool
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
		honorifics:  newPhraseSet(lines("honorifics"), bHonor),
		titles:      newPhraseSet(lines("titles"), bTitle),
		furniture:   lines("furniture"),
		negative:    newPhraseSet(lines("negative"), bNeg),
		notReceived: wordSet(lines("notreception")),
		orgWords:    wordSet(lines("orgwords")),
		departments: wordSet(lines("departments")),
		stopWords:   wordSet(lines("stopwords")),
		cues:        map[string][]cue{},
		topicCues:   newPhraseSet(lines("topics"), bTopic),
	}
	for _, f := range l.furniture {
		l.furnitureMax = max(l.furnitureMax, len(f))
	}
	for _, ln := range lines("cues") {
		f := strings.Split(ln, "\t")
		if len(f) != 3 {
			continue
		}
		c := cue{words: strings.Fields(f[0]), kind: app.Kind(f[1]), strong: f[2] == "strong", visit: f[2] == "visit"}
		l.cues[c.words[0]] = append(l.cues[c.words[0]], c)
	}
	l.fillBits()
	return l
}

// wordBits returns the list bits of the lowercase word w.
func (l *lexicon) wordBits(w string) lexBits {
	if w == "" || !l.mayHaveBits[byteIndex(w, 0)][byteIndex(w, 1)][min(len(w), 15)] {
		return 0
	}
	return l.bits[w]
}

// byteIndex is the filter index of byte i of w: 0..25 for a to z, 26 for
// anything else or past the end.
func byteIndex(w string, i int) int {
	if i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		return int(w[i] - 'a')
	}
	return 26
}

// fillBits indexes every list's words in l.bits.
func (l *lexicon) fillBits() {
	defer func() {
		for w := range l.bits {
			l.mayHaveBits[byteIndex(w, 0)][byteIndex(w, 1)][min(len(w), 15)] = true
		}
	}()
	l.bits = map[string]lexBits{}
	for _, ps := range []phraseSet{l.honorifics, l.titles, l.negative, l.topicCues} {
		for w := range ps.byFirst {
			l.bits[w] |= ps.bit
		}
	}
	l.cueWords = map[string]bool{}
	for w, cs := range l.cues {
		l.bits[w] |= bCue
		for _, c := range cs {
			for _, cw := range c.words {
				l.cueWords[cw] = true
			}
		}
	}
	for bit, set := range map[lexBits]map[string]bool{bStop: l.stopWords, bOrg: l.orgWords, bDept: l.departments,
		bNotRecv: l.notReceived, bSplit: clauseSplitters, bAttend: attendanceWords} {
		for w := range set {
			l.bits[w] |= bit
		}
	}
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

// phraseSet holds lowercase phrases of one or more words, indexed by their
// first word for longest-match lookups over a token sequence without
// allocating.
type phraseSet struct {
	byFirst map[string][][]string // first word -> phrases (as words), longest first
	bit     lexBits               // the tokens whose word may start a phrase
}

func newPhraseSet(ps []string, bit lexBits) phraseSet {
	s := phraseSet{byFirst: make(map[string][][]string, len(ps)), bit: bit}
	for _, p := range ps {
		w := strings.Fields(p)
		s.byFirst[w[0]] = append(s.byFirst[w[0]], w)
	}
	for _, list := range s.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
	}
	return s
}

// match returns how many of words (from the start) form the longest phrase
// in s, or 0.
func (s phraseSet) match(words []string) int {
	if len(words) == 0 {
		return 0
	}
	for _, p := range s.byFirst[words[0]] {
		if len(p) <= len(words) && equalWords(p, words[:len(p)]) {
			return len(p)
		}
	}
	return 0
}

// matchToks is match over the lowercase forms of word tokens [i, end).
func (s phraseSet) matchToks(toks []token, i, end int) int {
	if i >= end || !toks[i].word || toks[i].lex&s.bit == 0 {
		return 0
	}
	for _, p := range s.byFirst[toks[i].low] {
		if tokensEqual(toks, i, end, p) {
			return len(p)
		}
	}
	return 0
}

func tokensEqual(toks []token, i, end int, words []string) bool {
	if i+len(words) > end {
		return false
	}
	for k, w := range words {
		if !toks[i+k].word || toks[i+k].low != w {
			return false
		}
	}
	return true
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// has reports whether phrase (words joined by single spaces) is in s.
func (s phraseSet) has(phrase string) bool {
	w := strings.Fields(phrase)
	return len(w) > 0 && s.match(w) == len(w)
}
