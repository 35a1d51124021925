package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is the shape of a token.
type kind uint8

const (
	tWord    kind = iota // letters (and digits after a letter: "G20")
	tNum                 // a free-standing number of up to four digits, maybe ordinal ("30th")
	tNumDate             // a numeric date cluster ("2024-08-13", "16.11.2016"), parts in a, b, c
	tJunk                // any other digit cluster: clock times, decimals, grouped or glued numbers
	tPunct               // one punctuation rune in a (dashes folded to '-')
)

// token is one unit of text. Offsets are bytes into the scanned text.
type token struct {
	start, end int
	kind       kind
	space      bool   // whitespace or the start of the text comes before it
	upper      bool   // a word beginning with an upper-case letter
	ord        bool   // a number with an ordinal suffix
	digits     uint8  // digits of a number
	sep        byte   // separator of a numeric date
	lex        lexeme // meaning of a word
	a, b, c    int    // value of a number, parts of a numeric date, rune of a punctuation
}

// tokenize appends the tokens of s to buf.
func tokenize(s string, buf []token) []token {
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		var t token
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
			continue
		case c >= '0' && c <= '9':
			t = scanNumber(s, i)
		case (c == 'h' || c == 'w') && isURL(s[i:]):
			t = token{start: i, end: urlEnd(s, i), kind: tJunk}
		case c < utf8.RuneSelf && isLetter(c):
			t = scanWord(s, i)
		case c < utf8.RuneSelf:
			t = token{start: i, end: i + 1, kind: tPunct, a: int(c)}
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			if unicode.IsLetter(r) {
				t = scanWord(s, i)
			} else {
				t = token{start: i, end: i + n, kind: tPunct, a: int(foldDash(r))}
			}
		}
		t.space = space
		space = false
		buf = append(buf, t)
		i = t.end
	}
	return buf
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// foldDash maps the dash-like runes news text uses to '-'.
func foldDash(r rune) rune {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	}
	return r
}

// wordEnd returns where the word (letters, marks and digits) starting at i ends.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isLetter(c) && !isDigit(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return i
		}
		i += n
	}
	return i
}

func scanWord(s string, i int) token {
	end := wordEnd(s, i)
	t := token{start: i, end: end, kind: tWord}
	t.upper = s[i] >= 'A' && s[i] <= 'Z'
	t.lex = lookup(s[i:end])
	return t
}

// digitsEnd returns where the run of ASCII digits starting at i ends.
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// isURL reports whether s starts with a web address, whose path digits
// ("/2024/08/13/story") are no date in the text.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// urlEnd returns where the address starting at i ends: at the next space
// or at a closing bracket or quote.
func urlEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ' ', '\t', '\n', '\r', ')', ']', '"', '>', '<':
			return j
		}
	}
	return len(s)
}
