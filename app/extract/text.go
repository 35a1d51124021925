package extract

import (
	"regexp"

	"parley/app"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-empty line of the article with its byte offsets.
type line struct {
	start, end int
	text       string
	heading    bool // a headline, subtitle or section label: not body text
	furniture  bool // page furniture: not content at all
	lead       int  // for a bullet line: 1 + the index of its lead line, else 0
	raw        int  // where the line starts before a stripped header
}

// sentence is one sentence of body text, with its tokens.
type sentence struct {
	start, end int // byte offsets in the article text
	para       int // index of the paragraph (line) it belongs to
	text       string
	toks       []token
	heading    bool
	lead       int // for a bullet: 1 + the index of its lead sentence, else 0
}

// token is one word or punctuation mark of a sentence.
type token struct {
	low        string // lowercase, without dots (the word as written is text[start:end])
	start, end int    // byte offsets in the article text
	word       bool
	upper      bool // starts with an uppercase letter
	poss       bool // followed by a possessive 's
	quoted     bool // inside quotation marks
	lex        lexBits
}

// is reports whether t's lowercase form is in one of the word lists b.
func (t *token) is(b lexBits) bool { return t.lex&b != 0 }

var headerRe = regexp.MustCompile(`^date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*`)

// splitLines cuts text into trimmed non-empty lines, strips a leading
// " date YYYY-MM-DD" header (returned) and marks page furniture, which is
// dropped, and headings.
func splitLines(text string) (lines []line, header string) {
	off := 0
	blank := false // a blank line came before the next line
	for off <= len(text) {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		s, e := trimSpan(text, off, end)
		if s < e {
			raw := s
			if len(lines) == 0 && header == "" {
				if m := headerRe.FindStringSubmatchIndex(text[s:e]); m != nil {
					header = text[s+m[2] : s+m[3]]
					s += m[1]
				}
			}
			if s < e {
				lines = appendLine(lines, text, s, e, blank)
				if ln := &lines[len(lines)-1]; ln.start == s {
					ln.raw = raw
				}
			}
			blank = false
		} else {
			blank = true
		}
		if nl < 0 {
			break
		}
		off = end + 1
	}
	markHeadings(lines)
	for i := range lines {
		lines[i].furniture = isFurniture(lines[i].text)
	}
	markBullets(lines)
	return lines, header
}

// appendLine adds the line [s, e) of text, or joins it to the previous
// line when that one was hard-wrapped (PDF and e-mail text break long
// sentences across lines): a long previous line with no blank line between
// that does not end a sentence.
func appendLine(lines []line, text string, s, e int, blank bool) []line {
	if n := len(lines); n > 0 && !blank && wrapped(text[lines[n-1].raw:lines[n-1].end]) && !datelineStart(text[s:e]) && !ownLine(text[s:e]) && bulletMark(text[s:e]) == 0 {
		lines[n-1].end = e
		lines[n-1].text = text[lines[n-1].start:e]
		return lines
	}
	return append(lines, line{start: s, end: e, text: text[s:e]})
}

// datelineStart reports whether a line opens with a dateline in capitals
// ("ANKARA (AA) –", "KUWAIT CITY, June 3"): a new paragraph, not a wrap.
func datelineStart(t string) bool {
	i := strings.IndexAny(t, ",(:—–-")
	if i < 3 || strings.ContainsAny(t[:i], ".!?") {
		return false
	}
	return isUpperWord(strings.TrimSpace(t[:i]))
}

// ownLine reports whether a line stands on its own even right after a
// long unfinished one: a date line ("Apr 06, 2023") or a wire dateline
// with a date and an agency ("Sharjah [UAE], April 6 (ANI/WAM): ...").
// A headline followed by such a line is no hard wrap.
func ownLine(t string) bool {
	if len(t) <= 60 {
		if _, _, ok := dateLine(t, app.Date{}); ok {
			return true
		}
	}
	head := t[:min(len(t), 110)]
	if !mayBeDateline(head) {
		return false
	}
	g := datelineRe.FindStringSubmatchIndex(head)
	return g != nil && g[4] >= 0 && g[6] >= 0 && g[1] < len(head)
}

// wrapped reports whether a line looks cut by a hard wrap: long, and
// ending inside a sentence.
func wrapped(t string) bool {
	if utf8.RuneCountInString(t) < 50 {
		return false
	}
	t = stripTail(t)
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.':
		return isAbbrevBefore(t[:len(t)-1]) // "... from H.E." goes on
	case '!', '?', '"', '”', ')', ':', '’', '\'':
		return false
	}
	return true
}

