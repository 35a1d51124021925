package widgets

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

func TestReviewForm_fields(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(u *reviewUI)
		check func(t *testing.T, m app.Meeting)
	}{
		{"kind", func(u *reviewUI) { u.review.form.kind.SetSelected("Video call") }, func(t *testing.T, m app.Meeting) {
			if m.Kind != app.KindVideo {
				t.Errorf("kind = %q", m.Kind)
			}
		}},
		{"topics", func(u *reviewUI) { typeInto(u.review.form.topics, "trade, water ,") }, func(t *testing.T, m app.Meeting) {
			if !slices.Equal(m.Topics, []string{"trade", "water"}) {
				t.Errorf("topics = %q", m.Topics)
			}
		}},
		{"notes on leaving the field", func(u *reviewUI) {
			u.win.Canvas().Focus(u.review.form.notes)
			test.Type(u.review.form.notes, "Check the date")
			u.win.Canvas().Unfocus()
		}, func(t *testing.T, m app.Meeting) {
			if m.Notes != "Check the date" {
				t.Errorf("notes = %q", m.Notes)
			}
		}},
		{"typed city the gazetteer knows", func(u *reviewUI) { typeInto(u.review.form.city, "Geneva") }, func(t *testing.T, m app.Meeting) {
			if m.Place.City != "Geneva" || m.Place.Country != "CH" || m.Place.Lat == 0 || m.Place.GeoID == 0 {
				t.Errorf("place = %+v", m.Place)
			}
		}},
		{"city suggestion", func(u *reviewUI) {
			u.review.form.city.SetText("")
			test.Type(u.review.form.city, "Shira")
			test.Tap(suggestion(t, u, "Shiraz, IR"))
		}, func(t *testing.T, m app.Meeting) {
			if m.Place.City != "Shiraz" || m.Place.Country != "IR" || m.Place.Lat < 29 || m.Place.Lat > 30 {
				t.Errorf("place = %+v", m.Place)
			}
		}},
		{"unknown city keeps the country", func(u *reviewUI) { typeInto(u.review.form.city, "Qqqville") }, func(t *testing.T, m app.Meeting) {
			if m.Place.City != "Qqqville" || m.Place.Country != "IR" || m.Place.GeoID != 0 {
				t.Errorf("place = %+v", m.Place)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newReviewUI(t)
			id := u.review.open
			if err := waitSaved(t, u, func() { tt.edit(u) }); err != nil {
				t.Fatal(err)
			}
			tt.check(t, dbMeeting(t, u, id))
		})
	}
}

// suggestion finds the city suggestion button labelled label.
func suggestion(t *testing.T, u *reviewUI, label string) *widget.Button {
	t.Helper()
	var labels []string
	for _, o := range u.review.form.suggestions.Objects {
		b := o.(*widget.Button)
		if b.Text == label {
			return b
		}
		labels = append(labels, b.Text)
	}
	t.Fatalf("no suggestion %q among %q", label, labels)
	return nil
}

func TestReviewForm_filterAndSearch(t *testing.T) {
	u := newReviewUI(t)
	first := u.review.open
	if err := waitSaved(t, u, func() { u.review.Confirm() }); err != nil {
		t.Fatal(err)
	}
	u.review.status.SetSelectedIndex(1) // Confirmed
	if len(u.review.items) != 1 || u.review.items[0].ID != first {
		t.Fatalf("confirmed queue = %d meetings, want meeting %d alone", len(u.review.items), first)
	}
	if !strings.HasPrefix(u.review.status.Selected, "Confirmed (1)") {
		t.Errorf("filter shows %q", u.review.status.Selected)
	}
	u.review.status.SetSelectedIndex(3) // All
	typeInto(u.review.search, "Nobodyknowsthisword")
	if len(u.review.items) != 0 || u.review.open != 0 {
		t.Errorf("search for an unknown word: %d meetings, open %d", len(u.review.items), u.review.open)
	}
	u.review.search.SetText("")
	typeInto(u.review.search, "Rafizadeh")
	if len(u.review.items) != 3 {
		t.Errorf("search for a participant: %d meetings, want 3", len(u.review.items))
	}
}

func TestReview_queueFilters(t *testing.T) {
	u := newReviewUI(t)
	r := u.review
	typeInto(r.country, "KR")
	if len(r.items) != 3 {
		t.Errorf("country KR: %d meetings, want 3", len(r.items))
	}
	typeInto(r.country, "FR")
	if len(r.items) != 0 {
		t.Errorf("country FR: %d meetings, want 0", len(r.items))
	}
	r.country.SetText("")
	typeInto(r.from, "2025-10")
	if len(r.items) != 0 {
		t.Errorf("from 2025-10: %d meetings, want 0 (all are 2025-09-30)", len(r.items))
	}
	r.from.SetText("")
	typeInto(r.to, "2025-09")
	if len(r.items) != 3 {
		t.Errorf("to 2025-09: %d meetings, want 3", len(r.items))
	}
	r.sort.SetSelectedIndex(1)
	if r.applied.Sort != app.SortByImport || r.items[0].ID < r.items[2].ID {
		t.Errorf("by import: sort %q, ids %d..%d, want newest first", r.applied.Sort, r.items[0].ID, r.items[2].ID)
	}
}
