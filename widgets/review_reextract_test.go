package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// TestReview_reextract extracts an article again with an extractor that
// now finds a venue, an in-person meeting on another day and a second
// meeting: the typed date is not proposed, the rest is, and Apply saves it.
func TestReview_reextract(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	if err := waitSaved(t, u, func() { typeInto(u.review.form.date, "2025-09-29") }); err != nil {
		t.Fatal(err)
	}
	u.deps.Pipeline.Extract = func(doc app.Document) app.Extraction {
		ext := fakeExtract(doc)
		m := ext.Meetings[0]
		m.Kind, m.Venue, m.Date = app.KindInPerson, "Guest house", app.Date{Year: 2025, Month: 10, Day: 1}
		other := m
		other.Sources = []app.Source{{Evidence: "x", Span: app.Span{Start: len(doc.Text) - 1, End: len(doc.Text)}}}
		ext.Meetings = []app.Meeting{m, other}
		return ext
	}
	if err := waitSaved(t, u, func() { menuItem(t, u, "Meeting", "Re-extract article…").Action() }); err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, c := range dialogWidgets[*widget.Check](u) {
		labels = append(labels, c.Text)
	}
	got := strings.Join(labels, " | ")
	for _, want := range []string{"kind: In person", "venue: Guest house", "New meeting: 2025-10-01"} {
		if !strings.Contains(got, want) {
			t.Errorf("proposals %q lack %q", got, want)
		}
	}
	if strings.Contains(got, "date:") {
		t.Errorf("proposals %q change the date a person typed", got)
	}
	if err := waitSaved(t, u, func() { test.Tap(dialogButton(t, u, "Apply")) }); err != nil {
		t.Fatal(err)
	}
	m := dbMeeting(t, u, id)
	if m.Venue != "Guest house" || m.Kind != app.KindInPerson || m.Date != (app.Date{Year: 2025, Month: 9, Day: 29}) {
		t.Errorf("after Apply: venue %q kind %s date %v", m.Venue, m.Kind, m.Date)
	}
	if n := len(storedIDs(t, u)); n != 4 {
		t.Errorf("%d meetings after Apply, want 4 (one found again)", n)
	}
	if !strings.HasPrefix(u.status.message.Text, "Applied 3 changes") {
		t.Errorf("status = %q", u.status.message.Text)
	}
}
