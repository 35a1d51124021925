package geo

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// parseFixture parses the small gazetteer in testdata.
func parseFixture(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := Parse(string(readTestdata(t, "cities.tsv")), readTestdata(t, "countries.json"))
	if err != nil {
		t.Fatalf("Parse(testdata) = %v", err)
	}
	return g
}

func TestParse(t *testing.T) {
	g := parseFixture(t)
	if n := len(g.Cities()); n != 4 {
		t.Fatalf("Parse(testdata) has %d cities, want 4", n)
	}
	c, ok := g.City("Ispahan")
	want := City{ID: 418863, Name: "Isfahan", ASCII: "Isfahan", Country: "IR", Admin1: "28",
		Lat: 32.6525, Lon: 51.6746, Population: 1547164}
	if !ok || c != want {
		t.Errorf("City(Ispahan) = %+v, %v; want %+v", c, ok, want)
	}
	if c, _ := g.City("Teheran"); !c.Capital {
		t.Errorf("City(Teheran) = %+v, want the capital Tehran", c)
	}
	if c, _ := g.City("Da Nang"); c.Name != "Đà Nẵng" || c.ASCII != "Da Nang" {
		t.Errorf("City(Da Nang) = %q / %q, want Đà Nẵng / Da Nang", c.Name, c.ASCII)
	}
	if c, ok := g.CountryByDemonym("Persian"); !ok || c.Code != "IR" {
		t.Errorf("CountryByDemonym(Persian) = %q, %v; want IR", c.Code, ok)
	}
	if c, _ := g.CountryByDemonym("American"); c.Code != "US" {
		t.Errorf("CountryByDemonym(American) = %q, want US (listed before UM)", c.Code)
	}
	if c, _ := g.Country("ir"); strings.Join(c.AltNames, ",") != "Persia,Iran, Islamic Republic of" {
		t.Errorf("Country(ir).AltNames = %q, want the supplement's names first", c.AltNames)
	}
}

func TestParse_corrupt(t *testing.T) {
	cities := string(readTestdata(t, "cities.tsv"))
	countries := readTestdata(t, "countries.json")
	tests := []struct {
		name      string
		cities    string
		countries []byte
		wantIn    string
	}{
		{"missing column", "1\tA\t\tIR\n", countries, "line 1"},
		{"extra column", strings.Replace(cities, "danang\n", "danang\tx\n", 1), countries, "line 4"},
		{"bad latitude", strings.Replace(cities, "32.6525", "north", 1), countries, "line 2"},
		{"bad population", strings.Replace(cities, "1547164", "many", 1), countries, "line 2"},
		{"no name", strings.Replace(cities, "\tIsfahan\t", "\t\t", 1), countries, "line 2"},
		{"bad header", "#towns\t1\t1\n", countries, "header"},
		{"huge header", "#cities\t99999999999\t1\n", countries, "header"},
		{"countries not JSON", cities, []byte("[{"), "country data is damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.cities, tt.countries)
			var e *app.Error
			if !errors.As(err, &e) || e.Code != app.ECorrupt {
				t.Fatalf("Parse() error = %v (code %s), want an app.Error with code %s", err, app.ErrorCode(err), app.ECorrupt)
			}
			if !strings.Contains(e.Message, tt.wantIn) {
				t.Errorf("Parse() message %q does not mention %q", e.Message, tt.wantIn)
			}
		})
	}
}

// FuzzParseCities checks that no city table, however damaged, panics the
// loader, and that every failure is one corrupt-data error.
func FuzzParseCities(f *testing.F) {
	f.Add(readTestdata(f, "cities.tsv"))
	f.Add([]byte("#cities\t1\t1\n1\tA\t\tIR\t1\t0\t0\t0\tPPL\ta\t\n"))
	countries := readTestdata(f, "countries.json")
	f.Fuzz(func(t *testing.T, text []byte) {
		g, err := Parse(string(text), countries)
		if err != nil {
			if app.ErrorCode(err) != app.ECorrupt {
				t.Fatalf("Parse() error %v has code %s, want %s", err, app.ErrorCode(err), app.ECorrupt)
			}
			return
		}
		for _, c := range g.Cities() {
			g.City(c.Name)
			g.Complete(c.Name, 3)
		}
	})
}
