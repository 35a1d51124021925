package extract

// merge folds candidates that report the same occasion into one: the same
// kind, compatible dates and places, and one set of named people
// containing the other. The earliest mention keeps the evidence unless a
// later one names more people.
func (a *analysis) merge() {
	var out []*candidate
	for _, c := range a.cands {
		merged := false
		// Repeats of one occasion sit close together; a window keeps a
		// pathological article with thousands of meetings linear.
		for _, m := range out[max(0, len(out)-mergeWindow):] {
			if a.sameOccasion(m, c) {
				absorb(m, c)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	a.cands = out
}

// mergeWindow is how many earlier meetings a new one is compared with.
const mergeWindow = 64

func (a *analysis) sameOccasion(m, c *candidate) bool {
	if m.kind != c.kind {
		return false
	}
	if m.dateSet && c.dateSet && m.date != c.date {
		return false
	}
	if m.placeWhy == "text" && c.placeWhy == "text" && m.place.City != c.place.City {
		return false
	}
	return subset(m.people, c.people) && a.covers(c, m) || subset(c.people, m.people) && a.covers(m, c)
}

// covers reports whether the people big has beyond small can be small's
// unnamed counterparts: "his talks with the foreign minister of
// Timor-Leste" is not the meeting with the US Secretary of State.
func (a *analysis) covers(big, small *candidate) bool {
	for _, u := range small.unnamed {
		ok := false
		for _, p := range big.people {
			if small.has(p) {
				continue
			}
			pp := a.reg.people[p]
			if (u.country == "" || pp.country == "" || u.country == pp.country) &&
				(len(pp.titleKeys) == 0 || titleScore(u.titleKey, pp.titleKeys) > 0 || isEnvoy([]string{u.titleKey}) && isEnvoy(pp.titleKeys)) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// subset reports whether every person of a is in b (a not empty).
func subset(a, b []int) bool {
	if len(a) == 0 {
		return false
	}
	for _, p := range a {
		found := false
		for _, q := range b {
			if p == q {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// absorb merges c into m.
func absorb(m, c *candidate) {
	if c.named() > m.named() && len(c.people) > len(m.people) && c.cue.strong {
		m.evStart, m.evEnd, m.sent = c.evStart, c.evEnd, c.sent
	}
	for _, p := range c.people {
		m.add(p)
	}
	if !m.dateSet && c.dateSet {
		m.date, m.dateSet, m.conflict = c.date, true, c.conflict
	}
	if (m.place.City == "" || m.placeWhy == "sentence") && c.place.City != "" && (c.placeWhy == "text" || m.place.City == "") {
		m.place, m.placeWhy = c.place, c.placeWhy
	}
	if m.venue == "" {
		m.venue = c.venue
	}
	m.topics = append(m.topics, c.topics...)
	if len(m.unnamed) > 0 && m.named() >= 2 {
		m.unnamed = nil
	}
	m.laterNamed = m.laterNamed || c.laterNamed
}