// trimSpan shrinks [s, e) of text past surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// markHeadings flags lines that do not end like a sentence (headlines,
// subtitles, labels, captions credited without a full stop) as headings.
func markHeadings(lines []line) {
	for i := range lines {
		t := stripTail(lines[i].text)
		r, _ := utf8.DecodeLastRuneInString(t)
		switch r {
		case '.', '!', '?', '"', '”', ')', '’', '\'':
			continue
		}
		if len(t) > 150 && strings.Count(t, ". ") >= 2 {
			continue // a paragraph of sentences with a leftover at its end ("... Sri Lanka. IMG_0412")
		}
		lines[i].heading = true
	}
}

// stripTail removes a short credit or sign-off after a sentence's end
// ("... on Friday. — VNA/VNS Photo", "... again. –ONA", "... (end)") so
// that the line is judged by its sentence.
func stripTail(t string) string {
	u := strings.TrimSuffix(t, "(end)")
	if len(u) < len(t) {
		return strings.TrimSpace(u)
	}
	i := strings.LastIndexAny(t, ".!?”\"")
	if i < 0 || len(t)-i > 32 {
		return t
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	tail := strings.TrimSpace(t[i+n:])
	for _, d := range []string{"--", "—", "–", "-"} {
		if strings.HasPrefix(tail, d) && !strings.ContainsAny(tail[len(d):], ".,;:!?") {
			return t[:i+n]
		}
	}
	return t
}

// isFurniture reports whether a line is page furniture: share buttons,
// comment prompts, subscription notices, read counters, sign-offs, bylines.
func isFurniture(t string) bool {
	if len(t) > 200 {
		return false // furniture is short; a paragraph is content
	}
	t = strings.TrimSpace(t)
	low := lowerHead(t, lexicons().furnitureMax+1)
	for _, p := range lexicons().furniture {
		if strings.HasPrefix(low, p) && (len(low) == len(p) || !isWordByte(low[len(p)])) {
			return true
		}
	}
	if isSignoff(t) || strings.HasPrefix(t, "* ") {
		return true
	}
	if strings.HasPrefix(low, "by ") && len(strings.Fields(t)) <= 6 && !strings.ContainsAny(t, ".,") {
		return true
	}
	if strings.HasSuffix(lowerTail(t, 4), " ago") && len(strings.Fields(t)) <= 4 {
		return true
	}
	return false
}

// lowerHead returns the lower case of at least the first n bytes of t (the
// cut moves forward to a rune boundary): enough for prefix tests without
// lowering a whole paragraph.
func lowerHead(t string, n int) string {
	for n < len(t) && !utf8.RuneStart(t[n]) {
		n++
	}
	return strings.ToLower(t[:min(n, len(t))])
}

// lowerTail is lowerHead for the last n bytes of t.
func lowerTail(t string, n int) string {
	k := max(len(t)-n, 0)
	for k > 0 && !utf8.RuneStart(t[k]) {
		k--
	}
	return strings.ToLower(t[k:])
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// isSignoff reports whether t is an agency sign-off line: "-- BERNAMA".
func isSignoff(t string) bool {
	for _, d := range []string{"--", "—", "–", "-"} {
		if rest, ok := strings.CutPrefix(t, d); ok {
			rest = strings.TrimSpace(rest)
			return len(rest) >= 2 && len(rest) <= 13 && isLetters(rest)
		}
	}
	return false
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// abbreviations whose full stop does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true,
	"sr": true, "gen": true, "lt": true, "col": true, "capt": true, "maj": true, "brig": true,
	"adm": true, "sen": true, "rep": true, "gov": true, "hon": true, "rev": true, "no": true,
	"nos": true, "vs": true, "inc": true, "ltd": true, "co": true, "corp": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "h.e": true,
	"e.g": true, "i.e": true, "a.m": true, "p.m": true, "messrs": true, "amb": true,
}

// splitSentences cuts the line [s, e) of text into sentences.
func splitSentences(text string, s, e int) [][2]int {
	var out [][2]int
	start := s
	for i := s; i < e; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < e && (text[j] == '"' || text[j] == ')' || strings.HasPrefix(text[j:e], "”") || strings.HasPrefix(text[j:e], "’")) {
			if text[j] < 0x80 {
				j++
			} else {
				j += 3
			}
		}
		if j >= e || text[j] != ' ' && text[j] != '\n' {
			continue
		}
		k := j
		for k < e && (text[k] == ' ' || text[k] == '\n') {
			k++
		}
		if k >= e || !startsSentence(text[k:e]) || (c == '.' && isAbbrevBefore(text[start:i])) {
			continue
		}
		out = append(out, [2]int{start, j})
		start = k
		i = k - 1
	}
	if start < e {
		out = append(out, [2]int{start, e})
	}
	return out
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '(' || r == '‘'
}

// isAbbrevBefore reports whether the word ending s is an abbreviation or an
// initial, so that the following full stop is not a sentence end.
func isAbbrevBefore(s string) bool {
	k := len(s)
	for k > 0 && s[k-1] != ' ' && s[k-1] != '(' {
		k--
	}
	w := strings.ToLower(s[k:])
	if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") && len(w) <= 5 {
		r, _ := utf8.DecodeRuneInString(s[k:])
		return unicode.IsUpper(r) || abbreviations[w]
	}
	return abbreviations[w]
}

