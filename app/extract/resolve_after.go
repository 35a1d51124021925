package extract

// fillUnnamed gives names to counterparts known only by title when the
// article names them in the next sentences ("The official, Trần Chí
// Cường, said ..."): people first mentioned after the meeting sentence,
// in order, one per unnamed counterpart.
func (a *analysis) fillUnnamed() {
	used := map[int]bool{} // people of earlier meetings: they are not the newcomers
	for _, c := range a.cands {
		if len(c.unnamed) == 0 {
			for _, p := range c.people {
				used[p] = true
			}
			continue
		}
		var fresh []int
		for si := c.sent + 1; si < len(a.sents) && si <= c.sent+4 && len(fresh) < len(c.unnamed); si++ {
			if a.sents[si].heading {
				continue
			}
			for _, m := range a.ments[si] {
				p := m.person
				if m.kind != mName || p < 0 || used[p] || c.has(p) || a.reg.people[p].firstSent != si {
					continue
				}
				fresh = append(fresh, p)
				used[p] = true
				if len(fresh) == len(c.unnamed) {
					break
				}
			}
		}
		for k, p := range fresh {
			c.add(p)
			a.learnTitle(p, c.unnamed[k])
			c.laterNamed = true
		}
		c.unnamed = c.unnamed[len(fresh):]
		for _, p := range c.people {
			used[p] = true
		}
	}
	a.dropNameless()
}

// learnTitle gives person p the title and country of the title-only
// mention that turned out to be them, when they had none.
func (a *analysis) learnTitle(p int, m mention) {
	pp := &a.reg.people[p]
	if pp.title == "" {
		pp.title = m.title
	}
	if pp.country == "" {
		pp.country = m.country
	}
	pp.addTitleKey(m.titleKey)
}

// dropNameless removes candidates that still have no named participant.
func (a *analysis) dropNameless() {
	out := a.cands[:0]
	for _, c := range a.cands {
		if c.named() >= 1 {
			out = append(out, c)
		}
	}
	a.cands = out
}
