package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/app/extract/dates"
	"parley/app/geo"
)

// Some pages come all in lower case (a scraper's output) or all in capitals
// (a wire printout): capitals then tell nothing about names, and the rules
// that find names, sentences and datelines see none. Such a text is read
// through a re-cased copy of the same byte length (offsets stay valid):
// places, calendar names, the first word of each sentence and the words of
// a name get an initial capital. A name is a run of one to four words that
// belong to no word list and stand where names stand: after a title or an
// honorific, before ", title", or after a meeting verb's "with".

// degradedMinLetters is the fewest letters a text needs before its case is
// judged.
const degradedMinLetters = 100

// oneCase reports whether text is written in one case: fewer than one
// letter in a hundred of the other.
func oneCase(text string) bool {
	up, low := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			up, i = up+1, i+1
		case c >= 'a' && c <= 'z':
			low, i = low+1, i+1
		case c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsUpper(r) {
				up++
			} else if unicode.IsLower(r) {
				low++
			}
			i += n
		}
		if (up+low)&127 == 0 && min(up, low)*100 >= up+low && up+low > 0 {
			return false // plainly mixed: most pages are known after a few lines
		}
	}
	if up+low < degradedMinLetters {
		return false
	}
	return up*100 < up+low || low*100 < up+low
}

// recase returns text with the case of a normal English page restored as
// far as the word lists and the gazetteer allow, byte for byte as long.
func recase(z gaz, l *lexicon, text string) string {
	b := []byte(lowerSameLength(text))
	low := string(b)
	words := caseWords(low)
	for i := range words {
		words[i].known = wordListed(l, words[i].w)
	}
	keep := headerEnd(text) // the " date YYYY-MM-DD" header stays as written
	for i := range words {
		if words[i].start >= keep && capitalWord(z, l, words, i) {
			upperFirst(b, words[i].start)
		}
	}
	copy(b, text[:keep])
	return string(b)
}

// headerEnd returns where a leading " date YYYY-MM-DD" header ends, or 0.
func headerEnd(text string) int {
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	if g := headerRe.FindStringIndex(t); g != nil {
		return len(text) - len(t) + g[1]
	}
	return 0
}

// lowerSameLength lowers every letter whose lower case has the same UTF-8
// length and keeps the others.
func lowerSameLength(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if lr := unicode.ToLower(r); lr != r && utf8.RuneLen(lr) == n {
			utf8.EncodeRune(b[i:], lr)
		}
		i += n // an invalid byte (n == 1) stays as it is
	}
	return string(b)
}

// upperFirst capitalises the letter at byte i of b when its capital has
// the same length.
func upperFirst(b []byte, i int) {
	r, n := utf8.DecodeRune(b[i:])
	if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == n {
		utf8.EncodeRune(b[i:], u)
	}
}

// caseWord is one word of a lowered text, with what stands before it.
type caseWord struct {
	start, end int
	w          string
	sentStart  bool // first word of a line or after a sentence end
	afterComma bool
	known      bool // in a word list: not a name word
}

// caseWords splits a lowered text into words. A sentence starts after a
// full stop, a colon and at the start of a line unless the line before
// ended with a word or a comma (a hard wrap inside a sentence).
func caseWords(low string) []caseWord {
	var out []caseWord
	sent, comma := true, false
	last := '\n' // the last character other than a space or a tab
	for i := 0; i < len(low); {
		r, n := utf8.DecodeRuneInString(low[i:])
		if isWordRune(r) {
			j := wordEnd(low, i, len(low))
			w := strings.TrimSuffix(strings.TrimSuffix(low[i:j], "'s"), "’s")
			out = append(out, caseWord{start: i, end: i + len(w), w: w, sentStart: sent, afterComma: comma})
			sent, comma, last = false, false, 'a'
			i = j
			continue
		}
		switch {
		case r == '.' || r == '!' || r == '?' || r == ':':
			sent, comma = true, false
		case r == '\n' && last != 'a' && last != ',':
			sent, comma = true, false
		case r == ',' || r == '(':
			comma = true
		case !unicode.IsSpace(r):
			comma = false
		}
		if r != ' ' && r != '\t' && r != '\r' {
			last = r
		}
		i += n
	}
	return out
}

