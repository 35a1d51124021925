package extract

import (
	"parley/app"
	"parley/app/extract/dates"
)

// analysis is the working state of one extraction.
type analysis struct {
	x      *Extractor
	gaz    gaz // the extractor's gazetteer with a memo for this article
	lex    *lexicon
	text   string
	low    string // asciiLower(text)
	lines  []line
	meta   meta
	sents  []sentence
	ments  [][]mention // per sentence
	reg    registry
	dates  []dates.Mention
	author int   // the writer named in a byline, whom "I" refers to; -1 when none
	recent []int // person indices in the order they are mentioned
	seen   []int // per person: 1 + the index in recent of their last mention, 0 if none
	cands  []*candidate
	// meetingSents marks the sentences that report a meeting candidate.
	meetingSents map[int]bool
	// meetCity is a city the article says its meetings were held in
	// ("All four meetings were held ... in Phnom Penh").
	meetCity app.Place
}

// segment cuts the body into sentences (after the dateline) and headings.
func (a *analysis) segment() {
	for li, ln := range a.lines {
		if ln.furniture {
			continue
		}
		start := ln.start
		if li == a.meta.datelineLine && a.meta.datelineEnd > start {
			start = a.meta.datelineEnd
		}
		if start >= ln.end {
			continue
		}
		if ln.heading && li != a.meta.datelineLine {
			a.addSentence(start, ln.end, li, true)
			continue
		}
		end := ln.start + len(stripTail(ln.text)) // a credit or sign-off is no part of the sentence
		lead := -1
		if ln.lead > 0 {
			lead = a.leadSentence(ln.lead - 1)
			start += bulletMark(ln.text)
		}
		for _, sp := range splitSentences(a.text, start, max(end, start)) {
			a.addSentence(sp[0], sp[1], li, false)
			if lead >= 0 && len(a.sents) > 0 && a.sents[len(a.sents)-1].para == li {
				a.sents[len(a.sents)-1].lead = lead + 1
			}
		}
	}
}

func (a *analysis) addSentence(s, e, para int, heading bool) {
	s, e = trimSpan(a.text, s, e)
	if s >= e {
		return
	}
	if a.low == "" {
		a.low = asciiLower(a.text)
	}
	toks := appendTokens(make([]token, 0, (e-s)/5+4), a.lex, a.text, a.low, s, e)
	a.sents = append(a.sents, sentence{start: s, end: e, para: para, text: a.text[s:e],
		toks: toks, heading: heading})
}

// findPeople finds every mention and builds the person registry: full
// names first, then partial names, so that "Marcos" finds "Ferdinand
// Marcos Jr." even when the full name comes later.
func (a *analysis) findPeople() {
	a.ments = make([][]mention, len(a.sents))
	buf := make([]mention, 0, 3*len(a.sents)) // about three mentions a sentence
	sc := new(scanner)
	for i := range a.sents {
		if !a.sents[i].heading {
			n := len(buf)
			buf = sc.appendMentions(buf, a.gaz, a.text, a.sents[i].toks)
			a.ments[i] = buf[n:len(buf):len(buf)]
		}
	}
	for i := range a.ments {
		for k := range a.ments[i] {
			m := &a.ments[i][k]
			if m.kind == mName && !m.single && len(a.reg.tokens(m.name)) >= 2 {
				m.person = a.reg.add(m, i)
			}
		}
	}
	a.author = -1
	if a.hasSelf() {
		a.author = a.findAuthor()
	}
	for i := range a.ments {
		a.linkCounterparts(a.ments[i])
	}
	for i := range a.ments {
		for k := range a.ments[i] {
			m := &a.ments[i][k]
			if m.kind != mName || m.person >= 0 {
				continue
			}
			m.person = a.reg.byName(m.name)
			if m.person < 0 && m.titled {
				m.person = a.reg.add(m, i)
			} else if m.person >= 0 {
				a.reg.people[m.person].merge(m)
			}
		}
	}
}

// hasSelf reports whether any sentence says "I", "me" or "my".
func (a *analysis) hasSelf() bool {
	for _, ms := range a.ments {
		for _, m := range ms {
			if m.self {
				return true
			}
		}
	}
	return false
}

// linkCounterparts records whom "his counterpart X" mirrors: the person
// named before X in the sentence, whose office X holds too.
func (a *analysis) linkCounterparts(ms []mention) {
	prev := -1
	for _, m := range ms {
		if m.kind != mName || m.person < 0 {
			continue
		}
		if m.titleKey == "counterpart" && prev >= 0 && prev != m.person && a.reg.people[m.person].mirrors == 0 {
			a.reg.people[m.person].mirrors = prev + 1
		}
		prev = m.person
	}
}

// resolve links titles and pronouns to people, in reading order.
func (a *analysis) resolve() {
	a.seen = make([]int, len(a.reg.people))
	for i := range a.ments {
		inSent := map[int]bool{}
		for k := range a.ments[i] {
			m := &a.ments[i][k]
			switch m.kind {
			case mName:
			case mTitle:
				m.person = a.reg.byTitle(m.titleKey, m.country, a.seen, inSent)
			case mPronoun:
				if m.self {
					m.person = a.author
				} else if len(a.recent) > 0 {
					m.person = a.recent[len(a.recent)-1]
				}
			}
			if m.person >= 0 {
				a.recent = append(a.recent, m.person)
				a.seen[m.person] = len(a.recent)
				inSent[m.person] = true
			}
		}
	}
}

// lastPersonBefore returns the last person mentioned before m who is not
// already in c, or -1.
func (a *analysis) lastPersonBefore(m *mention, c *candidate) int {
	for si := c.sent; si >= 0 && si >= c.sent-3; si-- {
		ms := a.ments[si]
		for k := len(ms) - 1; k >= 0; k-- {
			if si == c.sent && ms[k].first >= m.first {
				continue
			}
			if p := ms[k].person; p >= 0 && !c.has(p) {
				return p
			}
		}
	}
	return -1
}

// lastTwo returns the two people mentioned last before m.
func (a *analysis) lastTwo(m *mention) []int {
	var out []int
	for si := len(a.sents) - 1; si >= 0; si-- {
		for k := len(a.ments[si]) - 1; k >= 0; k-- {
			x := a.ments[si][k]
			if x.start >= m.start || x.person < 0 {
				continue
			}
			if len(out) == 0 || out[0] != x.person {
				out = append(out, x.person)
			}
			if len(out) == 2 {
				return out
			}
		}
	}
	return nil
}

// sentenceOf returns the index of the sentence holding byte offset off, or -1.
func (a *analysis) sentenceOf(off int) int {
	lo, hi := 0, len(a.sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if a.sents[mid].end <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(a.sents) && a.sents[lo].start <= off {
		return lo
	}
	return -1
}
