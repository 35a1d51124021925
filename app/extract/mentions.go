package extract

import (
	"strings"
)

// mentionKind says how a person is referred to.
type mentionKind uint8

const (
	mName    mentionKind = iota + 1 // a name, full or partial: "Kim Junpyo", "Kim"
	mTitle                          // a title alone: "the governor", "his Cypriot counterpart"
	mPronoun                        // he, him, his, she, her
	mGroup                          // "the two leaders", "the Syrian trio", "the guests"
)

// mention is one reference to a person (or a group of people) in a sentence.
type mention struct {
	kind        mentionKind
	first, last int // token indices in the sentence, inclusive
	start, end  int // byte offsets of the name (or the whole phrase)
	ctxStart    int // byte offset where the title before the name starts
	ctxEnd      int // byte offset where a title in apposition after the name ends
	name        string
	single      bool // a one-word name with no title or honorific before it
	titled      bool // a title or honorific stood right before the name
	title       string
	titleKey    string // the office in lower case: "lord mayor", "ambassador"
	country     string // ISO code of the country the person represents
	placeCity   string // the city of "mayor of Isfahan", for the meeting place
	groupSize   int    // 2 for "the two leaders", 3 for "the trio", 0 unknown
	guest       bool   // "the guests", "the visitors", "the delegation"
	they        bool   // "they", "them": the weakest group reference
	self        bool   // "I", "me", "my": the writer
	person      int    // index into the person registry; -1 when unresolved
}

// prefix accumulates what stands before a name: honorifics, a title, the
// country it belongs to, and the title's complement ("of Isfahan").
type prefix struct {
	start      int // byte offset of the first token
	det        bool
	honor      bool
	titleFirst int // token index where the title starts, -1 when none
	titleLast  int
	compLast   int // last token of the title's complement ("to Peru"), -1 when none
	titleKey   string
	country    string
	cityOf     string
	complement bool // after "of", "to", "for" following a title
	afterComma bool
	to         bool // the complement started with "to" (an ambassador's destination)
}

func newPrefix() prefix { return prefix{titleFirst: -1, start: -1, compLast: -1} }

func (p *prefix) hasTitle() bool { return p.titleFirst >= 0 }

// scanner finds the mentions of one sentence.
type scanner struct {
	z    gaz
	l    *lexicon
	toks []token
	text string
	out  []mention
	pre  prefix
	buf  []string // reused by lowWords
	arr  [4]string
}

// findMentions returns the person mentions of a sentence in order.
func findMentions(z gaz, text string, toks []token) []mention {
	return new(scanner).appendMentions(nil, z, text, toks)
}

// appendMentions appends the person mentions of a sentence to buf and
// returns buf; an article's sentences share one buffer and one scanner,
// which this resets.
func (s *scanner) appendMentions(buf []mention, z gaz, text string, toks []token) []mention {
	*s = scanner{z: z, l: lexicons(), toks: toks, text: text, pre: newPrefix(), out: buf}
	s.buf = s.arr[:0]
	for i := 0; i < len(toks); {
		i = s.step(i)
	}
	s.flushTitle(len(toks))
	return s.out
}

// step handles the token at i and returns the index of the next one.
func (s *scanner) step(i int) int {
	t := s.toks[i]
	if !t.word || t.quoted {
		return s.punct(i)
	}
	if k := s.honorific(i); k > 0 {
		s.mark(i)
		s.pre.honor = true
		return s.skipDot(i + k)
	}
	if k := s.l.titles.matchToks(s.toks, i, len(s.toks)); k > 0 && !(t.low == "general" && s.pre.honor) {
		s.mark(i)
		if !s.pre.hasTitle() || s.pre.complement {
			if s.pre.complement {
				s.flushTitle(i)
				s.mark(i)
			}
			s.pre.titleFirst = i
			s.pre.titleKey = s.joinLow(i, k)
		}
		s.pre.titleLast = i + k - 1
		s.pre.complement = false
		return s.skipDot(i + k)
	}
	if !t.upper {
		return s.lower(i)
	}
	if k := s.group(i); k > 0 {
		return i + k
	}
	switch t.low {
	case "he", "she", "his", "her", "him":
		s.flushTitle(i)
		s.pronoun(i)
		return i + 1
	case "i":
		s.flushTitle(i)
		s.pronoun(i)
		s.out[len(s.out)-1].self = true
		return i + 1
	case "they":
		s.flushTitle(i)
		s.plural(i)
		return i + 1
	}
	return s.run(i)
}

// honorific returns how many tokens at i form an honorific.
func (s *scanner) honorific(i int) int {
	t := s.toks[i]
	if w := s.word(i); w == "H.E" || w == "HE" || w == "HH" {
		return 1
	}
	next := ""
	if i+1 < len(s.toks) && s.toks[i+1].word {
		next = s.toks[i+1].low
	}
	if t.low == "he" || t.low == "his" || t.low == "her" {
		if next == "excellency" || next == "highness" || next == "majesty" || next == "royal" {
			return s.l.honorifics.matchToks(s.toks, i, len(s.toks))
		}
		return 0
	}
	if t.low == "tan" && next != "sri" {
		return 0
	}
	return s.l.honorifics.matchToks(s.toks, i, len(s.toks))
}