// capitalWord decides whether word i of words takes a capital.
func capitalWord(z gaz, l *lexicon, words []caseWord, i int) bool {
	w := words[i].w
	switch {
	case words[i].sentStart, dates.IsCalendarName(w), z.countryOrDemonym(w) != "" || bigCity(z, w):
		return true
	case i+1 < len(words) && words[i].end+1 == words[i+1].start && bigCity(z, w+" "+words[i+1].w),
		i > 0 && words[i-1].end+1 == words[i].start && bigCity(z, words[i-1].w+" "+w):
		return true // the second word of a city's name: "makati city"
	case words[i].known:
		return false
	}
	return nameSlot(l, words, i)
}

// wordListed reports whether w is in one of the extractor's word lists or
// is a short function word.
func wordListed(l *lexicon, w string) bool {
	lw := lowerWord(w)
	return len(lw) <= 2 || l.bits[lw] != 0 || l.cueWords[lw] || connectors[lw]
}

// nameSlot reports whether the unlisted word i stands in a run of one to
// four unlisted words that sits where a name sits.
func nameSlot(l *lexicon, words []caseWord, i int) bool {
	a, b := i, i+1
	for a > 0 && i-a < 4 && !words[a].afterComma && !words[a].sentStart && !words[a-1].known {
		a--
	}
	for b < len(words) && b-i < 4 && !words[b].afterComma && !words[b].sentStart && !words[b].known {
		b++
	}
	if b-a > 4 {
		return false
	}
	if a > 0 && !words[a].sentStart && !words[a].afterComma && afterTitle(l, words, a) {
		return true
	}
	if b < len(words) && words[b].afterComma {
		next := lowerWord(words[b].w)
		if next == "the" && b+1 < len(words) {
			next = lowerWord(words[b+1].w)
		}
		return isOneWord(l.titles, l.bits[next]&bTitle, next)
	}
	return false
}

// afterTitle reports whether the words before word a end with a title (and
// its complement: "minister for trade and industry"), an honorific, or a
// meeting's "with".
func afterTitle(l *lexicon, words []caseWord, a int) bool {
	for k := a - 1; k >= 0 && k >= a-7; k-- {
		prev := lowerWord(words[k].w)
		switch {
		case isOneWord(l.titles, l.bits[prev]&bTitle, prev) || isOneWord(l.honorifics, l.bits[prev]&bHonor, prev) || prev == "with" || prev == "counterpart":
			return true
		case l.bits[prev]&(bDept|bOrg) != 0 || prev == "and" || prev == "of" || prev == "for" || prev == "the":
			if words[k].sentStart || words[k].afterComma {
				return false
			}
			continue
		}
		return false
	}
	return false
}

// bigCity reports whether w is the own name of a city of 50,000 people or
// a capital: a lowered common word is often the name of some village
// ("marks", "green").
func bigCity(z gaz, w string) bool {
	if z.g == nil || len(w) < 4 {
		return false
	}
	if z.cache != nil {
		if z.cache.big == nil {
			z.cache.big = map[string]bool{}
		}
		if ok, seen := z.cache.big[w]; seen {
			return ok
		}
	}
	c, kind, ok := z.g.Lookup(w)
	ok = ok && kind == geo.MatchExact && (c.Population >= 50000 || c.Capital)
	if z.cache != nil {
		z.cache.big[w] = ok
	}
	return ok
}

// isOneWord reports whether the word w, whose list bit is bit, is a
// one-word phrase of ps.
func isOneWord(ps phraseSet, bit lexBits, w string) bool {
	return bit != 0 && ps.has(w)
}
