package storage

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"parley/app"
)

// generator makes reproducible, realistic-looking batches for tests and
// benchmarks: people, cities, dates over 20 years, mixed statuses.
type generator struct {
	rng    *rand.Rand
	people []string
	cities []app.Place
	next   int    // articles made so far, for unique hashes
	tag    string // makes hashes differ between generators with other seeds
}

var syllables = strings.Fields("ka ri mo na le sa to vi ju an el or pa de ni ha ze lu mi ro be ta")

func newGenerator(seed uint64, people, cities int) *generator {
	g := &generator{rng: rand.New(rand.NewPCG(seed, 1)), tag: fmt.Sprint(seed)}
	for i := range people {
		g.people = append(g.people, fmt.Sprintf("%s %s%d", g.word(2), g.word(3), i))
	}
	countries := strings.Fields("IR KR FR US DE CN RU TR IN BR JP EG SA GB IT ES")
	for i := range cities {
		g.cities = append(g.cities, app.Place{City: g.word(3), Country: countries[i%len(countries)],
			Lat: g.rng.Float64()*120 - 60, Lon: g.rng.Float64()*300 - 150, GeoID: int64(1000 + i)})
	}
	return g
}

func (g *generator) word(n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[g.rng.IntN(len(syllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// batch returns n articles with perArticle meetings each.
func (g *generator) batch(n, perArticle int) []app.NewArticle {
	out := make([]app.NewArticle, n)
	for i := range out {
		g.next++
		text := fmt.Sprintf("Report %d. %s met %s to discuss %s. ", g.next, g.pick(), g.pick(), g.word(3))
		out[i] = app.NewArticle{
			Article: app.Article{Path: fmt.Sprintf("gen/%06d.txt", g.next), Hash: fmt.Sprintf("gen-%s-%d", g.tag, g.next),
				Format: "txt", Title: "Generated " + g.word(2), Outlet: "Generator", Text: text},
		}
		for range perArticle {
			out[i].Meetings = append(out[i].Meetings, g.meeting(len(text)))
		}
	}
	return out
}

func (g *generator) pick() string { return g.people[g.rng.IntN(len(g.people))] }

func (g *generator) meeting(textLen int) app.Meeting {
	statuses := []app.Status{app.StatusNew, app.StatusNew, app.StatusNew, app.StatusConfirmed, app.StatusRejected}
	m := app.Meeting{
		Kind:       app.Kinds[g.rng.IntN(len(app.Kinds))],
		Status:     statuses[g.rng.IntN(len(statuses))],
		Confidence: g.rng.Float64(),
		Topics:     []string{g.word(3)},
		Sources:    []app.Source{{Evidence: "generated", Span: app.Span{Start: 0, End: min(9, textLen)}}},
	}
	if g.rng.IntN(10) > 0 { // one in ten undated
		m.Date = app.Date{Year: 2006 + g.rng.IntN(20), Month: 1 + g.rng.IntN(12), Day: 1 + g.rng.IntN(28)}
	}
	if g.rng.IntN(5) > 0 {
		m.Place = g.cities[g.rng.IntN(len(g.cities))]
	}
	for range 2 + g.rng.IntN(2) {
		c := g.cities[g.rng.IntN(len(g.cities))].Country
		m.Participants = append(m.Participants, app.Participant{Name: g.pick(), Title: "Minister", Country: c})
	}
	return m
}