// word returns token k as written.
func (s *scanner) word(k int) string { return s.text[s.toks[k].start:s.toks[k].end] }

// joinLow joins the lowercase forms of k tokens from i with spaces.
func (s *scanner) joinLow(i, k int) string {
	if k == 1 {
		return s.toks[i].low
	}
	var b strings.Builder
	for j := i; j < i+k; j++ {
		if j > i {
			b.WriteByte(' ')
		}
		b.WriteString(s.toks[j].low)
	}
	return b.String()
}

// lowWords returns the lowercase forms of up to n word tokens from i.
func (s *scanner) lowWords(i, n int) []string {
	w := s.buf[:0]
	defer func() { s.buf = w[:0] }()
	for j := i; j < len(s.toks) && len(w) < n; j++ {
		if !s.toks[j].word {
			if s.toks[j].low == "." && j > i {
				continue
			}
			break
		}
		w = append(w, s.toks[j].low)
		if s.toks[j].poss {
			break
		}
	}
	return w
}

// skipDot steps over the full stop of an abbreviation ("Dr.", "Gen.").
func (s *scanner) skipDot(i int) int {
	if i < len(s.toks) && s.toks[i].low == "." {
		return i + 1
	}
	return i
}

func (s *scanner) mark(i int) {
	if s.pre.start < 0 {
		s.pre.start = s.toks[i].start
	}
}

// punct handles punctuation: a comma after a title may introduce the name
// ("Bolivia's Ambassador to Italy, Carlos Aparicio Vedia"); anything else
// ends the prefix.
func (s *scanner) punct(i int) int {
	t := s.toks[i]
	if t.low == "," && s.pre.hasTitle() && !s.pre.afterComma && !t.quoted {
		if i+1 < len(s.toks) && s.toks[i+1].word && s.toks[i+1].upper {
			s.pre.afterComma = true
			s.pre.complement, s.pre.to = false, false
			return i + 1
		}
	}
	s.flushTitle(i)
	return i + 1
}

// lower handles a lowercase word: determiners and title complements keep
// the prefix alive; pronouns and group phrases become mentions.
func (s *scanner) lower(i int) int {
	t := s.toks[i]
	if s.titleGoesOn(i) {
		return i + 1
	}
	if k := s.group(i); k > 0 {
		return i + k
	}
	if s.pre.country != "" && !s.pre.hasTitle() {
		if n, ok := groupWords[t.low]; ok {
			s.countryGroup(i, n)
			return i + 1
		}
	}
	switch t.low {
	case "the", "a", "an", "his", "her", "its", "their", "then", "former", "visiting", "newly", "appointed",
		"new", "acting", "top", "outgoing", "incoming", "senior", "deputy", "chief", "late":
		s.flushTitle(i)
		s.pre = newPrefix()
		s.mark(i)
		s.pre.det = true
		if t.low == "his" || t.low == "her" {
			s.pronoun(i)
		}
		return i + 1
	case "he", "him", "she", "hers", "himself", "herself":
		s.flushTitle(i)
		s.pronoun(i)
		return i + 1
	case "me", "my":
		s.flushTitle(i)
		s.pronoun(i)
		s.out[len(s.out)-1].self = true
		return i + 1
	case "they", "them":
		s.flushTitle(i)
		s.plural(i)
		return i + 1
	}
	s.flushTitle(i)
	return i + 1
}

// plural records "they" or "them" as a group of unknown size.
func (s *scanner) plural(i int) {
	t := s.toks[i]
	s.out = append(s.out, mention{kind: mGroup, first: i, last: i, start: t.start, end: t.end, ctxStart: t.start, person: -1, they: true})
}

// titleGoesOn reports whether the lowercase word at i continues a pending
// title: "of", "to", "for" start its complement ("Ambassador to Italy"),
// "the" and "and" join its parts, and lowercase words inside a complement
// lead to a capitalised one ("of the municipal People's Committee").
func (s *scanner) titleGoesOn(i int) bool {
	if !s.pre.hasTitle() || s.pre.afterComma {
		return false
	}
	switch low := s.toks[i].low; low {
	case "of", "to", "for", "at", "in":
		if low != "at" && low != "in" || s.pre.complement {
			s.pre.complement = true
			s.pre.to = s.pre.to || low == "to"
			return true
		}
	case "the", "and":
		return true
	}
	return s.pre.complement && s.capitalSoon(i)
}

// countryGroup records "the Syrian trio", "a Saudi delegation": a group of
// the prefix's country.
func (s *scanner) countryGroup(i, size int) {
	t := s.toks[i]
	cc := s.pre.country
	start := max(s.pre.start, t.start)
	s.pre = newPrefix()
	s.out = append(s.out, mention{kind: mGroup, first: i, last: i, start: start, end: t.end,
		ctxStart: start, groupSize: size, country: cc, person: -1})
}

