package storage

import (
	"context"
	"database/sql"
	"testing"

	"parley/app"
)

// TestResolvePlace feeds places in order to one database and checks which
// row each resolves to: the same number means the same row.
func TestResolvePlace(t *testing.T) {
	tehran := app.Place{City: "Tehran", Country: "IR", Lat: 35.69, Lon: 51.42, GeoID: 112931}
	steps := []struct {
		name  string
		place app.Place
		want  int64 // expected place id; 0 for none
	}{
		{"zero place", app.Place{}, 0},
		{"by geonames id", tehran, 1},
		{"same geonames id again", app.Place{City: "Teheran", Country: "IR", GeoID: 112931}, 1},
		{"same city and country without id", app.Place{City: "TEHRAN", Country: "ir"}, 1},
		{"new city without id", app.Place{City: "Qom", Country: "IR"}, 2},
		{"same city without id, accents", app.Place{City: "Qóm ", Country: "IR"}, 2},
		{"gazetteer later names it", app.Place{City: "Qom", Country: "IR", Lat: 34.64, Lon: 50.88, GeoID: 119208}, 2},
		{"same name other country", app.Place{City: "Tehran", Country: "US"}, 3},
		{"country only", app.Place{Country: "CH"}, 4},
		{"other place, same name and country, other id", app.Place{City: "Tehran", Country: "IR", GeoID: 999}, 5},
	}
	s := openTest(t)
	ctx := context.Background()
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		for _, st := range steps {
			got, err := resolvePlace(ctx, tx, st.place)
			if err != nil {
				return err
			}
			if id, _ := got.(int64); id != st.want {
				t.Errorf("%s: place id %v, want %d", st.name, got, st.want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var geo int64
	var lat float64
	if err := s.read.QueryRow(`SELECT geonames_id, lat FROM places WHERE id = 2`).Scan(&geo, &lat); err != nil {
		t.Fatal(err)
	}
	if geo != 119208 || lat != 34.64 {
		t.Errorf("Qom after the gazetteer named it: geonames %d, lat %v; want 119208, 34.64", geo, lat)
	}
}

func TestStore_placesInMeetings(t *testing.T) {
	s := openTest(t)
	save(t, s, sampleBatch(t))
	m, err := s.FindMeetings(context.Background(), app.MeetingFilter{Sort: app.SortByImport})
	if err != nil {
		t.Fatal(err)
	}
	byCity := map[string]app.Place{}
	for _, x := range m {
		byCity[x.Place.City] = x.Place
	}
	want := app.Place{City: "Tehran", Country: "IR", Lat: 35.6944, Lon: 51.4215, GeoID: 112931}
	if byCity["Tehran"] != want {
		t.Errorf("Tehran read back as %+v, want %+v", byCity["Tehran"], want)
	}
	if g := byCity["Geneva"]; g.Country != "CH" || g.Lat != 0 || g.GeoID != 0 {
		t.Errorf("Geneva without coordinates read back as %+v", g)
	}
}
