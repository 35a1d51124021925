package geo

import (
	"fmt"
	"strconv"
	"strings"

	"parley/app"
)

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
	g.byKey = map[string]match{} // until a header says how big
	var f [nFields]string
	for line := 1; text != ""; line++ {
		var row string
		row, text, _ = strings.Cut(text, "\n")
		if strings.HasPrefix(row, "#") {
			if err := g.parseHeader(row); err != nil {
				return err
			}
			continue
		}
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

// parseHeader reads the first line, "#cities<TAB>count<TAB>keys", and
// sizes the tables so that loading never grows them.
func (g *Gazetteer) parseHeader(row string) error {
	var f [3]string
	if !splitTabs(row, f[:]) || f[0] != "#cities" {
		return app.Errorf(app.ECorrupt, "The gazetteer's city data has an unknown header %.40q", row)
	}
	n, err1 := strconv.Atoi(f[1])
	keys, err2 := strconv.Atoi(f[2])
	if err1 != nil || err2 != nil || n < 0 || keys < 0 || n > 1e7 || keys > 1e8 {
		return app.Errorf(app.ECorrupt, "The gazetteer's city data has a bad header %.40q", row)
	}
	g.cities = make([]City, 0, n)
	g.keys = make([]cityKeys, 0, n)
	// Headroom: the map's tables fill unevenly, and a full one would grow.
	g.byKey = make(map[string]match, keys+keys/4)
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
	for key := range strings.SplitSeq(k.exact, "|") {
		g.addMatch(key, newMatch(i, true))
	}
	if k.alt == "" {
		return
	}
	for key := range strings.SplitSeq(k.alt, "|") {
		g.addMatch(key, newMatch(i, false))
	}
}
