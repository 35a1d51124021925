package extract

import (
	"strings"
	"unicode/utf8"
)

// Press releases list the people a visitor met as bullet points under a
// lead sentence: "During the visit she held separate meetings with:"
// followed by "- the Minister of Trade, Jane Doe;" lines, or a lead naming
// the visitor followed by "- met the Governor of X, John Roe." lines. Each
// bullet is then one meeting of the lead's people with the bullet's.

// bulletMarks open a bullet line.
var bulletMarks = []string{"- ", "– ", "— ", "• ", "* ", "· ", "▪ ", "◦ "}

// bulletMark returns the byte length of the bullet marker opening t, or 0.
func bulletMark(t string) int {
	for _, m := range bulletMarks {
		if strings.HasPrefix(t, m) {
			return len(m)
		}
	}
	return 0
}

// markBullets finds the bullet lines that follow a lead line ending with a
// colon: they are body text (not furniture, not headings) and remember
// their lead; so is the lead itself.
func markBullets(lines []line) {
	lead := -1
	for i := range lines {
		ln := &lines[i]
		if lead >= 0 && bulletMark(ln.text) > 0 {
			ln.lead, ln.furniture, ln.heading = lead+1, false, false
			continue
		}
		lead = -1
		if r, _ := utf8.DecodeLastRuneInString(ln.text); r == ':' && i+1 < len(lines) && bulletMark(lines[i+1].text) > 0 && !ln.furniture {
			ln.heading, lead = false, i
		}
	}
}

// leadSentence returns the index of the last sentence of line li, or -1.
func (a *analysis) leadSentence(li int) int {
	for si := len(a.sents) - 1; si >= 0; si-- {
		if a.sents[si].para == li {
			return si
		}
		if a.sents[si].para < li {
			break
		}
	}
	return -1
}

// bulletMeeting returns the meeting bullet sentence si reports with its
// lead sentence: the lead's people (before its cue) meet the bullet's, on
// the lead's cue or the bullet's own. It returns nil when either side
// names no one or neither has a cue.
func (a *analysis) bulletMeeting(si int) *candidate {
	s := &a.sents[si]
	l := s.lead - 1
	if l < 0 {
		return nil
	}
	hit, ok := findCue(a.lex, s.toks, 0, len(s.toks))
	leadHit, leadOK := findCue(a.lex, a.sents[l].toks, 0, len(a.sents[l].toks))
	if !ok && !leadOK {
		return nil
	}
	upTo := len(a.sents[l].toks)
	if leadOK {
		upTo = leadHit.pos
	}
	if !ok {
		hit = leadHit
		hit.pos = 0
	}
	c := &candidate{sent: si, a: 0, b: len(s.toks), cue: hit, kind: hit.kind, lead: l + 1}
	for _, m := range a.ments[l] {
		if m.first < upTo && m.kind != mGroup && m.person >= 0 && !c.has(m.person) {
			c.add(m.person)
			c.agents = append(c.agents, m.person)
		}
	}
	for _, m := range a.ments[si] {
		if (m.kind == mName || m.kind == mTitle) && m.person >= 0 && !c.has(m.person) {
			c.add(m.person)
			c.explicit++
		}
	}
	if len(c.agents) == 0 || c.explicit == 0 {
		return nil
	}
	return c
}
