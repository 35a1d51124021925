package geo

import (
	"strings"
)

// match is one city a folded name may mean.
type match struct {
	city  int32
	exact bool // the key is the city's own name or ASCII name, not an alternate
}

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
	return g.best(Fold(name), "")
}

// CityIn is City restricted to the country with ISO alpha-2 code country
// (any case).
func (g *Gazetteer) CityIn(name, country string) (City, bool) {
	if country == "" {
		return City{}, false
	}
	return g.best(Fold(name), strings.ToUpper(country))
}

// CityByID returns the city with this GeoNames id.
func (g *Gazetteer) CityByID(id int64) (City, bool) {
	i, ok := g.byID[id]
	if !ok {
		return City{}, false
	}
	return g.cities[i], true
}

// Cities returns every city of the gazetteer, largest population first.
// The slice is shared: do not modify it.
func (g *Gazetteer) Cities() []City { return g.cities }

func (g *Gazetteer) best(key, country string) (City, bool) {
	bestI, bestScore, bestExact := int32(-1), 0, false
	for _, m := range g.byKey[key] {
		c := &g.cities[m.city]
		if country != "" && c.Country != country {
			continue
		}
		score := c.Population
		if m.exact && c.Capital {
			score *= capitalBoost
		}
		better := m.exact && !bestExact || m.exact == bestExact && score > bestScore
		if bestI < 0 || better {
			bestI, bestScore, bestExact = m.city, score, m.exact
		}
	}
	if bestI < 0 {
		return City{}, false
	}
	return g.cities[bestI], true
}

// Complete returns up to n cities whose name or an alternate name starts
// with prefix (compared as Fold keys), largest population first: what a
// place field offers as the user types.
func (g *Gazetteer) Complete(prefix string, n int) []City {
	p := Fold(prefix)
	if p == "" || n <= 0 {
		return nil
	}
	var out []City
	// The cities are stored largest first, so the first n hits are the answer.
	for i := range g.cities {
		if g.keys[i].hasPrefix(p) {
			out = append(out, g.cities[i])
			if len(out) == n {
				break
			}
		}
	}
	return out
}

func (k cityKeys) hasPrefix(p string) bool {
	return hasKeyPrefix(k.exact, p) || hasKeyPrefix(k.alt, p)
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
