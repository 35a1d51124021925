package extract

import (
	"strings"
	"unicode"
)

// A blog post or a diplomat's diary says "I met the governor": the writer,
// named in a byline ("Posted by Jane Doe, Consul General in X"), is then a
// participant. Without a named writer "I" refers to no one.

// bylinePrefixes open a line naming the writer (compared in lower case).
var bylinePrefixes = []string{"posted by ", "written by ", "by ", "author: "}

// bylineLines is how many lines from the top and from the bottom may hold
// the byline.
const bylineLines = 8

// findAuthor registers the writer named in a byline as a person and
// returns their index, or -1.
func (a *analysis) findAuthor() int {
	for li, ln := range a.lines {
		if li >= bylineLines && li < len(a.lines)-bylineLines {
			continue
		}
		s, e, ok := bylineName(ln.text)
		if !ok {
			continue
		}
		toks := tokenize(a.text, ln.start+s, ln.start+e)
		for _, m := range findMentions(a.gaz, a.text, toks) {
			if m.kind == mName && len(a.reg.tokens(m.name)) >= 2 && m.first == 0 {
				return a.reg.add(&m, 0)
			}
		}
	}
	return -1
}

// bylineName returns the byte range in t of the name and title after a
// byline prefix: "Posted by Jane Doe, Consul General" gives "Jane Doe,
// Consul General". The name must be two to four capitalised words.
func bylineName(t string) (s, e int, ok bool) {
	if len(t) > 160 {
		return 0, 0, false
	}
	low := lowerHead(t, 12)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(low, p) {
			s = len(p)
			break
		}
	}
	if s == 0 {
		return 0, 0, false
	}
	e = len(t)
	if i := strings.IndexAny(t[s:], "|"); i >= 0 {
		e = s + i
	}
	name := t[s:e]
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return 0, 0, false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "0123456789@") {
			return 0, 0, false
		}
	}
	return s, e, true
}
