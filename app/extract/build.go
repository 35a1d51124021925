package extract

import (
	"strings"

	"parley/app"
)

// meeting turns a candidate into an app.Meeting with its evidence,
// participants, flags and confidence.
func (a *analysis) meeting(c *candidate) app.Meeting {
	m := app.Meeting{
		Kind:   c.kind,
		Date:   validDate(c.date),
		Place:  c.place,
		Venue:  c.venue,
		Topics: c.topics,
		Status: app.StatusNew,
		Sources: []app.Source{{
			Evidence: a.text[c.evStart:c.evEnd],
			Span:     app.Span{Start: c.evStart, End: c.evEnd},
		}},
	}
	for _, p := range c.people {
		m.Participants = append(m.Participants, a.participant(p, c))
	}
	m.Flags = a.flags(c)
	m.Confidence = confidence(c, len(m.Flags))
	return m
}

// participant returns person p's part in c. A person whose country the
// text does not give is taken to be from the host country when another
// participant is a foreign envoy (an ambassador calls on the governor).
func (a *analysis) participant(p int, c *candidate) app.Participant {
	pp := a.reg.people[p]
	out := app.Participant{Name: pp.name, Title: shortTitle(pp.title), Country: pp.country}
	out.Organization = organisation(pp.title)
	if strings.EqualFold(out.Title, "counterpart") {
		out.Title = a.counterpartTitle(p, c)
	}
	if out.Country == "" && c.place.Country != "" && !isEnvoy(pp.titleKeys) {
		for _, q := range c.people {
			qq := a.reg.people[q]
			if q != p && qq.country != "" && qq.country != c.place.Country && isEnvoy(qq.titleKeys) {
				out.Country = c.place.Country
				break
			}
		}
	}
	return out
}

// counterpartTitle is the title of the person a counterpart mirrors ("his
// Indian counterpart Narendra Modi" of Prime Minister Morrison).
func (a *analysis) counterpartTitle(p int, c *candidate) string {
	if q := a.reg.people[p].mirrors - 1; q >= 0 && a.reg.people[q].title != "" {
		return shortTitle(a.reg.people[q].title)
	}
	for _, q := range c.people {
		if t := a.reg.people[q].title; q != p && t != "" && !strings.EqualFold(t, "counterpart") {
			return shortTitle(t)
		}
	}
	return "Counterpart"
}

// isEnvoy reports whether a title makes its holder a foreign envoy.
func isEnvoy(keys []string) bool {
	for _, k := range keys {
		if strings.Contains(k, "ambassador") || strings.Contains(k, "consul") || strings.Contains(k, "envoy") ||
			strings.Contains(k, "chargé") || strings.Contains(k, "charge d") || strings.Contains(k, "commissioner") {
			return true
		}
	}
	return false
}

// shortTitle trims a title to the office: "Ambassador to Italy" stays, but
// long tails after a comma go.
func shortTitle(t string) string {
	if i := strings.Index(t, ","); i > 0 {
		t = t[:i]
	}
	t = strings.TrimSpace(t)
	if t == "" {
		return ""
	}
	return strings.ToUpper(t[:1]) + t[1:]
}

// organisation returns the institution in "Rector of the University of
// Bergamo" or "Adviser at the Ministry of Heritage": what follows " of the
// " or " at the " when it is capitalised.
func organisation(title string) string {
	for _, sep := range []string{" at the ", " of the "} {
		if i := strings.Index(title, sep); i > 0 {
			rest := title[i+len(sep):]
			if rest != "" && strings.ToUpper(rest[:1]) == rest[:1] {
				return rest
			}
		}
	}
	return ""
}

// flags lists what a reviewer should check.
func (a *analysis) flags(c *candidate) []string {
	var f []string
	switch {
	case c.date.IsZero():
		f = append(f, "date unresolved")
	case c.inherited:
		f = append(f, "date from context")
	}
	if c.conflict {
		f = append(f, "weekday contradicts date")
	}
	if c.placeWhy == "dateline" {
		f = append(f, "place from dateline only")
	}
	if c.kind == app.KindInPerson && c.place.City == "" {
		f = append(f, "place unknown")
	}
	if len(c.unnamed) > 0 {
		f = append(f, "unnamed participant")
	}
	if c.laterNamed {
		f = append(f, "name found later in the article")
	}
	if !c.cue.strong {
		f = append(f, "weak meeting cue")
	}
	return f
}

// confidence starts high for a strong cue with two named people and drops
// for each reason to look.
func confidence(c *candidate, nflags int) float64 {
	v := 0.9
	if !c.cue.strong {
		v = 0.7
	}
	if c.named() < 2 {
		v -= 0.15
	}
	v -= 0.07 * float64(nflags)
	return min(max(v, 0.05), 1)
}
