package devgen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"parley/app"
	"parley/app/geo"
)

// person is one generated person, who keeps a title, organisation and
// country across every meeting they attend. A person with a variant is
// sometimes written with another transliteration of the given name.
type person struct {
	name, variant, title, org, country string
}

// Generator makes the articles of one Config, batch by batch; Generate
// saves them. Use it directly to get articles without a store.
type Generator struct {
	cfg      Config
	rng      *rand.Rand
	people   []person
	cities   []geo.City
	counts   []int // meetings of each article
	next     int   // index of the next article
	hashes   map[string]bool
	firstDay int // days since 1970 of 1 January of the first year
	days     int // days in the date range
}

// New prepares a Generator for cfg with cities from gaz (geo.Default()
// when nil): the gazetteer's largest cities, so places have real names and
// coordinates.
func New(cfg Config, gaz *geo.Gazetteer) (*Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if gaz == nil {
		gaz = geo.Default()
	}
	g := &Generator{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x9e3779b97f4a7c15)), hashes: map[string]bool{}}
	g.cities = gaz.Cities()[:min(cfg.Cities, len(gaz.Cities()))]
	g.people = g.makePeople(cfg.People)
	g.counts = spread(g.rng, cfg.Meetings, cfg.Articles)
	first, _ := app.Date{Year: cfg.LastYear - cfg.Years + 1, Month: 1, Day: 1}.Time()
	last, _ := app.Date{Year: cfg.LastYear, Month: 12, Day: 31}.Time()
	g.firstDay = int(first.Unix() / 86400)
	g.days = int(last.Sub(first).Hours()/24) + 1
	return g, nil
}

// Done reports whether every article has been made.
func (g *Generator) Done() bool { return g.next >= len(g.counts) }

// Next returns up to n more articles, fewer at the end.
func (g *Generator) Next(n int) []app.NewArticle {
	n = min(n, len(g.counts)-g.next)
	out := make([]app.NewArticle, 0, n)
	for range n {
		out = append(out, g.article(g.counts[g.next]))
		g.next++
	}
	return out
}

// makePeople draws n distinct given name and surname pairs; each person
// represents the country of one of the cities (so countries with many large
// cities have many people, as in the news).
func (g *Generator) makePeople(n int) []person {
	order := g.rng.Perm(len(givenNames) * len(surnames))[:n]
	people := make([]person, n)
	for i, k := range order {
		p := person{
			name:    givenNames[k%len(givenNames)] + " " + surnames[k/len(givenNames)],
			title:   titles[g.rng.IntN(len(titles))],
			country: g.cities[g.rng.IntN(len(g.cities))].Country,
		}
		if g.rng.IntN(10) < 3 {
			p.org = organizations[g.rng.IntN(len(organizations))]
		}
		if v, ok := givenVariants[givenNames[k%len(givenNames)]]; ok && g.rng.IntN(3) == 0 {
			p.variant = v + " " + surnames[k/len(givenNames)]
		}
		people[i] = p
	}
	return people
}

// spread divides total meetings over n articles, each at least one, around
// the mean but uneven: some articles report one meeting, some a dozen.
func spread(rng *rand.Rand, total, n int) []int {
	counts := make([]int, n)
	for i := range counts {
		counts[i] = total / n
		if i < total%n {
			counts[i]++
		}
	}
	for range n {
		from, to := rng.IntN(n), rng.IntN(n)
		k := rng.IntN(counts[from]) // leaves at least one
		counts[from] -= k
		counts[to] += k
	}
	return counts
}

// pick returns k distinct people.
func (g *Generator) pick(k int) []person {
	out := make([]person, 0, k)
	for len(out) < k {
		p := g.people[g.rng.IntN(len(g.people))]
		if !slices.ContainsFunc(out, func(q person) bool { return q.name == p.name }) {
			out = append(out, p)
		}
	}
	return out
}

// choose returns one of l, weighted by weights (same length).
func choose[T any](rng *rand.Rand, l []T, weights []int) T {
	total := 0
	for _, w := range weights {
		total += w
	}
	r := rng.IntN(total)
	for i, w := range weights {
		if r < w {
			return l[i]
		}
		r -= w
	}
	return l[len(l)-1]
}

// unique makes text differ from every earlier article's (two articles with
// the same text would be one article to storage) by adding a sentence, and
// returns it with its content hash.
func (g *Generator) unique(text string) (string, string) {
	hash := app.ContentHash(text)
	for i := 2; g.hashes[hash]; i++ {
		text += fmt.Sprintf("\n\nThis is update %d of the report.", i)
		hash = app.ContentHash(text)
	}
	g.hashes[hash] = true
	return text, hash
}

// unixDay returns the UTC midnight of day d counted from 1 January 1970.
func unixDay(d int) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }
