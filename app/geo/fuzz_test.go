package geo

import "testing"

// FuzzLookup feeds arbitrary text to every lookup: none may panic, and a
// city found by any spelling must be found again by its own name.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Isfahan", "Đà Nẵng", "the UAE's", "'s", "\xff", "New  Delhi-"} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		g.CountryByName(s)
		g.CountryByDemonym(s)
		g.IsCommonWord(s)
		g.Complete(s, 3)
		c, ok := g.City(s)
		if !ok {
			return
		}
		if again, ok := g.CityIn(c.Name, c.Country); !ok || Fold(again.Name) != Fold(c.Name) {
			t.Errorf("City(%q) = %q (%s), but CityIn(%q, %s) = %q, %v", s, c.Name, c.Country, c.Name, c.Country, again.Name, ok)
		}
	})
}
