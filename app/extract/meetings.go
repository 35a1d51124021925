package extract

import (
	"parley/app"
)

// candidate is a meeting found in one clause, before merging.
type candidate struct {
	sent       int // sentence index
	a, b       int // clause token range
	cue        cueHit
	kind       app.Kind
	people     []int     // resolved participants (registry indices), in order
	agents     []int     // participants mentioned before the cue
	unnamed    []mention // counterparts referred to by title only
	laterNamed bool      // a participant was named only after the meeting sentence
	lead       int       // for a bullet: 1 + the lead sentence, whose date and place it shares
	explicit   int       // participants named or titled in the clause itself
	date       app.Date
	dateSet    bool // the clause has its own date expression (even unresolved)
	conflict   bool
	weekday    int  // 1 + the weekday an unresolved "on Tuesday" names, 0 when none
	inherited  bool // the date came from a neighbouring meeting or sentence
	future     bool
	place      app.Place
	placeWhy   string // "text", "dateline", "title"
	venue      string
	topics     []string
	evStart    int
	evEnd      int
}

// named reports how many named participants c has.
func (c *candidate) named() int { return len(c.people) }

// has reports whether person p takes part in c.
func (c *candidate) has(p int) bool {
	for _, q := range c.people {
		if q == p {
			return true
		}
	}
	return false
}

// add adds person p once.
func (c *candidate) add(p int) {
	if p >= 0 && !c.has(p) {
		c.people = append(c.people, p)
	}
}

// nounCue are cues that name the meeting rather than report it: a sentence
// about who attended "the meeting" is not another meeting.
var nounCue = map[string]bool{"meeting": true, "meetings": true, "talks": true, "conversation": true}

// attendanceWords mark a sentence that lists who else was there.
var attendanceWords = map[string]bool{
	"present": true, "attended": true, "accompanied": true, "attendance": true, "joined": true, "assisted": true,
}

// detectMeetings finds the meeting candidates of every body sentence.
func (a *analysis) detectMeetings() {
	for si := range a.sents {
		s := &a.sents[si]
		if s.heading {
			continue
		}
		if a.attendance(si) {
			continue
		}
		n := len(a.cands)
		a.sentenceMeetings(si)
		if len(a.cands) == n && s.lead > 0 {
			if c := a.bulletMeeting(si); c != nil {
				a.cands = append(a.cands, c)
			}
		}
	}
}

// sentenceMeetings adds the meeting candidates of each clause of sentence si.
func (a *analysis) sentenceMeetings(si int) {
	var prev *candidate
	cls := clauses(a.sents[si].toks)
	for k, cl := range cls {
		c := a.clauseMeeting(si, cl, prev)
		if c == nil && k > 0 {
			c = a.whenVisit(si, cls[0], cl)
		}
		if c != nil {
			a.cands = append(a.cands, a.splitSeparate(c)...)
			prev = c
		}
	}
}

// clauseMeeting returns the meeting a clause reports, or nil.
func (a *analysis) clauseMeeting(si int, cl clause, prev *candidate) *candidate {
	s := &a.sents[si]
	hit, ok := findCue(a.lex, s.toks, cl.a, cl.b)
	if !ok {
		if !cl.continued || prev == nil || cl.a >= len(s.toks) || s.toks[cl.a].low != "with" {
			return nil
		}
		hit = prev.cue
		hit.pos = cl.a
	}
	c := &candidate{sent: si, a: cl.a, b: cl.b, cue: hit, kind: hit.kind}
	if cl.continued && prev != nil {
		for _, p := range prev.agents {
			c.add(p)
			c.agents = append(c.agents, p)
		}
	}
	a.participants(c, si)
	if !a.valid(c) {
		return nil
	}
	if last := a.lastCandidate(); last != nil && !cl.continued && (c.explicit == 0 || a.definiteNoun(si, hit.pos, last)) {
		c.kind = last.kind // "the two presidents exchanged views", "in the talks, ...": more about the last meeting
	}
	return c
}

