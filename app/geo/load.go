package geo

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley/app"
	"parley/assets"
)

// Load decodes the embedded gazetteer into a new Gazetteer. Most callers
// want Default, which does this once.
func Load() (*Gazetteer, error) {
	return Parse(assets.Cities(), assets.Countries())
}

// Parse builds a Gazetteer from gzipped city and country data in the
// formats that assets' generator writes.
func Parse(citiesGz, countriesGz []byte) (*Gazetteer, error) {
	g := &Gazetteer{}
	text, err := gunzip(citiesGz, "cities")
	if err != nil {
		return nil, err
	}
	if err := g.parseCities(string(text)); err != nil {
		return nil, err
	}
	text, err = gunzip(countriesGz, "countries")
	if err != nil {
		return nil, err
	}
	if err := g.parseCountries(text); err != nil {
		return nil, err
	}
	return g, nil
}

func gunzip(data []byte, what string) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, app.WrapError(app.ECorrupt, err, "The gazetteer's %s data is not gzip", what)
	}
	var b bytes.Buffer
	b.Grow(len(data) * 3)
	if _, err := io.Copy(&b, zr); err != nil {
		return nil, app.WrapError(app.ECorrupt, err, "The gazetteer's %s data is damaged", what)
	}
	return b.Bytes(), nil
}

// The columns of a city line (see assets/internal/gengeo).
const (
	fID = iota
	fName
	fASCII
	fCountry
	fAdmin1
	fLat
	fLon
	fPopulation
	fCode
	fKeys
	fAlts
	nFields
)

// parseCities reads the city table. Every string of the result is a slice
// of text, so loading allocates little more than the indexes.
func (g *Gazetteer) parseCities(text string) error {
	n := strings.Count(text, "\n")
	g.cities = make([]City, 0, n)
	g.keys = make([]cityKeys, 0, n)
	g.byID = make(map[int64]int32, n)
	g.byKey = make(map[string][]match, n*4)
	var f [nFields]string
	for line := 1; text != ""; line++ {
		var row string
		row, text, _ = strings.Cut(text, "\n")
		if !splitTabs(row, f[:]) {
			return app.Errorf(app.ECorrupt, "The gazetteer's city data is damaged at line %d: it has the wrong number of columns", line)
		}
		c, err := parseCity(&f)
		if err != nil {
			return app.WrapError(app.ECorrupt, err, "The gazetteer's city data is damaged at line %d", line)
		}
		g.addCity(c, cityKeys{exact: f[fKeys], alt: f[fAlts]})
	}
	return nil
}

// splitTabs splits row into exactly len(f) tab-separated fields.
func splitTabs(row string, f []string) bool {
	for i := range f[:len(f)-1] {
		var ok bool
		f[i], row, ok = strings.Cut(row, "\t")
		if !ok {
			return false
		}
	}
	f[len(f)-1] = row
	return !strings.Contains(row, "\t")
}

func parseCity(f *[nFields]string) (City, error) {
	id, err1 := strconv.ParseInt(f[fID], 10, 64)
	lat, err2 := strconv.ParseFloat(f[fLat], 64)
	lon, err3 := strconv.ParseFloat(f[fLon], 64)
	pop, err4 := strconv.Atoi(f[fPopulation])
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			return City{}, err
		}
	}
	if f[fName] == "" || f[fKeys] == "" {
		return City{}, fmt.Errorf("city %d has no name", id)
	}
	ascii := f[fASCII]
	if ascii == "" {
		ascii = f[fName]
	}
	return City{
		ID: id, Name: f[fName], ASCII: ascii, Country: f[fCountry], Admin1: f[fAdmin1],
		Lat: lat, Lon: lon, Population: pop, Capital: f[fCode] == "PPLC",
	}, nil
}

func (g *Gazetteer) addCity(c City, k cityKeys) {
	i := int32(len(g.cities))
	g.cities = append(g.cities, c)
	g.keys = append(g.keys, k)
	g.byID[c.ID] = i
	for key := range strings.SplitSeq(k.exact, "|") {
		g.byKey[key] = append(g.byKey[key], match{city: i, exact: true})
	}
	if k.alt == "" {
		return
	}
	for key := range strings.SplitSeq(k.alt, "|") {
		g.byKey[key] = append(g.byKey[key], match{city: i})
	}
}

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
