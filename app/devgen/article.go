package devgen

import (
	"fmt"
	"strings"

	"parley/app"
	"parley/app/geo"
)

// textBuilder writes an article's text and remembers where each evidence
// sentence landed.
type textBuilder struct {
	strings.Builder
}

// sentence appends s (after a space, or a paragraph break when para) and
// returns its span.
func (b *textBuilder) sentence(s string, para bool) app.Span {
	switch {
	case b.Len() == 0:
	case para:
		b.WriteString("\n\n")
	default:
		b.WriteByte(' ')
	}
	start := b.Len()
	b.WriteString(s)
	return app.Span{Start: start, End: b.Len()}
}

// article makes one article reporting k meetings. Its meetings happen in
// the month before a random day, where the article is datelined.
func (g *Generator) article(k int) app.NewArticle {
	day := g.firstDay + 30 + g.rng.IntN(max(g.days-30, 1))
	city := g.cities[g.rng.IntN(len(g.cities))]
	published := app.DayDate(unixDay(day))
	outlet := outlets[g.rng.IntN(len(outlets))]
	var b textBuilder
	b.sentence(fmt.Sprintf("%s, %s %d (%s) – Diplomatic contacts continued this month.",
		strings.ToUpper(city.Name), monthNames[published.Month-1], published.Day, outlet), false)
	meetings := make([]app.Meeting, k)
	for i := range meetings {
		meetings[i] = g.meeting(&b, day, city)
		for range g.rng.IntN(3) {
			b.sentence(fmt.Sprintf(fillers[g.rng.IntN(len(fillers))], topics[g.rng.IntN(len(topics))]), false)
		}
	}
	text, hash := g.unique(b.String())
	format := choose(g.rng, []string{"html", "txt", "pdf", "docx", "md"}, []int{50, 25, 15, 8, 2})
	return app.NewArticle{
		Article: app.Article{
			Path: fmt.Sprintf("generated/%04d/%02d/article-%06d.%s", published.Year, published.Month, g.next+1, format),
			Hash: hash, Format: format, Title: g.title(meetings[0]), Outlet: outlet, Published: published,
			DatelineCity: city.Name, DatelineDate: app.Date{Year: published.Year, Month: published.Month, Day: published.Day},
			Text: text,
		},
		Meetings: meetings,
	}
}

// title is a headline naming the first meeting's first two participants.
func (g *Generator) title(m app.Meeting) string {
	surname := func(p app.Participant) string { return p.Name[strings.LastIndexByte(p.Name, ' ')+1:] }
	return fmt.Sprintf("%s and %s discuss %s", surname(m.Participants[0]), surname(m.Participants[1]), m.Topics[0])
}

// meeting makes one meeting in the month before day, writes its evidence
// sentence into b and records it as the meeting's source.
func (g *Generator) meeting(b *textBuilder, day int, dateline geo.City) app.Meeting {
	m := app.Meeting{
		Kind:   choose(g.rng, app.Kinds, []int{75, 15, 10}),
		Status: choose(g.rng, []app.Status{app.StatusNew, app.StatusConfirmed, app.StatusRejected}, []int{60, 30, 10}),
		Topics: g.topics(),
	}
	m.Date = g.dateNear(day)
	if m.Kind == app.KindInPerson && g.rng.IntN(10) > 0 {
		c := dateline
		if g.rng.IntN(2) == 0 {
			c = g.cities[g.rng.IntN(len(g.cities))]
		}
		m.Place = app.Place{City: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, GeoID: c.ID}
		if g.rng.IntN(7) == 0 {
			m.Venue = venues[g.rng.IntN(len(venues))]
		}
	}
	for _, p := range g.pick(choose(g.rng, []int{2, 3, 4}, []int{80, 15, 5})) {
		m.Participants = append(m.Participants, app.Participant{Name: g.spelling(p), Title: p.title, Organization: p.org, Country: p.country})
	}
	evidence := g.evidence(m)
	m.Sources = []app.Source{{Evidence: evidence, Span: b.sentence(evidence, true)}}
	g.review(&m)
	return m
}

// dateNear returns a date of mixed precision within the 30 days before day.
func (g *Generator) dateNear(day int) app.Date {
	t := app.DayDate(unixDay(day - g.rng.IntN(30)))
	switch r := g.rng.IntN(100); {
	case r < 8:
		return app.Date{}
	case r < 13:
		return app.Date{Year: t.Year}
	case r < 25:
		return app.Date{Year: t.Year, Month: t.Month}
	}
	return t
}

// topics returns one to three distinct topics.
func (g *Generator) topics() []string {
	n := 1 + g.rng.IntN(3)
	start := g.rng.IntN(len(topics))
	out := make([]string, n)
	for i := range out {
		out[i] = topics[(start+i*7)%len(topics)]
	}
	return out
}

// review sets what extraction and a reviewer would have: flags for what is
// missing, a confidence that drops with each flag, and now and then a note.
func (g *Generator) review(m *app.Meeting) {
	if m.Date.IsZero() {
		m.Flags = append(m.Flags, "date unresolved")
	}
	if m.Kind == app.KindInPerson && m.Place.City == "" {
		m.Flags = append(m.Flags, "place unknown")
	}
	if g.rng.IntN(10) == 0 {
		m.Flags = append(m.Flags, "weak meeting cue")
	}
	m.Confidence = max(0.3, 0.95-0.15*float64(len(m.Flags))-0.1*g.rng.Float64())
	if m.Status == app.StatusConfirmed && g.rng.IntN(10) == 0 {
		m.Notes = "Checked against the ministry's statement."
	}
}