// definiteNoun reports whether the cue at token pos of sentence si is "the
// talks" or "the meeting" shortly after the last meeting: it names that
// occasion again, so it keeps that occasion's kind (a video call is not
// turned into an in-person meeting by "In the talks, ...").
func (a *analysis) definiteNoun(si, pos int, last *candidate) bool {
	toks := a.sents[si].toks
	if si-last.sent > 3 {
		return false
	}
	return pos > 0 && nounCue[toks[pos].low] && toks[pos-1].low == "the" || leadIn(toks)
}

// leadIn reports whether a sentence opens by naming the last occasion
// again: "During the call, ...", "In the meeting, ...", "At the talks ...".
func leadIn(toks []token) bool {
	for i := 0; i+2 < len(toks) && i < 3; i++ {
		if leadPreps[toks[i].low] && toks[i+1].low == "the" && (nounCue[toks[i+2].low] || callNouns[toks[i+2].low]) {
			return true
		}
	}
	return false
}

// leadPreps open a phrase that places a sentence inside an occasion.
var leadPreps = map[string]bool{"during": true, "in": true, "at": true, "throughout": true}

// callNouns name a call, which nounCue leaves out because "call" alone is
// no meeting cue ("called for", "a call to action").
var callNouns = map[string]bool{"call": true, "phone": true, "telephone": true}

// whenVisit reads "the President said ... when Prime Minister X came to
// Manila on an official visit": a visit in a when-clause with one named
// visitor is a meeting with the sentence's subject.
func (a *analysis) whenVisit(si int, main, cl clause) *candidate {
	s := &a.sents[si]
	if cl.a >= len(s.toks) || s.toks[cl.a].low != "when" {
		return nil
	}
	hit, ok := findCueOf(a.lex, s.toks, cl.a, cl.b, true)
	if !ok {
		return nil
	}
	c := &candidate{sent: si, a: cl.a, b: cl.b, cue: hit, kind: hit.kind}
	a.participants(c, si)
	if c.named() != 1 || len(c.unnamed) > 0 {
		return nil
	}
	for _, m := range a.ments[si] {
		if m.first >= main.a && m.first < main.b && m.person >= 0 && (m.kind == mName || m.kind == mTitle) {
			if !c.has(m.person) {
				c.add(m.person)
				c.agents = append(c.agents, m.person)
				return c
			}
			return nil
		}
	}
	return nil
}

// valid applies the participant rules: a strong cue needs one named person
// and a counterpart, a weak cue two named people; a meeting of two people
// known only by title waits for their names.
func (a *analysis) valid(c *candidate) bool {
	n, u := c.named(), len(c.unnamed)
	if !c.cue.strong {
		return n >= 2
	}
	return n >= 1 && n+u >= 2 || n == 0 && u >= 2
}

// participants collects the people of the clause: names, titles resolved to
// people, unresolved titles as unnamed counterparts, then pronouns and
// groups when fewer than two people are named.
func (a *analysis) participants(c *candidate, si int) {
	ms := a.ments[si]
	var soft []int
	for k := range ms {
		m := &ms[k]
		if m.first < c.a || m.first >= c.b {
			continue
		}
		if m.kind == mName && (possessedObject(a.sents[si].toks, m.last, c.cue.pos) || sender(a.sents[si].toks, m.first)) {
			continue
		}
		switch m.kind {
		case mName:
			a.addPerson(c, m.person, m.first)
			c.explicit++
		case mTitle:
			c.explicit++
			if m.person >= 0 {
				a.addPerson(c, m.person, m.first)
			} else if !a.isAgentTitle(c, m) {
				c.unnamed = append(c.unnamed, *m)
			}
		default:
			soft = append(soft, k)
		}
	}
	if c.named() >= 2 {
		return
	}
	grouped := false
	for _, k := range soft {
		m := &ms[k]
		if m.kind == mPronoun {
			a.addPerson(c, m.person, m.first)
			continue
		}
		if m.they && (grouped || c.named() >= 2) {
			continue // "the Syrian trio ..., where they were received": one group, counted once
		}
		for _, p := range a.resolveGroup(m, c) {
			a.addPerson(c, p, m.first)
			grouped = true
		}
	}
}

