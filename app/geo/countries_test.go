package geo

import "testing"

func TestGazetteer_CountryByName(t *testing.T) {
	tests := []struct{ query, want string }{
		{"Iran", "IR"},
		{"Islamic Republic of Iran", "IR"},
		{"South Korea", "KR"},
		{"Republic of Korea", "KR"},
		{"Korea", "KR"},
		{"North Korea", "KP"},
		{"the UAE", "AE"},
		{"United Arab Emirates", "AE"},
		{"United States", "US"},
		{"US", "US"},
		{"U.S.", "US"},
		{"USA", "US"},
		{"UK", "GB"},
		{"Britain", "GB"},
		{"Kuwait", "KW"},
		{"Turkey", "TR"},
		{"Türkiye", "TR"},
		{"Viet Nam", "VN"},
		{"Vietnam", "VN"},
		{"the Philippines", "PH"},
		{"Palestine", "PS"},
		{"The Gambia", "GM"},
		{"CÔTE D'IVOIRE", "CI"},
		{"Scotland", "GB"},
		{"Iran's", "IR"},
		{"the UAE's", "AE"},
		{"Cabo Verde", "CV"},
		{"Republic of the Congo", "CG"},
		{"DR Congo", "CD"},
		{"Holland", "NL"},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			c, ok := g.CountryByName(tt.query)
			if !ok || c.Code != tt.want {
				t.Errorf("CountryByName(%q) = %q, %v; want %q", tt.query, c.Code, ok, tt.want)
			}
		})
	}
}

func TestGazetteer_CountryByName_notFound(t *testing.T) {
	g := Default()
	for _, q := range []string{"", "us", "Us", "in", "IN", "it", "IT", "Narnia", "the", "Europe"} {
		t.Run(q, func(t *testing.T) {
			if c, ok := g.CountryByName(q); ok {
				t.Errorf("CountryByName(%q) = %q, want no country", q, c.Code)
			}
		})
	}
}

func TestGazetteer_CountryByDemonym(t *testing.T) {
	tests := []struct{ query, want string }{
		{"South Korean", "KR"}, {"Korean", "KR"}, {"Iranian", "IR"}, {"Emirati", "AE"},
		{"Bahraini", "BH"}, {"Qatari", "QA"}, {"British", "GB"}, {"American", "US"},
		{"Chinese", "CN"}, {"Vietnamese", "VN"}, {"Filipino", "PH"}, {"Philippine", "PH"},
		{"Turkish", "TR"}, {"Syrian", "SY"}, {"Cypriot", "CY"}, {"Greek", "GR"},
		{"Malaysian", "MY"}, {"Saudi", "SA"}, {"Kuwaiti", "KW"}, {"Omani", "OM"},
		{"Belarusian", "BY"}, {"Lithuanian", "LT"}, {"Australian", "AU"}, {"Indonesian", "ID"},
		{"Indian", "IN"}, {"Japanese", "JP"}, {"New Zealand", "NZ"}, {"Brazilian", "BR"},
		{"Chilean", "CL"}, {"Mexican", "MX"}, {"Canadian", "CA"}, {"Costa Rican", "CR"},
		{"Italian", "IT"}, {"Bolivian", "BO"}, {"Thai", "TH"}, {"German", "DE"},
		{"Polish", "PL"}, {"Palestinian", "PS"}, {"Dutch", "NL"}, {"French", "FR"},
		{"Norwegian", "NO"}, {"North Korean", "KP"}, {"US", "US"}, {"UAE", "AE"},
		{"Kazakh", "KZ"}, {"Azeri", "AZ"}, {"Scottish", "GB"}, {"Argentinian", "AR"},
		{"Nepali", "NP"}, {"Congolese", "CD"}, {"Dominican", "DO"}, {"Indian", "IN"},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			c, ok := g.CountryByDemonym(tt.query)
			if !ok || c.Code != tt.want {
				t.Errorf("CountryByDemonym(%q) = %q, %v; want %q", tt.query, c.Code, ok, tt.want)
			}
		})
	}
}

func TestGazetteer_Country(t *testing.T) {
	tests := []struct{ code, name, capital string }{
		{"KR", "South Korea", "Seoul"},
		{"ir", "Iran", "Tehran"},
		{"VNM", "Vietnam", "Hanoi"},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, ok := g.Country(tt.code)
			if !ok || c.Name != tt.name || c.Capital != tt.capital {
				t.Errorf("Country(%q) = %q capital %q, %v; want %q capital %q", tt.code, c.Name, c.Capital, ok, tt.name, tt.capital)
			}
		})
	}
	if c, ok := g.Country("XX"); ok {
		t.Errorf("Country(XX) = %q, want none", c.Code)
	}
}

func TestGazetteer_CountryByDemonym_notFound(t *testing.T) {
	g := Default()
	for _, q := range []string{"", "us", "English", "European", "Arab", "Martian"} {
		t.Run(q, func(t *testing.T) {
			if c, ok := g.CountryByDemonym(q); ok {
				t.Errorf("CountryByDemonym(%q) = %q, want no country", q, c.Code)
			}
		})
	}
}

// TestDefault_capitalsResolve checks that the capital world-countries gives
// each country is found as a city of that country, so that a meeting "in
// the capital" can be placed. GeoNames does not always flag it PPLC
// (Jerusalem, Ramallah), so Capital is not required.
func TestDefault_capitalsResolve(t *testing.T) {
	// Territories whose capital is no populated place GeoNames lists in
	// cities500 (a military base, a research station) or is named as a
	// district ("City of Victoria", Hong Kong).
	unlisted := map[string]bool{"HK": true, "IO": true, "GS": true, "TK": true}
	g := Default()
	checked := 0
	for _, co := range g.Countries() {
		if co.Capital == "" || unlisted[co.Code] {
			continue
		}
		checked++
		if _, ok := g.CityIn(co.Capital, co.Code); !ok {
			t.Errorf("%s: capital %q not found", co.Code, co.Capital)
		}
	}
	if checked < 240 {
		t.Errorf("checked %d capitals, want at least 240", checked)
	}
}
