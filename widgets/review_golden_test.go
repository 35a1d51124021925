package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app"
)

func TestQueueRow_markup(t *testing.T) {
	test.NewTempApp(t)
	r := newQueueRow()
	r.Set(app.Meeting{
		Date:       app.Date{Year: 2025, Month: 9, Day: 30},
		Place:      app.Place{City: "Isfahan", Country: "IR"},
		Confidence: 0.4,
		Participants: []app.Participant{
			{Name: "Kim Junpyo", Country: "KR"},
			{Name: "Alaedin Rafizadeh", Country: "IR"},
		},
	})
	r.Resize(fyne.NewSize(420, r.MinSize().Height))
	test.AssertObjectRendersToMarkup(t, "review_queue_row.xml", r)
}

func TestSourcePanel_markup(t *testing.T) {
	test.NewTempApp(t)
	p := newSourcePanel()
	text := "ISFAHAN, 30 September -- The ambassador met the vice president on Tuesday. They spoke about technology."
	ev := "The ambassador met the vice president on Tuesday."
	start := len("ISFAHAN, 30 September -- ")
	w := test.NewTempWindow(t, p.content)
	w.Resize(fyne.NewSize(360, 300))
	p.Set(app.Article{Title: "Envoy visits Isfahan", Outlet: "Test Wire", Published: app.Date{Year: 2025, Month: 10, Day: 1}, Text: text},
		app.Source{Evidence: ev, Span: app.Span{Start: start, End: start + len(ev)}})
	test.AssertRendersToMarkup(t, "review_source.xml", w.Canvas())
}
