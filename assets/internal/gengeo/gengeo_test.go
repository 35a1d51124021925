package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestUsefulAlternate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Ispahan", true},
		{"Isfahán", true},
		{"New York", true},
		{"IFN", false},          // airport code
		{"NYC", false},          // code-like
		{"yi si fa han", false}, // machine romanisation, no capital
		{"Исфахан", false},      // not Latin script
		{"Isfahan 2", false},    // digit
		{"http://x.org/Isfahan", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := usefulAlternate(tt.in); got != tt.want {
				t.Errorf("usefulAlternate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestKeep(t *testing.T) {
	tests := []struct {
		name       string
		code       string
		pop, names int
		want       bool
	}{
		{"city", "PPL", 15000, 1, true},
		{"town", "PPL", 14999, 1, false},
		{"capital", "PPLC", 500, 1, true},
		{"seat", "PPLA", 1000, 1, true},
		{"small seat", "PPLA", 999, 1, false},
		{"notable town", "PPL", 9000, minNotableNames, true},
		{"historical", "PPLH", 1000000, 50, false},
		{"city section", "PPLX", 500000, 3, false},
		{"notable city section", "PPLX", 500000, minNotableNames, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := keep(tt.code, tt.pop, tt.names); got != tt.want {
				t.Errorf("keep(%q, %d, %d) = %v, want %v", tt.code, tt.pop, tt.names, got, tt.want)
			}
		})
	}
}

func TestTrimFloat(t *testing.T) {
	tests := []struct{ in, want string }{
		{"32.65246", "32.6525"},
		{"-74.00597", "-74.006"},
		{"51.0", "51"},
		{"x", "x"},
	}
	for _, tt := range tests {
		if got := trimFloat(tt.in); got != tt.want {
			t.Errorf("trimFloat(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// row builds a cities500 line from the columns gengeo reads.
func row(id, name, ascii, alts, code, country, pop string) []string {
	cols := make([]string, nCols)
	cols[colID], cols[colName], cols[colASCII], cols[colAlternates] = id, name, ascii, alts
	cols[colLat], cols[colLon], cols[colCode], cols[colCountry] = "1.5", "2.25", code, country
	cols[colPopulation] = pop
	return cols
}

func TestNewCity(t *testing.T) {
	words := map[string]bool{"she": true, "soul": true}
	c := newCity(row("1", "Đà Nẵng", "Da Nang", "Danang,Đà Nẵng,SHE,She,Soul,Xy,Tourane", "PPLA", "VN", "900000"), 900000, words)
	if want := []string{"da nang"}; !slices.Equal(c.keys, want) {
		t.Errorf("keys = %q, want %q", c.keys, want)
	}
	if want := []string{"danang", "tourane"}; !slices.Equal(c.alts, want) {
		t.Errorf("alts = %q, want %q (no duplicates, codes, English words or two-letter names)", c.alts, want)
	}
	c.promote("Tourane")
	if !slices.Contains(c.keys, "tourane") || slices.Contains(c.alts, "tourane") {
		t.Errorf("after promote(Tourane): keys %q alts %q, want it moved to keys", c.keys, c.alts)
	}
}

func TestPromoteCapitals(t *testing.T) {
	cities := []city{
		{id: "1", name: "Panamá", country: "PA", code: "PPLC", keys: []string{"panama"}, alts: []string{"panama city"}},
		{id: "2", name: "Panama City", country: "US", code: "PPL", keys: []string{"panama city"}},
	}
	promoteCapitals(cities, []country{{Code: "PA", Capital: "Panama City"}, {Code: "US", Capital: "Nowhere"}})
	if !slices.Contains(cities[0].keys, "panama city") || len(cities[0].alts) != 0 {
		t.Errorf("Panamá keys %q alts %q, want panama city promoted", cities[0].keys, cities[0].alts)
	}
	if len(cities[1].keys) != 1 {
		t.Errorf("Panama City, Florida keys %q, want unchanged", cities[1].keys)
	}
	lone := []city{{id: "3", name: "Mbabane", country: "SZ", code: "PPLC", keys: []string{"mbabane"}}}
	promoteCapitals(lone, []country{{Code: "SZ", Capital: "Lobamba"}})
	if len(lone[0].keys) != 1 {
		t.Errorf("Mbabane keys %q: a capital name GeoNames does not know was pinned on it", lone[0].keys)
	}
}

func TestPromoteExtra(t *testing.T) {
	cities := []city{
		{id: "2660646", name: "Genève", ascii: "Geneve", keys: []string{"geneve"}, alts: []string{"geneva", "ginevra"}},
		{id: "2645425", name: "Kingston upon Hull", ascii: "Kingston upon Hull", keys: []string{"kingston upon hull"}},
	}
	path := filepath.Join(t.TempDir(), "extra.txt")
	write(t, path, "# comment\n\n2660646\tGeneva\n2645425\t\tHull|Hull City\n")
	if err := promoteExtra(cities, path); err != nil {
		t.Fatal(err)
	}
	g := cities[0]
	if g.name != "Geneva" || g.ascii != "Geneva" || !slices.Equal(g.keys, []string{"geneve", "geneva"}) || !slices.Equal(g.alts, []string{"ginevra"}) {
		t.Errorf("Genève after promoteExtra = %+v, want shown as Geneva with geneve and geneva exact", g)
	}
	h := cities[1]
	if h.name != "Kingston upon Hull" || !slices.Equal(h.keys, []string{"kingston upon hull", "hull", "hull city"}) {
		t.Errorf("Hull after promoteExtra = %+v, want its name kept and hull, hull city exact", h)
	}
	write(t, path, "999\tNowhere\n")
	if err := promoteExtra(cities, path); err == nil || !strings.Contains(err.Error(), "extra.txt:1") {
		t.Errorf("promoteExtra(unknown id) error = %v, want one naming extra.txt:1", err)
	}
}

func TestReadExtra(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write(t, good, "# comment\n\nKR\tname\tKorea|ROK\nKR\tdemonym\tKorean\n")
	got, err := readExtra(good)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got["KR"].names, []string{"Korea", "ROK"}) || !slices.Equal(got["KR"].demonyms, []string{"Korean"}) {
		t.Errorf("readExtra = %+v", got)
	}
	bad := filepath.Join(dir, "bad.txt")
	write(t, bad, "KR\tnickname\tKorea\n")
	if _, err := readExtra(bad); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("readExtra(bad field) error = %v, want one naming bad.txt:1", err)
	}
}

func TestCommonWords(t *testing.T) {
	cities := []city{{keys: []string{"nice"}, alts: []string{"nizza"}}, {keys: []string{"tehran"}}}
	countries := []country{{Name: "Turkey"}, {Name: "Iran"}}
	words := map[string]bool{"nice": true, "turkey": true, "nizza": true}
	got := commonWords(cities, countries, words)
	if want := []string{"nice", "turkey"}; !slices.Equal(got, want) {
		t.Errorf("commonWords = %q, want %q", got, want)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