// tokenize splits the sentence [s, e) of text into tokens.
func tokenize(text string, s, e int) []token {
	return appendTokens(make([]token, 0, (e-s)/5+4), lexicons(), text, asciiLower(text), s, e)
}

// asciiLower returns text with its ASCII capitals lowered and every other
// byte kept, so that byte offsets stay valid: the lowercase form of most
// words is then a slice of it rather than a new string.
func asciiLower(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// appendTokens appends the tokens of the sentence [s, e) of text to toks;
// low is asciiLower(text).
func appendTokens(toks []token, l *lexicon, text, low string, s, e int) []token {
	inQuote := false
	for i := s; i < e; {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:e])
		}
		switch {
		case r == ' ':
			i++
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(text, i, e)
			t := newWordToken(text, low, i, j, inQuote)
			t.lex = l.wordBits(t.low)
			toks = append(toks, t)
			i = j
		default:
			if r == '“' || r == '”' || r == '"' {
				inQuote = quoteState(r, inQuote)
			}
			p := text[i : i+n]
			toks = append(toks, token{low: p, start: i, end: i + n, quoted: inQuote, lex: l.wordBits(p)})
			i += n
		}
	}
	return toks
}

func quoteState(r rune, in bool) bool {
	switch r {
	case '“':
		return true
	case '”':
		return false
	}
	return !in
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// initialGlued reports whether the dot at j ends a one-letter initial
// glued to a capitalised name ("D.Tsogtbaatar", Mongolian style), not an
// acronym ("U.S", "U.N").
func initialGlued(text string, i, j, e int) bool {
	if j-i != 1 || text[i] < 'A' || text[i] > 'Z' || j+2 >= e {
		return false
	}
	a, n := utf8.DecodeRuneInString(text[j+1 : e])
	b, _ := utf8.DecodeRuneInString(text[j+1+n : e])
	return unicode.IsUpper(a) && unicode.IsLower(b)
}

// wordEnd returns the end of the word starting at i: letters, digits and
// marks, joined by inner hyphens, apostrophes and dots (al-Shaibani,
// Nuku'alofa, U.S).
func wordEnd(text string, i, e int) int {
	j := i
	for j < e {
		c := text[j]
		if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:e])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '.' && initialGlued(text, i, j, e) {
			break // "D.Tsogtbaatar": an initial, then the name
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' || r == '‑' {
			r2, _ := utf8.DecodeRuneInString(text[min(j+n, e):e])
			if j+n < e && isWordRune(r2) && !(r == '.' && unicode.IsLower(r2)) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

func newWordToken(text, low string, i, j int, quoted bool) token {
	w := text[i:j]
	t := token{start: i, end: j, word: true, quoted: quoted}
	// A possessive 's is not part of the word.
	if n := len(w); n > 3 && w[n-2:] == "'s" {
		w, t.poss = w[:n-2], true
	}
	if n := len(w); n > 5 && w[n-4:] == "’s" {
		w, t.poss = w[:n-4], true
	}
	t.end = i + len(w)
	t.low = lowerWordAt(w, low, i)
	t.upper = startsUpper(w) || particleName(w)
	return t
}

// lowerWordAt is lowerWord(w) for the word w at byte i of the text whose
// asciiLower is low: a plain ASCII word is sliced from low.
func lowerWordAt(w, low string, i int) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 0x80 || c == '.' {
			return lowerWord(w)
		}
	}
	return low[i : i+len(w)]
}

// lowerWord returns w in lower case without dots, allocating only when
// it has to.
func lowerWord(w string) string {
	plain := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 || c == '.' || c >= 'A' && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	if strings.IndexByte(w, '.') >= 0 {
		w = strings.ReplaceAll(w, ".", "")
	}
	return strings.ToLower(w)
}

// startsUpper reports whether the first cased letter of w is uppercase
// (ʻUlukalala, 'Abdullah).
func startsUpper(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf && isWordRune(rune(w[0])) {
		return w[0] >= 'A' && w[0] <= 'Z' // the common case: an ASCII letter or digit first
	}
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
		if unicode.IsLower(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// particleName reports whether w is a name with a lowercase Arabic
// particle: al-Shaibani, el-Sisi, bin-Salman.
func particleName(w string) bool {
	if len(w) < 4 || w[0] != 'a' && w[0] != 'e' && w[0] != 'b' && w[0] != 'i' && w[0] != 'A' {
		return false
	}
	i := strings.IndexByte(w[:min(len(w), 4)], '-')
	if i < 1 || i+1 >= len(w) {
		return false
	}
	switch w[:i] {
	case "al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "bin", "ibn", "abu", "abd":
		return startsUpper(w[i+1:])
	}
	return false
}
