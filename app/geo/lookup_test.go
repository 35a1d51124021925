package geo

import "testing"

func TestGazetteer_Lookup(t *testing.T) {
	g := Default()
	tests := []struct {
		name, city string
		kind       MatchKind
	}{
		{"Isfahan", "Isfahan", MatchExact},
		{"Esfahan", "Isfahan", MatchAlternate},
		{"New Delhi", "New Delhi", MatchExact},
		{"Tehran's", "Tehran", MatchExact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, kind, ok := g.Lookup(tt.name)
			if !ok || c.Name != tt.city || kind != tt.kind {
				t.Errorf("Lookup(%q) = %q %v %v, want %q %v", tt.name, c.Name, kind, ok, tt.city, tt.kind)
			}
			if cc, _ := g.City(tt.name); cc.Name != c.Name {
				t.Errorf("Lookup(%q) chose %q, City chose %q", tt.name, c.Name, cc.Name)
			}
		})
	}
	if _, kind, ok := g.Lookup("Raj"); ok && kind != MatchAlternate {
		t.Errorf("Lookup(Raj) kind %v, want an alternate match or none", kind)
	}
	if _, _, ok := g.Lookup("Qwzxv"); ok {
		t.Error("Lookup(Qwzxv) found a city")
	}
}

func TestMatchKind_String(t *testing.T) {
	for k, want := range map[MatchKind]string{MatchExact: "exact", MatchAlternate: "alternate", 0: "none"} {
		if got := k.String(); got != want {
			t.Errorf("MatchKind(%d).String() = %q, want %q", k, got, want)
		}
	}
}
