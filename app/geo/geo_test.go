package geo

import (
	"strings"
	"sync"
	"testing"
)

func TestDefault(t *testing.T) {
	g := Default()
	if g == nil {
		t.Fatal("Default() = nil")
	}
	if n := len(g.Cities()); n < 20000 {
		t.Errorf("Default() has %d cities, want at least 20000", n)
	}
	if n := len(g.Countries()); n < 240 {
		t.Errorf("Default() has %d countries, want at least 240", n)
	}
	if Default() != g {
		t.Error("Default() returned a different gazetteer on the second call")
	}
}

func TestGazetteer_City(t *testing.T) {
	tests := []struct {
		query, name, country string
	}{
		{"Isfahan", "Isfahan", "IR"},
		{"Esfahan", "Isfahan", "IR"},
		{"Ispahan", "Isfahan", "IR"},
		{"Tehran", "Tehran", "IR"},
		{"Teheran", "Tehran", "IR"},
		{"New Delhi", "New Delhi", "IN"},
		{"Seoul", "Seoul", "KR"},
		{"Da Nang", "Da Nang", "VN"},
		{"Danang", "Da Nang", "VN"},
		{"Đà Nẵng", "Da Nang", "VN"},
		{"Hà Nội", "Hanoi", "VN"},
		{"Hanoi", "Hanoi", "VN"},
		{"Kuala Lumpur", "Kuala Lumpur", "MY"},
		{"Phnom Penh", "Phnom Penh", "KH"},
		{"Abu Dhabi", "Abu Dhabi", "AE"},
		{"Kuwait City", "Kuwait City", "KW"},
		{"Brasília", "Brasília", "BR"},
		{"Brasilia", "Brasília", "BR"},
		{"Nicosia", "Nicosia", "CY"},
		{"Ankara", "Ankara", "TR"},
		{"Antalya", "Antalya", "TR"},
		{"Damascus", "Damascus", "SY"},
		{"Muscat", "Muscat", "OM"},
		{"Doha", "Doha", "QA"},
		{"Manila", "Manila", "PH"},
		{"Jakarta", "Jakarta", "ID"},
		{"Vilnius", "Vilnius", "LT"},
		{"Bergamo", "Bergamo", "IT"},
		{"Invercargill", "Invercargill", "NZ"},
		{"Kumagaya", "Kumagaya", "JP"},
		{"Canberra", "Canberra", "AU"},
		{"Melbourne", "Melbourne", "AU"},
		{"Lima", "Lima", "PE"},
		{"Osaka", "Osaka", "JP"},
		{"Suva", "Suva", "FJ"},
		{"Nuku'alofa", "Nuku‘alofa", "TO"},
		{"Port Vila", "Port Vila", "VU"},
		{"Mumbai", "Mumbai", "IN"},
		{"Bombay", "Mumbai", "IN"},
		{"Itanagar", "Itānagar", "IN"},
		{"Nuremberg", "Nuremberg", "DE"},
		{"Nürnberg", "Nuremberg", "DE"},
		{"Łódź", "Łódź", "PL"},
		{"Lodz", "Łódź", "PL"},
		{"Malatya", "Malatya", "TR"},
		{"Washington", "Washington", "US"},
		{"London", "London", "GB"},
		{"Moscow", "Moscow", "RU"},
		{"Beijing", "Beijing", "CN"},
		{"Peking", "Beijing", "CN"},
		{"New York", "New York City", "US"},
		{"SEOUL", "Seoul", "KR"},
		{"Tehran's", "Tehran", "IR"},
		{"Isfahan’s", "Isfahan", "IR"},
		{"Geneva", "Geneva", "CH"},
		{"Genève", "Geneva", "CH"},
		{"Köln", "Cologne", "DE"},
		{"Panama City", "Panama City", "PA"},
		{"Hanover", "Hanover", "DE"},
		{"Davos", "Davos", "CH"},
		{"Sharm el-Sheikh", "Sharm el-Sheikh", "EG"},
		{"Kiev", "Kyiv", "UA"},
		{"Washington, D.C.", "Washington", "US"},
		{"St. Petersburg", "Saint Petersburg", "RU"},
		{"Bali", "Denpasar", "ID"},
		{"Gyeongju", "Gyeongju", "KR"},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			c, ok := g.City(tt.query)
			if !ok || c.Name != tt.name || c.Country != tt.country {
				t.Errorf("City(%q) = %q (%s), %v; want %q (%s)", tt.query, c.Name, c.Country, ok, tt.name, tt.country)
			}
		})
	}
}

