package widgets

import (
	"testing"

	"parley/app"
)

// yesterdayPipeline reports each meeting as held the day before the
// article's published date when it has one, as "yesterday" would be read.
func yesterdayPipeline() app.Pipeline {
	pl := fakePipeline()
	pl.Extract = func(doc app.Document) app.Extraction {
		ex := fakeExtract(doc)
		if t, ok := doc.Published.Time(); ok {
			ex.Meetings[0].Date = app.DayDate(t.AddDate(0, 0, -1))
		}
		return ex
	}
	return pl
}

func TestReview_publishedDateReResolves(t *testing.T) {
	u := newReviewUIWith(t, yesterdayPipeline())
	first, second := u.review.items[0].ID, u.review.items[1].ID
	if err := waitSaved(t, u, func() { typeInto(u.review.source.published, "2025-10-05") }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, first).Date; got != (app.Date{Year: 2025, Month: 10, Day: 4}) {
		t.Errorf("re-resolved date = %v, want 2025-10-04", got)
	}
	if got := u.review.form.date.Text; got != "2025-10-04" {
		t.Errorf("form date = %q, want 2025-10-04", got)
	}

	// A date a person set stays put when the published date changes.
	if u.review.open != first {
		t.Fatalf("open meeting = %d, want %d", u.review.open, first)
	}
	tapQueueRow(t, u, u.review.index(second))
	if err := waitSaved(t, u, func() { typeInto(u.review.form.date, "2025-09-01") }); err != nil {
		t.Fatal(err)
	}
	if err := waitSaved(t, u, func() { typeInto(u.review.source.published, "2025-10-20") }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, second).Date; got != (app.Date{Year: 2025, Month: 9, Day: 1}) {
		t.Errorf("hand-set date = %v after a published-date change, want 2025-09-01", got)
	}

	// An impossible published date shows an error and is not saved.
	u.review.source.published.SetText("")
	typeInto(u.review.source.published, "2025-02-30")
	if !u.review.source.pubError.Visible() {
		t.Error("no inline error for published date 2025-02-30")
	}
}
