package geo

import (
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
		{"Port Vila", "Port-Vila", "VU"},
		{"Mumbai", "Mumbai", "IN"},
		{"Bombay", "Mumbai", "IN"},
		{"Itanagar", "Itānagar", "IN"},
		{"Nuremberg", "Nürnberg", "DE"},
		{"Nürnberg", "Nürnberg", "DE"},
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
