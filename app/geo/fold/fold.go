// Package fold computes the matching key of place names: the form under
// which "Đà Nẵng", "Da-Nang" and "DA NANG" are one name.
//
// It is a leaf package so that both the gazetteer (app/geo) and the
// generator of its embedded data (assets/internal/gengeo) use the very
// same function: the data files store keys already folded, and a key
// folded differently at build and at run time would never match.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// String returns the matching key of s: lower case; diacritics removed
// (compatibility decomposition minus combining marks); letters that Unicode
// does not decompose replaced by their usual Latin spelling (đ->d, ı->i,
// ł->l, ø->o, ß->ss, æ->ae, œ->oe, þ->th); apostrophes, okinas and full
// stops removed ("Nuku'alofa" -> "nukualofa", "D.C." -> "dc"); every other
// run of non-letters and non-digits (spaces, hyphens, commas) turned into
// one space, with none at either end.
func String(s string) string {
	if isPlainASCII(s) {
		return s
	}
	if !isASCII(s) {
		// The normaliser leaves text after an invalid byte undecomposed,
		// so invalid bytes become the gap they would be anyway first.
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, " ")
		}
		s = norm.NFKD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r) || isDropped(r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if gap && b.Len() > 0 {
				b.WriteByte(' ')
			}
			gap = false
			writeLetter(&b, unicode.ToLower(r))
		default:
			gap = true
		}
	}
	return b.String()
}

// Append appends the key of s, as String computes it, to dst and returns
// the extended slice. For ASCII text it allocates nothing, which lets a
// caller look a key up in a map through a stack buffer.
func Append(dst []byte, s string) []byte {
	if !isASCII(s) {
		return append(dst, String(s)...)
	}
	start, gap := len(dst), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '`' || c == '.':
			continue
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			if gap && len(dst) > start {
				dst = append(dst, ' ')
			}
			gap = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		default:
			gap = true
		}
	}
	return dst
}

// isPlainASCII reports whether s is already folded: lower-case ASCII
// letters and digits with single inner spaces. Most lookups of already
// folded keys take this path and allocate nothing.
func isPlainASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isDropped reports the characters removed without leaving a gap: the
// apostrophe family (Nuku'alofa, Sana'a, Hawai'i with an okina, Arabic
// ayn and hamza in transliterations) and the full stop of abbreviations.
func isDropped(r rune) bool {
	switch r {
	case '\'', '`', '.', '\u00b4', '\u2018', '\u2019', '\u02bb', '\u02bc',
		'\u02be', '\u02bf', '\u02b9', '\u0384', '\u2032':
		return true
	}
	return false
}

// special spells the lower-case letters that have no Unicode decomposition.
var special = map[rune]string{
	'đ': "d", 'ð': "d", 'ı': "i", 'ł': "l", 'ø': "o", 'ß': "ss",
	'æ': "ae", 'œ': "oe", 'þ': "th", 'ħ': "h", 'ŀ': "l", 'ŧ': "t",
	'ɨ': "i", 'ƀ': "b", 'ɗ': "d", 'ɓ': "b", 'ƙ': "k", 'ŋ': "ng",
}

func writeLetter(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return
	}
	if s, ok := special[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(r)
}
