package extract

// One sentence may report several occasions with one subject: "X met
// separately with A, B and C", "held separate meetings with A and B",
// "held bilateral meetings with A and B". Each counterpart then has a
// meeting of their own with the subject.

// separateMarks are the words that make a list of counterparts a list of
// meetings.
var separateMarks = map[string]bool{"separately": true, "separate": true, "individually": true}

// pluralOccasions are cue nouns whose plural says there were several
// occasions ("held meetings with", "phone calls with").
var pluralOccasions = map[string]bool{"meetings": true, "calls": true}

// separately reports whether the clause [a, b) of toks says its
// counterparts were met one by one.
func separately(toks []token, a, b, cue int) bool {
	for i := a; i < b; i++ {
		if toks[i].word && !toks[i].quoted && separateMarks[toks[i].low] {
			return true
		}
	}
	return cue < b && pluralOccasions[toks[cue].low]
}

// splitSeparate returns c as one candidate per counterpart when its clause
// says the meetings were separate and it has at least one agent and two
// counterparts; otherwise c alone.
func (a *analysis) splitSeparate(c *candidate) []*candidate {
	if len(c.agents) == 0 || len(c.people)-len(c.agents) < 2 || !separately(a.sents[c.sent].toks, c.a, c.b, c.cue.pos) {
		return []*candidate{c}
	}
	var out []*candidate
	for _, p := range c.people {
		if isAgent(c, p) {
			continue
		}
		x := *c
		x.people = append(append([]int(nil), c.agents...), p)
		x.agents = append([]int(nil), c.agents...)
		x.unnamed = nil
		out = append(out, &x)
	}
	return out
}

func isAgent(c *candidate, p int) bool {
	for _, q := range c.agents {
		if q == p {
			return true
		}
	}
	return false
}