// senderNouns are what absent people send: "greetings from X".
var senderNouns = map[string]bool{
	"greetings": true, "message": true, "messages": true, "letter": true, "wishes": true,
	"regards": true, "behalf": true, "congratulations": true, "condolences": true, "invitation": true,
}

// sender reports whether the mention starting at token k only sends
// something ("conveyed greetings from Prime Minister X", "on behalf of X"):
// the sender is not at the meeting.
func sender(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := toks[j]
		if !t.word && t.low == "," && j > 0 && toks[j-1].upper {
			continue // "greetings from Qatar's Emir, Sheikh Tamim": an appositive
		}
		if !t.word {
			return false
		}
		if (t.low == "from" || t.low == "of") && j > 0 && senderNouns[toks[j-1].low] {
			return true
		}
		if !t.upper && t.low != "from" && t.low != "of" && t.low != "the" {
			return false
		}
	}
	return false
}

// isAgentTitle reports whether an unresolved title is the same office as
// a named participant's (no second person hides behind it).
func (a *analysis) isAgentTitle(c *candidate, m *mention) bool {
	for _, p := range c.people {
		for _, k := range a.reg.people[p].titleKeys {
			if k == m.titleKey && (m.country == "" || m.country == a.reg.people[p].country) {
				return true
			}
		}
	}
	return false
}

// addPerson adds p to c, as an agent when mentioned before the cue.
func (a *analysis) addPerson(c *candidate, p, tok int) {
	if p < 0 || c.has(p) {
		return
	}
	c.add(p)
	if tok < c.cue.pos {
		c.agents = append(c.agents, p)
	}
}

// resolveGroup returns the people a group phrase refers to: "the two
// leaders" the last meeting's pair, "the Syrian trio" the last meeting's
// Syrians, "the guests" the last person named.
func (a *analysis) resolveGroup(m *mention, c *candidate) []int {
	last := a.lastCandidate()
	switch {
	case m.kind == mGroup && m.guest:
		if p := a.lastPersonBefore(m, c); p >= 0 {
			return []int{p}
		}
	case m.kind == mGroup && m.country != "":
		if last == nil {
			return nil
		}
		var out []int
		for _, p := range last.people {
			if cc := a.reg.people[p].country; cc == "" || cc == m.country {
				out = append(out, p)
			}
		}
		return out
	case m.kind == mGroup:
		if last != nil && last.named() >= 2 {
			return last.people
		}
		return a.lastTwo(m)
	}
	return nil
}

func (a *analysis) lastCandidate() *candidate {
	if len(a.cands) == 0 {
		return nil
	}
	return a.cands[len(a.cands)-1]
}

// attendance handles "X and Y were present at the reception" and "Also
// present were ...": the named people join the last meeting, if it is near.
func (a *analysis) attendance(si int) bool {
	s := &a.sents[si]
	hit, lead := false, false
	for k, t := range s.toks {
		if t.word && !t.quoted && t.is(bAttend) {
			hit, lead = true, k < 3 // "Also present was X, who briefed ...": attendance first
			break
		}
	}
	last := a.lastCandidate()
	if !hit || last == nil || si-last.sent > 6 {
		return false
	}
	if h, ok := findCue(a.lex, s.toks, 0, len(s.toks)); ok && !nounCue[s.toks[h.pos].low] && !lead {
		return false
	}
	n := 0
	for _, m := range a.ments[si] {
		if m.kind == mName && m.person >= 0 {
			last.add(m.person)
			n++
		}
	}
	return n > 0
}
