package geo

// MatchKind says how a name matched a city: by the city's own GeoNames name
// (or its ASCII form), or only by one of its alternate names.
type MatchKind int

// The kinds of match Lookup reports.
const (
	// MatchExact is a match on the city's name or ASCII name.
	MatchExact MatchKind = iota + 1
	// MatchAlternate is a match on an alternate name only ("Esfahan" for
	// Isfahan, but also "Raj" for Rye): callers that read free text
	// should trust it less for short words.
	MatchAlternate
)

// String returns "exact" or "alternate".
func (k MatchKind) String() string {
	switch k {
	case MatchExact:
		return "exact"
	case MatchAlternate:
		return "alternate"
	}
	return "none"
}

// Lookup is City that also tells how the name matched: the best city
// (chosen as City chooses it) and whether its own name or only an
// alternate name matched.
func (g *Gazetteer) Lookup(name string) (City, MatchKind, bool) {
	c, exact, ok := g.bestKind(name, "")
	if !ok {
		return City{}, 0, false
	}
	if exact {
		return c, MatchExact, true
	}
	return c, MatchAlternate, true
}

// bestKind is best with the kind of the winning match.
func (g *Gazetteer) bestKind(name, country string) (City, bool, bool) {
	if c, exact, ok := g.bestKeyKind(name, country); ok {
		return c, exact, true
	}
	if base, ok := cutPossessive(name); ok {
		return g.bestKeyKind(base, country)
	}
	return City{}, false, false
}