func TestGazetteer_IsCommonWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"Of", true}, {"Nice", true}, {"Split", true}, {"Reading", true},
		{"Mobile", true}, {"Bath", true}, {"Male", true}, {"Malé", true}, {"Turkey", true},
		{"Isfahan", false}, {"Tehran", false}, {"London", false}, {"Manila", false},
		{"Washington", false}, {"Seoul", false}, {"the", false}, {"", false},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := g.IsCommonWord(tt.word); got != tt.want {
				t.Errorf("IsCommonWord(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

// TestGazetteer_City_commonWordsStillPlaces checks that the common-word list
// is advice, not a filter: the places stay findable.
func TestGazetteer_City_commonWordsStillPlaces(t *testing.T) {
	g := Default()
	for _, tt := range []struct{ query, country string }{
		{"Nice", "FR"}, {"Split", "HR"}, {"Male", "MV"}, {"Reading", "GB"}, {"Bath", "GB"},
	} {
		t.Run(tt.query, func(t *testing.T) {
			if c, ok := g.City(tt.query); !ok || c.Country != tt.country {
				t.Errorf("City(%q) = %q (%s), %v; want a city in %s", tt.query, c.Name, c.Country, ok, tt.country)
			}
		})
	}
}

// TestGazetteer_City_noWordAlternates checks that alternate names which are
// English function words were dropped at generation.
func TestGazetteer_City_noWordAlternates(t *testing.T) {
	g := Default()
	for _, w := range []string{"she", "at", "from", "no", "one", "but", "since", "we are"} {
		t.Run(w, func(t *testing.T) {
			if c, ok := g.City(w); ok {
				t.Errorf("City(%q) = %q (%s, %d), want no city", w, c.Name, c.Country, c.ID)
			}
		})
	}
}

func TestGazetteer_City_noAllocation(t *testing.T) {
	g := Default()
	if n := testing.AllocsPerRun(100, func() { g.City("Washington, D.C.") }); n != 0 {
		t.Errorf("City of an ASCII name allocated %v times, want 0", n)
	}
}

func TestGazetteer_City_notFound(t *testing.T) {
	g := Default()
	for _, q := range []string{"", "Narnia", "Xyzzyville", "  ", "'"} {
		t.Run(q, func(t *testing.T) {
			if c, ok := g.City(q); ok {
				t.Errorf("City(%q) = %q (%s), want none", q, c.Name, c.Country)
			}
		})
	}
}

func TestGazetteer_CityIn(t *testing.T) {
	tests := []struct {
		query, country string
		wantID         int64 // 0: no city
	}{
		{"London", "CA", 6058560},
		{"London", "gb", 2643743},
		{"Washington", "GB", 2634715},
		{"Tripoli", "LB", 266826},
		{"Isfahan", "KR", 0},
		{"Isfahan", "", 0},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.query+"/"+tt.country, func(t *testing.T) {
			c, ok := g.CityIn(tt.query, tt.country)
			if ok != (tt.wantID != 0) || c.ID != tt.wantID {
				t.Errorf("CityIn(%q, %q) = %d %q, %v; want id %d", tt.query, tt.country, c.ID, c.Name, ok, tt.wantID)
			}
		})
	}
}

func TestGazetteer_CityByID(t *testing.T) {
	g := Default()
	c, ok := g.CityByID(418863)
	if !ok || c.Name != "Isfahan" || c.Country != "IR" {
		t.Errorf("CityByID(418863) = %q (%s), %v; want Isfahan (IR)", c.Name, c.Country, ok)
	}
	if c.Lat < 32 || c.Lat > 33 || c.Lon < 51 || c.Lon > 52 || c.Population < 1e6 {
		t.Errorf("CityByID(418863) = %+v, want Isfahan's coordinates and population", c)
	}
	if c, ok := g.CityByID(1); ok {
		t.Errorf("CityByID(1) = %q, want none", c.Name)
	}
}

func TestGazetteer_Complete(t *testing.T) {
	tests := []struct {
		prefix string
		n      int
		want   []string // the first names, in order
	}{
		{"Isf", 2, []string{"Isfahan", "Isfara"}},
		{"teh", 1, []string{"Tehran"}},
		{"new del", 2, []string{"New Delhi", "Delhi"}}, // own name before alternate
		{"Đà N", 1, []string{"Da Nang"}},
		{"nuku", 2, []string{"Nukus", "Nuku‘alofa"}},
		{"", 5, nil},
		{"Isf", 0, nil},
		{"zzzq", 5, nil},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			got := g.Complete(tt.prefix, tt.n)
			if len(got) != len(tt.want) {
				t.Fatalf("Complete(%q, %d) gave %d cities %v, want %v", tt.prefix, tt.n, len(got), names(got), tt.want)
			}
			for i, w := range tt.want {
				if got[i].Name != w {
					t.Errorf("Complete(%q, %d) = %v, want %v", tt.prefix, tt.n, names(got), tt.want)
				}
			}
		})
	}
}

