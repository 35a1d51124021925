package geo

import (
	"encoding/json"

	"parley/app"
)

// countryRecord is one record of the embedded countries JSON.
type countryRecord struct {
	Code          string   `json:"code"`
	Code3         string   `json:"code3"`
	Name          string   `json:"name"`
	Official      string   `json:"official"`
	AltNames      []string `json:"alt"`
	Demonyms      []string `json:"demonyms"`
	Capital       string   `json:"capital"`
	Lat           float64  `json:"lat"`
	Lon           float64  `json:"lon"`
	ExtraNames    []string `json:"extraNames"`
	ExtraDemonyms []string `json:"extraDemonyms"`
}

func (g *Gazetteer) parseCountries(data []byte) error {
	var recs []countryRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		return app.WrapError(app.ECorrupt, err, "The gazetteer's country data is damaged")
	}
	g.countries = make([]Country, len(recs))
	g.byCode = make(map[string]int, 2*len(recs))
	for i, r := range recs {
		g.countries[i] = Country{
			Code: r.Code, Code3: r.Code3, Name: r.Name, Official: r.Official,
			AltNames: union(r.ExtraNames, r.AltNames), Demonyms: union(r.Demonyms, r.ExtraDemonyms),
			Capital: r.Capital, Lat: r.Lat, Lon: r.Lon,
		}
		g.byCode[r.Code] = i
		g.byCode[r.Code3] = i
	}
	g.indexCountryNames(recs)
	return nil
}

// union returns a's and then b's strings, each once.
func union(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	seen := make(map[string]bool, len(a)+len(b))
	for _, s := range append(a[:len(a):len(a)], b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
