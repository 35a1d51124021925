package extract

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"

	"parley/app"
	"parley/app/geo"
	gfold "parley/app/geo/fold"
)

// countryKeys holds the matching keys (geo.Fold, without a leading "the")
// of every country name, alternate name and demonym of a gazetteer: the
// keys its country lookups can find. A word whose key is not among them is
// no country, and most capitalised words are answered so without asking
// the gazetteer (which folds into a new string for every query).
type countryKeys map[string]bool

var (
	keysMu sync.Mutex
	keys   = map[*geo.Gazetteer]countryKeys{}
)

// keysOf returns the country keys of g, building them on first use.
func keysOf(g *geo.Gazetteer) countryKeys {
	keysMu.Lock()
	defer keysMu.Unlock()
	if h, ok := keys[g]; ok {
		return h
	}
	h := countryKeys{}
	for _, c := range g.Countries() {
		for _, n := range append(append([]string{c.Name, c.Official}, c.AltNames...), c.Demonyms...) {
			k := geo.Fold(n)
			h[strings.TrimPrefix(k, "the ")] = true
		}
	}
	keys[g] = h
	return h
}

// mayBeCountry reports whether s could be a country name or demonym: its
// key, with or without a possessive and a leading "the", is a country key.
// It is exact in one direction: false means the gazetteer says no.
func (h countryKeys) mayBeCountry(s string) bool {
	if h == nil {
		return true
	}
	s = strings.TrimSpace(s)
	if h.hasKey(s) {
		return true
	}
	for _, suffix := range []string{"'s", "’s", "'S", "’S"} {
		if base, ok := strings.CutSuffix(s, suffix); ok && base != "" {
			return h.hasKey(base)
		}
	}
	return false
}

// hasKey looks up the key of s, and of s without one or two leading "the".
func (h countryKeys) hasKey(s string) bool {
	var buf [64]byte
	k := gfold.Append(buf[:0], s) // no allocation for ASCII text
	for range 3 {
		if h[string(k)] {
			return true
		}
		rest, ok := bytes.CutPrefix(k, []byte("the "))
		if !ok {
			return false
		}
		k = rest
	}
	return false
}

// gaz wraps the gazetteer with the few questions extraction asks of it.
// A gaz made by withCache memoises answers for one article (the same
// words are asked about many times); the zero cache asks every time.
type gaz struct {
	g     *geo.Gazetteer
	cache *geoCache
	keys  countryKeys
}

type geoCache struct {
	cities    map[string]cityAnswer
	countries map[string]string
	big       map[string]bool // bigCity answers, made on first use
}

type cityAnswer struct {
	p  app.Place
	ok bool
}

// withCache returns a copy of z with its own memo, for one article.
func (z gaz) withCache() gaz {
	z.cache = &geoCache{cities: map[string]cityAnswer{}, countries: map[string]string{}}
	if z.g != nil {
		z.keys = keysOf(z.g)
	}
	return z
}

// city returns the place of a city name, or false.
func (z gaz) city(name string) (app.Place, bool) {
	if z.g == nil || len(name) < 3 {
		return app.Place{}, false
	}
	if z.cache != nil {
		if a, ok := z.cache.cities[name]; ok {
			return a.p, a.ok
		}
		p, ok := z.lookupCity(name)
		z.cache.cities[name] = cityAnswer{p, ok}
		return p, ok
	}
	return z.lookupCity(name)
}

func (z gaz) lookupCity(name string) (app.Place, bool) {
	c, kind, ok := z.g.Lookup(name)
	if !ok && strings.Contains(name, ".") && !strings.Contains(name, " ") {
		c, kind, ok = z.g.Lookup(strings.Replace(name, ".", ". ", 1)) // "St.Petersburg"
	}
	if !ok || kind == geo.MatchAlternate && !plausibleAlias(name, c) {
		return app.Place{}, false
	}
	// A country's name means the country ("in Venezuela"), not a town of
	// that name abroad; a city-state's name (Singapore) is both.
	if cc := z.country(name); cc != "" && cc != c.Country {
		return app.Place{}, false
	}
	return app.Place{City: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, GeoID: c.ID}, true
}

// plausibleAlias decides on a match by an alternate name only: short words
// match alternate names of some city ("Raj" is one of Rye, "Gan" of Ramat
// Gan), so alternate spellings count from five letters on and for cities
// of 100,000 people (Esfahan, Hà Nội).
func plausibleAlias(name string, c geo.City) bool {
	return len(strings.ReplaceAll(geo.Fold(name), " ", "")) >= 5 && c.Population >= 100000
}

// country returns the ISO code of a country name ("South Korea", "Iran").
func (z gaz) country(name string) string {
	if z.g == nil || name == "" {
		return ""
	}
	if c, ok := z.g.CountryByName(name); ok {
		return c.Code
	}
	return ""
}

// demonym returns the ISO code of a demonym ("South Korean", "Iranian").
func (z gaz) demonym(word string) string {
	if z.g == nil || word == "" {
		return ""
	}
	if c, ok := z.g.CountryByDemonym(word); ok {
		return c.Code
	}
	return ""
}

// countryOrDemonym returns the code of s read as a country or a demonym.
func (z gaz) countryOrDemonym(s string) string {
	ascii := isASCII(s)
	if ascii && z.keys != nil && !z.keys.mayBeCountry(s) {
		return "" // the common case, answered without a map write
	}
	if z.cache != nil {
		if cc, ok := z.cache.countries[s]; ok {
			return cc
		}
	}
	cc := ""
	if ascii || z.keys == nil || z.keys.mayBeCountry(s) {
		cc = z.demonym(s)
		if cc == "" {
			cc = z.country(s)
		}
	}
	if z.cache != nil {
		z.cache.countries[s] = cc
	}
	return cc
}

// isPlace reports whether s names a country or a city with at least some
// standing (a run of capitalised words that is a place is not a person).
func (z gaz) isPlace(s string) bool {
	if z.countryOrDemonym(s) != "" {
		return true
	}
	_, ok := z.city(s)
	return ok
}

// isCity reports whether s names a city (isPlace for a name known to be
// no country).
func (z gaz) isCity(s string) bool {
	_, ok := z.city(s)
	return ok
}

// fold is the matching key of a name: geo.Fold, so names and places compare
// the same way.
func fold(s string) string { return geo.Fold(strings.TrimSpace(s)) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