func TestGazetteer_Complete_orderAndLimit(t *testing.T) {
	got := Default().Complete("lon", 10)
	if len(got) != 10 {
		t.Fatalf("Complete(lon, 10) gave %d cities, want 10", len(got))
	}
	if got[0].Name != "London" || got[0].Country != "GB" {
		t.Errorf("Complete(lon, 10)[0] = %s (%s), want London (GB)", got[0].Name, got[0].Country)
	}
	own := func(c City) bool {
		return strings.HasPrefix(Fold(c.Name), "lon") || strings.HasPrefix(Fold(c.ASCII), "lon")
	}
	for i := 1; i < len(got); i++ {
		prev, c := got[i-1], got[i]
		if own(c) && !own(prev) {
			t.Errorf("Complete(lon): %s, matched by its own name, after %s, matched by an alternate", c.Name, prev.Name)
		}
		if own(c) == own(prev) && c.Population > prev.Population {
			t.Errorf("Complete(lon): %s (%d) after smaller %s (%d)", c.Name, c.Population, prev.Name, prev.Population)
		}
	}
}

// TestDefault_keysMatchFold checks that every city is found under the Fold
// key of its own name, as an exact match: the generator folded the stored
// keys with the same function, and this fails if the two ever disagree.
func TestDefault_keysMatchFold(t *testing.T) {
	g := Default()
	bad := 0
	for i, c := range g.Cities() {
		if !g.hasExact(Fold(c.Name), int32(i)) || !g.hasExact(Fold(c.ASCII), int32(i)) {
			bad++
			if bad <= 5 {
				t.Errorf("city %d %q (%q) is not an exact match of its own folded name", c.ID, c.Name, c.ASCII)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d cities are not found by their own names; regenerate with go generate ./assets/", bad)
	}
}

func (g *Gazetteer) hasExact(key string, city int32) bool {
	var one [1]match
	for _, m := range g.matches([]byte(key), &one) {
		if m.city() == city && m.exact() {
			return true
		}
	}
	return false
}

func TestDefault_sortedByPopulation(t *testing.T) {
	cs := Default().Cities()
	for i := 1; i < len(cs); i++ {
		if cs[i].Population > cs[i-1].Population {
			t.Fatalf("city %d %s (%d) follows smaller %s (%d)", i, cs[i].Name, cs[i].Population, cs[i-1].Name, cs[i-1].Population)
		}
	}
}

func names(cs []City) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Name
	}
	return out
}

// TestGazetteer_concurrent runs lookups from several goroutines, including
// the first CityByID that builds the id index; run it with -race.
func TestGazetteer_concurrent(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c, ok := g.CityByID(418863); !ok || c.Name != "Isfahan" {
				t.Errorf("CityByID(418863) = %q, %v", c.Name, ok)
			}
			if c, ok := g.City("Esfahan"); !ok || c.ID != 418863 {
				t.Errorf("City(Esfahan) = %d, %v", c.ID, ok)
			}
			if c, ok := Default().CountryByDemonym("Korean"); !ok || c.Code != "KR" {
				t.Errorf("CountryByDemonym(Korean) = %q, %v", c.Code, ok)
			}
		}()
	}
	wg.Wait()
}