// capitalSoon reports whether an uppercase word follows within two tokens.
func (s *scanner) capitalSoon(i int) bool {
	for j := i + 1; j < len(s.toks) && j <= i+2; j++ {
		if !s.toks[j].word {
			return false
		}
		if s.toks[j].upper {
			return true
		}
	}
	return false
}

func (s *scanner) pronoun(i int) {
	t := s.toks[i]
	s.out = append(s.out, mention{kind: mPronoun, first: i, last: i, start: t.start, end: t.end, ctxStart: t.start, person: -1})
}

// groupNouns are the plural nouns of "the two leaders", "both sides".
var groupNouns = map[string]bool{
	"leaders": true, "men": true, "women": true, "presidents": true, "ministers": true,
	"sides": true, "officials": true, "diplomats": true, "counterparts": true, "mayors": true,
	"governors": true, "monarchs": true, "envoys": true, "heads": true, "parties": true,
	"delegations": true, "chiefs": true, "premiers": true, "secretaries": true,
}

// groupWords are the nouns of "the Syrian trio", "the Saudi delegation"
// with the group's size when the word says it.
var groupWords = map[string]int{"trio": 3, "duo": 2, "pair": 2, "delegation": 0, "side": 0, "team": 0, "guests": 0, "visitors": 0}

// group recognises group references at i and returns their length.
func (s *scanner) group(i int) int {
	if low := s.toks[i].low; low != "the" && low != "both" {
		return 0 // every group phrase opens with one of these
	}
	w := s.lowWords(i, 4)
	if len(w) < 2 || s.toks[i].quoted {
		return 0
	}
	add := func(n, size int, guest bool, cc string) int {
		t0, t1 := s.toks[i], s.toks[i+n-1]
		s.flushTitle(i)
		s.out = append(s.out, mention{kind: mGroup, first: i, last: i + n - 1, start: t0.start, end: t1.end,
			ctxStart: t0.start, groupSize: size, guest: guest, country: cc, person: -1})
		return n
	}
	switch {
	case w[0] == "the" && len(w) > 2 && w[1] == "two" || w[0] == "both":
		n := 2
		if w[0] == "the" {
			n = 3
		}
		for k := n - 1; k < len(w) && k <= n; k++ {
			if groupNouns[w[k]] {
				return add(k+1, 2, false, "")
			}
		}
	case w[0] == "the" && (w[1] == "pair" || w[1] == "duo"):
		return add(2, 2, false, "")
	case w[0] == "the" && (w[1] == "guests" || w[1] == "guest" || w[1] == "visitors" || w[1] == "visitor" || w[1] == "delegation"):
		return add(2, 1, true, "")
	}
	return 0
}

// adjectival are titles that, lowercase and followed by a word, are
// adjectives or compounds rather than people ("official visit").
var adjectival = map[string]bool{
	"official": true, "head": true, "chief": true, "leader": true, "chair": true,
	"counterpart": true, "founder": true, "scholar": true, "director": true, "speaker": true,
}

// flushTitle turns a pending title with no name after it into a title-only
// mention ending before token end.
func (s *scanner) flushTitle(end int) {
	p := s.pre
	s.pre = newPrefix()
	if !p.hasTitle() || p.titleKey == "" {
		return
	}
	last := p.titleLast
	for j := p.titleLast + 1; j < end && j < len(s.toks); j++ {
		if s.toks[j].upper && s.toks[j].low != "the" && s.toks[j].is(bStop) {
			break // "his counterpart Wednesday": a weekday or month ends the title
		}
		if s.toks[j].word && (s.toks[j].upper || s.toks[j].low == "of") {
			if s.toks[j].upper {
				last = j
			}
			continue
		}
		if !s.toks[j].word || s.toks[j].low != "the" && s.toks[j].low != "and" && s.toks[j].low != "to" && s.toks[j].low != "for" && !(s.toks[j].poss || s.capitalSoon(j)) {
			break
		}
	}
	t0, t1 := s.toks[p.titleFirst], s.toks[last]
	if !p.det && !t0.upper && p.country == "" {
		return // "talks on security chief matters": a bare lowercase title is no reference
	}
	if adjectival[p.titleKey] && !t0.upper && last+1 < len(s.toks) && s.toks[last+1].word && !s.toks[last+1].upper && !s.toks[last+1].is(bStop) && s.toks[last+1].low != "of" {
		return // "an official visit", "the head office"
	}
	s.out = append(s.out, mention{kind: mTitle, first: p.titleFirst, last: last, start: t0.start, end: t1.end,
		ctxStart: max(p.start, 0), title: s.text[t0.start:t1.end], titleKey: p.titleKey,
		country: p.country, placeCity: p.cityOf, person: -1})
}
