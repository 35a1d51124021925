package geo

import "parley/assets"

// Load decodes the embedded gazetteer into a new Gazetteer. Most callers
// want Default, which does this once.
func Load() (*Gazetteer, error) {
	g, err := Parse(assets.Cities(), assets.Countries())
	if err != nil {
		return nil, err
	}
	g.common = parseCommonWords(assets.CommonWords())
	return g, nil
}

// Parse builds a Gazetteer from city and country data in the formats that
// assets' generator writes. The cities' strings are slices of cities, which
// the Gazetteer keeps.
func Parse(cities string, countries []byte) (*Gazetteer, error) {
	g := &Gazetteer{}
	if err := g.parseCities(cities); err != nil {
		return nil, err
	}
	if err := g.parseCountries(countries); err != nil {
		return nil, err
	}
	return g, nil
}
