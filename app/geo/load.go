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
	g, err := Parse(assets.Cities(), assets.Countries())
	if err != nil {
		return nil, err
	}
	g.common = parseCommonWords(string(assets.CommonWords()))
	return g, nil
}

// Parse builds a Gazetteer from gzipped city and country data in the
// formats that assets' generator writes.
func Parse(citiesGz, countriesGz []byte) (*Gazetteer, error) {
	g := &Gazetteer{}
	if err := g.parseCities(citiesGz); err != nil {
		return nil, err
	}
	text, err := gunzip(countriesGz, "country")
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
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, app.WrapError(app.ECorrupt, err, "The gazetteer's %s data is damaged", what)
	}
	return b, nil
}

// chunkSize is how much decompressed city text is handed over at a time.
const chunkSize = 128 << 10

// gunzipChunks decompresses data in a goroutine and sends the text in
// chunks of up to chunkSize bytes, then closes the channel and sends the
// error (nil at a clean end) on errc. Decompression takes about as long as
// indexing, so on two cores running them side by side halves Default's
// first call.
func gunzipChunks(data []byte) (<-chan []byte, <-chan error) {
	chunks, errc := make(chan []byte, 4), make(chan error, 1)
	go func() {
		defer close(chunks)
		zr, err := gzip.NewReader(bytes.NewReader(data))
		for err == nil {
			buf := make([]byte, chunkSize)
			var n int
			n, err = fill(zr, buf)
			if n > 0 {
				chunks <- buf[:n]
			}
		}
		if err == io.EOF {
			err = nil
		}
		errc <- err
	}()
	return chunks, errc
}

// fill reads into buf until it is full or r fails, and returns r's error
// as is: unlike io.ReadFull it does not turn a truncated stream's
// io.ErrUnexpectedEOF into a clean end, nor a clean io.EOF into an error.
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
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

// parseCities reads the gzipped city table. Every string of the result is
// a slice of a few large strings, so loading allocates little more than
// the indexes.
func (g *Gazetteer) parseCities(gz []byte) error {
	g.byKey = map[string]match{} // until a header says how big
	chunks, errc := gunzipChunks(gz)
	line, carry := 1, ""
	var perr error
	for chunk := range chunks {
		if perr != nil {
			continue // drain, so that the decompressing goroutine ends
		}
		text := carry + string(chunk)
		end := strings.LastIndexByte(text, '\n') + 1
		carry = text[end:]
		line, perr = g.parseLines(text[:end], line)
	}
	if err := <-errc; err != nil {
		return app.WrapError(app.ECorrupt, err, "The gazetteer's city data is damaged")
	}
	if perr == nil && carry != "" {
		_, perr = g.parseLines(carry, line)
	}
	return perr
}

// parseLines adds the cities of text, whose first line is number line, and
// returns the number of the line after it.
func (g *Gazetteer) parseLines(text string, line int) (int, error) {
	var f [nFields]string
	for ; text != ""; line++ {
		var row string
		row, text, _ = strings.Cut(text, "\n")
		if strings.HasPrefix(row, "#") {
			if err := g.parseHeader(row); err != nil {
				return line, err
			}
			continue
		}
		if !splitTabs(row, f[:]) {
			return line, app.Errorf(app.ECorrupt, "The gazetteer's city data is damaged at line %d: it has the wrong number of columns", line)
		}
		c, err := parseCity(&f)
		if err != nil {
			return line, app.WrapError(app.ECorrupt, err, "The gazetteer's city data is damaged at line %d", line)
		}
		g.addCity(c, cityKeys{exact: f[fKeys], alt: f[fAlts]})
	}
	return line, nil
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
	g.byKey = make(map[string]match, keys)
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
