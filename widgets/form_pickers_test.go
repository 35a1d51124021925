package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// overlayButton finds the button labelled label in the top pop-up.
func overlayButton(t *testing.T, u *reviewUI, label string) *widget.Button {
	t.Helper()
	var found *widget.Button
	visible(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q in the pop-up", label)
	}
	return found
}

func TestReview_datePicker(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	m := dbMeeting(t, u, id)
	test.Tap(u.review.form.pickDate)
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the calendar button opened nothing")
	}
	if err := waitSaved(t, u, func() { test.Tap(overlayButton(t, u, "14")) }); err != nil {
		t.Fatal(err)
	}
	want := app.Date{Year: m.Date.Year, Month: m.Date.Month, Day: 14}
	if m.Date.Month == 0 { // undated meetings open the calendar on today's month
		t.Fatalf("fixture meeting %d has no month: %v", id, m.Date)
	}
	if got := dbMeeting(t, u, id).Date; got != want {
		t.Errorf("picked date saved as %v, want %v", got, want)
	}
	if got := u.review.form.date.Text; got != want.String() {
		t.Errorf("date field = %q, want %q", got, want.String())
	}
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the calendar stays open after a day was picked")
	}
}

func TestReview_countryChooser(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	row := u.review.form.people[0]
	test.Tap(row.chooseCountry)
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the country button opened nothing")
	}
	search, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("focus is on %T, want the chooser's search field", u.win.Canvas().Focused())
	}
	test.Type(search, "swed")
	if !containsText(top, "SE  Sweden") || containsText(top, "KR  South Korea") {
		t.Error("searching 'swed' does not list Sweden alone")
	}
	if err := waitSaved(t, u, func() { search.TypedKey(enterKey()) }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, id).Participants[0].Country; got != "SE" {
		t.Errorf("chosen country saved as %q, want SE", got)
	}
	if row.country.Text != "SE" || u.win.Canvas().Overlays().Top() != nil {
		t.Errorf("after choosing: field %q, pop-up open %v", row.country.Text, u.win.Canvas().Overlays().Top() != nil)
	}
}

func TestReview_countryTypedByName(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	row := u.review.form.people[1]
	if dbMeeting(t, u, id).Participants[1].Country == "SE" {
		t.Fatal("fixture: the participant is Swedish already")
	}
	if err := waitSaved(t, u, func() { typeInto(row.country, "Swedish") }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, id).Participants[1].Country; got != "SE" {
		t.Errorf("'Swedish' saved as %q, want SE", got)
	}
	if row.country.Text != "SE" {
		t.Errorf("field shows %q, want SE", row.country.Text)
	}
	// Something that is no country is refused inline and not saved.
	typeInto(row.country, "Atlantis")
	if !u.review.form.peopleError.Visible() {
		t.Error("no inline error for country 'Atlantis'")
	}
	if got := dbMeeting(t, u, id).Participants[1].Country; got != "SE" {
		t.Errorf("after 'Atlantis' the database has %q, want SE kept", got)
	}
}

// containsText reports whether a visible label or text under o reads s.
func containsText(o fyne.CanvasObject, s string) bool {
	found := false
	visible(o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok && l.Text == s {
			found = true
		}
	})
	return found
}
