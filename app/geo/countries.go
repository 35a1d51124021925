package geo

import (
	"strings"
	"unicode"
)

// nameEntry is the country a folded name or demonym means.
type nameEntry struct {
	country int
	// acronym is set for forms written without lower case ("US", "UAE",
	// "DPRK"): they match only a query that has no lower case either, so
	// that the pronoun "us" is not the United States.
	acronym bool
}

// Country returns the country with this ISO 3166-1 alpha-2 code (alpha-3
// codes work too), in any case.
func (g *Gazetteer) Country(code string) (Country, bool) {
	i, ok := g.byCode[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Country{}, false
	}
	return g.countries[i], true
}

// Countries returns every country and territory, UN members first.
// The slice is shared: do not modify it.
func (g *Gazetteer) Countries() []Country { return g.countries }

// CountryByName returns the country a name means: its common or official
// name, an alternate spelling, or a short form ("Iran", "Islamic Republic
// of Iran", "Korea", "the UAE", "US"). A leading "the" is ignored.
func (g *Gazetteer) CountryByName(s string) (Country, bool) {
	return g.lookup(g.byName, s)
}

// CountryByDemonym returns the country an adjective or demonym refers to:
// "South Korean", "Korean", "Iranian", "Emirati", "Filipino". English also
// uses country names attributively ("the New Zealand ambassador", "the US
// envoy"), so a name that is no demonym is tried as a country name.
func (g *Gazetteer) CountryByDemonym(s string) (Country, bool) {
	if c, ok := g.lookup(g.byDemonym, s); ok {
		return c, true
	}
	return g.CountryByName(s)
}

func (g *Gazetteer) lookup(index map[string]nameEntry, s string) (Country, bool) {
	s = strings.TrimSpace(s)
	if c, ok := g.lookupName(index, s); ok {
		return c, true
	}
	if base, ok := cutPossessive(s); ok {
		return g.lookupName(index, base)
	}
	return Country{}, false
}

func (g *Gazetteer) lookupName(index map[string]nameEntry, s string) (Country, bool) {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:] // "the UAE" is an acronym query too
	}
	e, ok := index[nameKey(s)]
	if !ok || e.acronym && hasLower(s) {
		return Country{}, false
	}
	return g.countries[e.country], true
}

// nameKey is the Fold key of a country name without a leading "the".
func nameKey(s string) string {
	k := Fold(s)
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		return rest
	}
	return k
}

func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

// indexCountryNames fills byName and byDemonym. Sources are added from the
// most to the least trusted, and countries in their stored order (UN
// members first): the first country to claim a key keeps it.
func (g *Gazetteer) indexCountryNames(recs []countryRecord) {
	g.byName = make(map[string]nameEntry, 8*len(recs))
	g.byDemonym = make(map[string]nameEntry, 3*len(recs))
	nameSources := []func(r *countryRecord) []string{
		func(r *countryRecord) []string { return r.ExtraNames },
		func(r *countryRecord) []string { return []string{r.Name} },
		func(r *countryRecord) []string { return []string{r.Official} },
		func(r *countryRecord) []string { return r.AltNames },
	}
	demonymSources := []func(r *countryRecord) []string{
		func(r *countryRecord) []string { return r.ExtraDemonyms },
		func(r *countryRecord) []string { return r.Demonyms },
	}
	fillIndex(g.byName, recs, nameSources)
	fillIndex(g.byDemonym, recs, demonymSources)
}

func fillIndex(index map[string]nameEntry, recs []countryRecord, sources []func(*countryRecord) []string) {
	for _, src := range sources {
		for i := range recs {
			for _, s := range src(&recs[i]) {
				k := nameKey(s)
				if _, taken := index[k]; k != "" && !taken {
					index[k] = nameEntry{country: i, acronym: !hasLower(s)}
				}
			}
		}
	}
}
