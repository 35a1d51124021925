package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app"
)

// The markup goldens live in testdata/*.xml; when one differs, Fyne writes
// the new rendering to testdata/failed/ for review (and copying over).

func TestMeetingRow_markup(t *testing.T) {
	test.NewTempApp(t)
	r := newMeetingRow()
	r.Set(app.Meeting{
		Kind:       app.KindVideo,
		Date:       app.Date{Year: 2025, Month: 9},
		Place:      app.Place{City: "Tehran", Country: "IR"},
		Status:     app.StatusConfirmed,
		Confidence: 0.92,
		Participants: []app.Participant{
			{Name: "Kim Junpyo", Country: "KR"},
			{Name: "Alaedin Rafizadeh", Country: "IR"},
		},
	})
	r.Resize(fyne.NewSize(900, r.MinSize().Height))
	test.AssertObjectRendersToMarkup(t, "meeting_row.xml", r)
}

func TestWelcomeView_markup(t *testing.T) {
	test.NewTempApp(t)
	v := newWelcomeView(func() {}, func() {})
	w := test.NewTempWindow(t, v.content)
	w.Resize(fyne.NewSize(900, 500))
	test.AssertRendersToMarkup(t, "welcome.xml", w.Canvas())
}
