package extract

import "strings"

// topicEnd are words that end a topic list.
var topicEnd = map[string]bool{
	"said": true, "saying": true, "adding": true, "while": true, "which": true, "who": true,
	"before": true, "after": true, "during": true, "according": true, "as": true,
}

// topics collects short topic phrases after "discussed", "focused on",
// "emphasized" in the meeting sentence and the two after it, up to the
// next meeting's sentence.
func (a *analysis) topics(c *candidate) []string {
	var out []string
	for si := c.sent; si < len(a.sents) && si <= c.sent+2 && len(out) < 5; si++ {
		if si > c.sent && (a.sents[si].heading || a.meetingSents[si]) {
			break // the next meeting's sentence speaks of that meeting
		}
		out = append(out, a.topicsIn(&a.sents[si])...)
	}
	return dedupe(out, 5)
}

func (a *analysis) topicsIn(s *sentence) []string {
	var out []string
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].quoted {
			continue
		}
		n := a.lex.topicCues.matchToks(s.toks, i, len(s.toks))
		if n == 0 {
			continue
		}
		out = append(out, a.topicList(s, i+n)...)
	}
	return out
}

// topicList reads a list of short phrases from token i: "trade,
// investment and the digital economy".
func (a *analysis) topicList(s *sentence, i int) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, cleanTopic(a.text[s.toks[start].start:s.toks[end-1].end]))
		}
		start = -1
	}
	j := i
	for ; j < len(s.toks) && j < i+24; j++ {
		t := s.toks[j]
		if !t.word {
			if t.low != "," {
				break
			}
			flush(j)
			continue
		}
		if topicEnd[t.low] || t.quoted {
			break
		}
		if t.low == "and" || t.low == "as" && j+2 < len(s.toks) && s.toks[j+1].low == "well" {
			flush(j)
			continue
		}
		if start < 0 {
			start = j
		}
		if j-start >= 7 {
			break
		}
	}
	flush(j)
	return out
}

// cleanTopic trims articles and filler from a topic phrase.
func cleanTopic(s string) string {
	for _, p := range []string{"the ", "ways to ", "ways of ", "issues of ", "the need to ", "how to ", "on ", "about "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSpace(s)
}

func dedupe(in []string, n int) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range in {
		k := strings.ToLower(t)
		if t == "" || seen[k] || len(strings.Fields(t)) > 8 {
			continue
		}
		seen[k] = true
		out = append(out, t)
		if len(out) == n {
			break
		}
	}
	return out
}
