package main

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"parley/app/geo/fold"
)

// Which GeoNames places are kept: towns of minPopulation people or more,
// every capital (PPLC, plus PPLG seats of government), first-level
// administrative seats (PPLA: provincial capitals, where governors and
// mayors receive ambassadors) of minSeatPopulation or more, and smaller
// towns with minNotableNames alternate names or more: a name in that many
// languages marks a place the world writes about (Davos, Sharm el-Sheikh,
// Évian-les-Bains, Taormina), where summits meet. Historical, abandoned and
// destroyed places are never kept, and sections of cities (PPLX: "Kleinzschocher",
// "Sector 3", whose GeoNames population is often the whole city's) only
// when notable in the same sense (East Jerusalem, Navi Mumbai).
const (
	minPopulation     = 15000
	minSeatPopulation = 1000
	minNotableNames   = 16
)

// GeoNames cities500 columns (tab-separated, see GeoNames' readme).
const (
	colID = iota
	colName
	colASCII
	colAlternates
	colLat
	colLon
	colClass
	colCode
	colCountry
	colCC2
	colAdmin1
	colAdmin2
	colAdmin3
	colAdmin4
	colPopulation
	nCols = 19
)

type city struct {
	id, name, ascii, country, admin1, lat, lon, code string
	population                                       int
	keys, alts                                       []string
}

func readCities(path string, words map[string]bool) ([]city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < nCols {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", path, n, len(cols), nCols)
		}
		pop, err := strconv.Atoi(cols[colPopulation])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: population %q: %w", path, n, cols[colPopulation], err)
		}
		if keep(cols[colCode], pop, strings.Count(cols[colAlternates], ",")+1) {
			out = append(out, newCity(cols, pop, words))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// Largest first: the loader and completion rely on this order.
	sort.SliceStable(out, func(i, j int) bool { return out[i].population > out[j].population })
	return out, nil
}

func keep(code string, pop, names int) bool {
	switch code {
	case "PPLH", "PPLQ", "PPLW":
		return false
	case "PPLC", "PPLG":
		return true
	case "PPLA":
		return pop >= minSeatPopulation
	case "PPLX":
		return names >= minNotableNames
	}
	return pop >= minPopulation || names >= minNotableNames
}

// newCity converts a kept GeoNames row. Alternate names that fold to a
// common English word ("Soul", "Lime" and "Deli" are alternates of Seoul,
// Lima and Delhi; "From", "Since" and "One" are alternates of towns too) or
// to under three letters are dropped: no English text names a city so, and
// matching them would turn ordinary words into places.
func newCity(cols []string, pop int, words map[string]bool) city {
	c := city{
		id: cols[colID], name: cols[colName], ascii: cols[colASCII],
		country: cols[colCountry], admin1: cols[colAdmin1],
		lat: trimFloat(cols[colLat]), lon: trimFloat(cols[colLon]),
		code: cols[colCode], population: pop,
	}
	seen := map[string]bool{"": true}
	for _, s := range []string{c.name, c.ascii} {
		if k := fold.String(s); !seen[k] {
			seen[k] = true
			c.keys = append(c.keys, k)
		}
	}
	for _, s := range strings.Split(cols[colAlternates], ",") {
		if !usefulAlternate(s) {
			continue
		}
		k := fold.String(s)
		if !seen[k] && len(k) >= 3 && !words[k] {
			seen[k] = true
			c.alts = append(c.alts, k)
		}
	}
	return c
}

// promote makes name one of c's exact keys (its own names), taking it out
// of the alternates if it was there.
func (c *city) promote(name string) {
	k := fold.String(name)
	if k == "" || slices.Contains(c.keys, k) {
		return
	}
	c.keys = append(c.keys, k)
	c.alts = slices.DeleteFunc(c.alts, func(a string) bool { return a == k })
}

// usefulAlternate keeps the alternate names an English text may use: Latin
// script, with at least one capital letter (GeoNames' all-lower-case
// entries are machine romanisations such as "yi si fa han"), without
// digits, and not a code (IATA airport codes such as "IFN" sit among the
// names).
func usefulAlternate(s string) bool {
	if s == "" || len(s) > 60 || strings.Contains(s, "http") {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r):
			return false
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	isCode := lower == 0 && len(s) <= 4
	return upper > 0 && !isCode
}

// coordDecimals is how many decimals of a degree are kept: four is about
// ten metres, far finer than a city needs, and a fifth would add some
// 60 KB to the compressed table.
const coordDecimals = 4

// trimFloat rounds a GeoNames coordinate to coordDecimals and drops
// trailing zeros; text that is not a number is kept for the loader to
// reject.
func trimFloat(s string) string {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return strconv.FormatFloat(roundTo(f, coordDecimals), 'f', -1, 64)
}

func roundTo(f float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(f*p) / p
}

// encodeCities writes a header line "#cities<TAB>count<TAB>distinct keys",
// which lets the loader size its tables, then one city a line, tab-separated:
// id, name, ascii name ("" when equal to name), country, admin1 code,
// latitude, longitude, population, feature code, exact keys, alternate keys;
// keys are fold.String forms joined by "|".
func encodeCities(cities []city) []byte {
	var b bytes.Buffer
	distinct := map[string]bool{}
	for _, c := range cities {
		for _, k := range append(c.keys, c.alts...) {
			distinct[k] = true
		}
	}
	fmt.Fprintf(&b, "#cities\t%d\t%d\n", len(cities), len(distinct))
	for _, c := range cities {
		ascii := c.ascii
		if ascii == c.name {
			ascii = ""
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n",
			c.id, c.name, ascii, c.country, c.admin1, c.lat, c.lon,
			c.population, c.code, strings.Join(c.keys, "|"), strings.Join(c.alts, "|"))
	}
	return b.Bytes()
}
