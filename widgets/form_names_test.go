package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// suggestionButtons are the labels of the name suggestions row r shows.
func suggestionButtons(r *participantRow) []*widget.Button {
	var bs []*widget.Button
	visible(r.names.box, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok {
			bs = append(bs, b)
		}
	})
	return bs
}

func TestReview_nameCompletion(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	kim := dbMeeting(t, u, id).Participants[0]
	// Signal when suggestions reach the screen.
	shown := make(chan string, 8)
	u.review.form.suggestPeople = func(q string, show func([]app.Person)) {
		u.review.suggestPeople(q, func(ps []app.Person) { show(ps); shown <- q })
	}
	test.Tap(button(t, u, "Add participant"))
	row := u.review.form.people[len(u.review.form.people)-1]
	u.win.Canvas().Focus(row.name)
	test.Type(row.name, "junp")
	for q := runUntil(t, u, shown); q != "junp"; q = runUntil(t, u, shown) {
	}
	bs := suggestionButtons(row)
	if len(bs) != 1 || bs[0].Text != kim.Name+" · 3 meetings" {
		var got []string
		for _, b := range bs {
			got = append(got, b.Text)
		}
		t.Fatalf("suggestions for 'junp' = %q, want [%q]", got, kim.Name+" · 3 meetings")
	}
	// Leaving the field while suggestions show saves nothing half-typed.
	u.win.Canvas().Unfocus()
	if ps := dbMeeting(t, u, id).Participants; len(ps) != len(u.review.form.people)-1 {
		t.Fatalf("leaving the field saved %d participants: %+v", len(ps), ps)
	}
	if err := waitSaved(t, u, func() { test.Tap(bs[0]) }); err != nil {
		t.Fatal(err)
	}
	ps := dbMeeting(t, u, id).Participants
	last := ps[len(ps)-1]
	if last.Name != kim.Name || last.PersonID != kim.PersonID {
		t.Errorf("taken suggestion saved as %q (person %d), want %q (person %d)", last.Name, last.PersonID, kim.Name, kim.PersonID)
	}
	if len(suggestionButtons(row)) != 0 {
		t.Error("suggestions stay after one was taken")
	}
}
