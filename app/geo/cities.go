package geo

import (
	"strings"

	"parley/app/geo/fold"
)

// match is one city a folded name may mean: the city's index shifted left
// by one, with the low bit set when the key is the city's own name or ASCII
// name rather than an alternate.
type match uint32

func newMatch(city int32, exact bool) match {
	m := match(city) << 1
	if exact {
		m |= 1
	}
	return m
}

func (m match) city() int32 { return int32(m >> 1) }
func (m match) exact() bool { return m&1 != 0 }

// multiple marks a byKey value that is an index into Gazetteer.multi: most
// keys name one city, and storing that one inline spares loading a hundred
// thousand tiny slices.
const multiple = 1 << 31

// cityKeys are a city's folded keys, joined by "|" as stored.
type cityKeys struct{ exact, alt string }

// capitalBoost multiplies a capital's population when it competes with
// other exact matches: diplomatic news names a capital far more often than
// a town of the same name ("Nicosia", "San José", "Georgetown"), yet a much
// larger city still wins ("Victoria" is British Columbia's, not the
// Seychelles').
const capitalBoost = 3

// City returns the best match for a city name in any country: exact matches
// of the GeoNames name or ASCII name beat alternate names ("New Delhi" is
// New Delhi, though it is also an alternate name of Delhi); then the larger
// population wins, a capital counting capitalBoost times its population
// among exact matches.
func (g *Gazetteer) City(name string) (City, bool) {
	return g.best(name, "")
}

// CityIn is City restricted to the country with ISO alpha-2 code country
// (any case).
func (g *Gazetteer) CityIn(name, country string) (City, bool) {
	if country == "" {
		return City{}, false
	}
	return g.best(name, strings.ToUpper(country))
}

// CityByID returns the city with this GeoNames id.
func (g *Gazetteer) CityByID(id int64) (City, bool) {
	g.idOnce.Do(g.indexIDs)
	i, ok := g.byID[id]
	if !ok {
		return City{}, false
	}
	return g.cities[i], true
}

// indexIDs builds byID on the first CityByID call: lookups by id are rare
// (reopening a saved place), so Default need not pay for them.
func (g *Gazetteer) indexIDs() {
	g.byID = make(map[int64]int32, len(g.cities))
	for i, c := range g.cities {
		g.byID[c.ID] = int32(i)
	}
}

// Cities returns every city of the gazetteer, largest population first.
// The slice is shared: do not modify it.
func (g *Gazetteer) Cities() []City { return g.cities }

// maxStackKey is the longest fold key looked up without allocating.
const maxStackKey = 64

func (g *Gazetteer) best(name, country string) (City, bool) {
	if c, ok := g.bestKey(name, country); ok {
		return c, true
	}
	if base, ok := cutPossessive(name); ok {
		return g.bestKey(base, country)
	}
	return City{}, false
}

// cutPossessive returns s without a final "'s" or "’s" ("Tehran's").
func cutPossessive(s string) (string, bool) {
	for _, suffix := range []string{"'s", "’s", "'S", "’S"} {
		if base, ok := strings.CutSuffix(s, suffix); ok && base != "" {
			return base, true
		}
	}
	return s, false
}

func (g *Gazetteer) bestKey(name, country string) (City, bool) {
	c, _, ok := g.bestKeyKind(name, country)
	return c, ok
}

// bestKeyKind returns the best city for name and whether it matched by
// its own name.
func (g *Gazetteer) bestKeyKind(name, country string) (City, bool, bool) {
	var buf [maxStackKey]byte
	var one [1]match
	bestI, bestScore, bestExact := int32(-1), 0, false
	for _, m := range g.matches(fold.Append(buf[:0], name), &one) {
		c := &g.cities[m.city()]
		if country != "" && c.Country != country {
			continue
		}
		score := c.Population
		if m.exact() && c.Capital {
			score *= capitalBoost
		}
		better := m.exact() && !bestExact || m.exact() == bestExact && score > bestScore
		if bestI < 0 || better {
			bestI, bestScore, bestExact = m.city(), score, m.exact()
		}
	}
	if bestI < 0 {
		return City{}, false, false
	}
	return g.cities[bestI], bestExact, true
}

// matches returns the cities key may mean. A single match is returned in
// one, so that a lookup allocates nothing (the map index with string(key)
// does not copy the key either).
func (g *Gazetteer) matches(key []byte, one *[1]match) []match {
	v, ok := g.byKey[string(key)]
	switch {
	case !ok:
		return nil
	case v&multiple != 0:
		return g.multi[v&^multiple]
	}
	one[0] = v
	return one[:]
}

// addMatch records that key may mean m.
func (g *Gazetteer) addMatch(key string, m match) {
	v, ok := g.byKey[key]
	switch {
	case !ok:
		g.byKey[key] = m
	case v&multiple != 0:
		g.multi[v&^multiple] = append(g.multi[v&^multiple], m)
	default:
		g.byKey[key] = multiple | match(len(g.multi))
		g.multi = append(g.multi, []match{v, m})
	}
}

// Complete returns up to n cities whose name or an alternate name starts
// with prefix (compared as Fold keys): what a place field offers as the
// user types. Cities whose own name matches come first, then those matched
// by an alternate ("new del" offers New Delhi before Delhi), each group
// largest population first.
func (g *Gazetteer) Complete(prefix string, n int) []City {
	p := Fold(prefix)
	if p == "" || n <= 0 {
		return nil
	}
	var out []City
	// The cities are stored largest first, so each pass meets them in order.
	for i := 0; i < len(g.cities) && len(out) < n; i++ {
		if hasKeyPrefix(g.keys[i].exact, p) {
			out = append(out, g.cities[i])
		}
	}
	for i := 0; i < len(g.cities) && len(out) < n; i++ {
		if hasKeyPrefix(g.keys[i].alt, p) && !hasKeyPrefix(g.keys[i].exact, p) {
			out = append(out, g.cities[i])
		}
	}
	return out
}

// hasKeyPrefix reports whether one of the "|"-joined keys starts with p.
func hasKeyPrefix(joined, p string) bool {
	for {
		if strings.HasPrefix(joined, p) {
			return true
		}
		i := strings.IndexByte(joined, '|')
		if i < 0 {
			return false
		}
		joined = joined[i+1:]
	}
}
