package extract

import (
	"strings"

	"parley/app"
)

// placePreps are the words after which a city names where something happened.
var placePreps = map[string]bool{"in": true, "at": true, "to": true, "of": true, "near": true, "visited": true, "visiting": true}

// settlementWords before "of" introduce a place name: "the city of Antalya".
var settlementWords = map[string]bool{"city": true, "town": true, "capital": true, "port": true, "village": true}

// venueNouns are lowercase words that make "at the ..." a venue.
var venueNouns = map[string]bool{
	"headquarters": true, "palace": true, "hotel": true, "residence": true, "office": true,
	"rectorate": true, "campus": true, "building": true, "ministry": true, "embassy": true,
	"consulate": true, "house": true, "hall": true, "secretariat": true, "parliament": true,
}

// ownPlace sets c's city from its clause, else its sentence, and its venue
// from "at ..." in the clause. Calls have no place.
func (a *analysis) ownPlace(c *candidate) {
	s := &a.sents[c.sent]
	c.venue = a.venue(s, c.a, c.b)
	if c.kind != app.KindInPerson {
		return
	}
	if p, ok := a.cityIn(c.sent, c.a, c.b); ok {
		c.place, c.placeWhy = p, "text"
		return
	}
	if p, ok := a.cityIn(c.sent, 0, len(s.toks)); ok {
		c.place, c.placeWhy = p, "sentence"
		return
	}
	if c.lead > 0 {
		if p, ok := a.cityIn(c.lead-1, 0, len(a.sents[c.lead-1].toks)); ok {
			c.place, c.placeWhy = p, "text"
		}
	}
}

// cityIn returns the first city named after a preposition in tokens
// [lo, hi) of sentence si, outside people's names and titles.
func (a *analysis) cityIn(si, lo, hi int) (app.Place, bool) {
	s := &a.sents[si]
	for i := max(lo, 1); i < hi; i++ {
		t := s.toks[i]
		if !t.word || !t.upper || t.quoted || !placePreps[s.toks[i-1].low] && !settlementAfterPrep(s.toks, i) || a.inPersonSpan(si, t.start) {
			continue
		}
		if s.toks[i-1].low == "of" && (i < 2 || !settlementWords[s.toks[i-2].low]) {
			continue // only "the city of Antalya": "the University of X", "in charge of Sabah" are no venues
		}
		j := i
		for j < hi && s.toks[j].word && (s.toks[j].upper || connectors[s.toks[j].low]) && j-i < 3 {
			j++
			if s.toks[j-1].poss {
				break
			}
		}
		if j < len(s.toks) && s.toks[j].word && s.toks[j].is(bOrg) || a.runHasOrg(s, i, j) {
			continue
		}
		for k := j; k > i; k-- {
			if a.runHasOrg(s, i, k) {
				continue
			}
			name := a.text[s.toks[i].start:s.toks[k-1].end]
			if p, ok := a.gaz.city(name); ok {
				return p, true
			}
		}
	}
	return app.Place{}, false
}

// settlementAfterPrep reports whether token i follows "in the capital",
// "in capital", "in the Turkish capital", "to the port city": a settlement
// noun right before it, a place preposition at most three words earlier.
func settlementAfterPrep(toks []token, i int) bool {
	if i < 2 || !settlementWords[toks[i-1].low] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if !toks[k].word {
			return false
		}
		switch toks[k].low {
		case "in", "at", "to":
			return true
		}
	}
	return false
}

func (a *analysis) runHasOrg(s *sentence, i, k int) bool {
	for j := i; j < k; j++ {
		if s.toks[j].is(bOrg) {
			return true
		}
	}
	return false
}

// inPersonSpan reports whether off lies in a person's name or the title
// before it ("Ambassador to Tehran Kim Junpyo").
func (a *analysis) inPersonSpan(si, off int) bool {
	for _, m := range a.ments[si] {
		if m.kind == mName && off >= m.ctxStart && off < max(m.end, m.ctxEnd) {
			return true
		}
		if m.kind == mTitle && off >= m.start && off < m.end {
			return true
		}
	}
	return false
}

// venue returns the place after "at" in tokens [lo, hi) when it looks like
// a building or an institution ("at Raj Bhavan", "at the organization's
// headquarters").
func (a *analysis) venue(s *sentence, lo, hi int) string {
	for i := lo; i < hi-1; i++ {
		if s.toks[i].low != "at" || s.toks[i].quoted {
			continue
		}
		j, ok := i+1, false
		for j < hi && s.toks[j].word && j-i <= 7 && !venueStop(s.toks[j].low) {
			if s.toks[j].upper || venueNouns[s.toks[j].low] {
				ok = true
			}
			j++
		}
		if ok && j > i+1 {
			v := a.text[s.toks[i+1].start:s.toks[j-1].end]
			return strings.TrimPrefix(v, "the ")
		}
	}
	return ""
}

func venueStop(w string) bool {
	switch w {
	case "on", "in", "to", "for", "today", "yesterday", "here", "where", "and", "with", "during", "after", "before", "as", "last", "this":
		return true
	}
	return false
}

// findMeetCity looks for a sentence saying where the meetings were held
// ("All four meetings were held on the margins of ... in Phnom Penh").
func (a *analysis) findMeetCity() {
	for si := range a.sents {
		s := &a.sents[si]
		if s.heading {
			continue
		}
		held, meet := false, false
		for _, t := range s.toks {
			held = held || t.low == "held" || t.low == "took"
			meet = meet || t.low == "meetings" || t.low == "talks" || t.low == "meeting"
		}
		if !held || !meet || a.hasName(si) {
			continue
		}
		if p, ok := a.cityIn(si, 0, len(s.toks)); ok {
			a.meetCity = p
			return
		}
	}
}

func (a *analysis) hasName(si int) bool {
	for _, m := range a.ments[si] {
		if m.kind == mName && m.person >= 0 {
			return true
		}
	}
	return false
}

// defaultPlace places in-person meetings the text does not place: where
// the article says its meetings were held, else the dateline city, else
// the city of a participant's office ("the mayor of Isfahan").
func (a *analysis) defaultPlace(c, prev *candidate) {
	if c.kind != app.KindInPerson || c.place.City != "" {
		return
	}
	if prev != nil && prev.kind == app.KindInPerson && prev.place.City != "" && c.dateSet && c.date == prev.date && !c.date.IsZero() {
		c.place, c.placeWhy = prev.place, prev.placeWhy // "Later in the day ...": the same city
		return
	}
	switch {
	case a.meetCity.City != "":
		c.place, c.placeWhy = a.meetCity, "text"
	case a.meta.datelineCity.City != "":
		c.place, c.placeWhy = a.meta.datelineCity, "dateline"
	default:
		for _, p := range c.people {
			if city := a.reg.people[p].cityOf; city != "" {
				if pl, ok := a.gaz.city(city); ok {
					c.place, c.placeWhy = pl, "title"
					return
				}
			}
		}
	}
}
