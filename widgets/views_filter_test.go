package widgets

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"parley/app"
)

// fixtureStore saves the meetings of timelineFixture (ids and all) in a
// new database, and returns a loader that reads the views' data from it as
// the app does, filter included.
func fixtureStore(t *testing.T) viewLoader {
	t.Helper()
	s, err := openStorage(filepath.Join(t.TempDir(), "views.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	kim := app.Participant{Name: "Kim Junpyo", Title: "Ambassador", Country: "KR"}
	rafi := app.Participant{Name: "Alaedin Rafizadeh", Country: "IR"}
	tehran := app.Place{City: "Tehran", Country: "IR", Lat: 35.69, Lon: 51.42}
	isfahan := app.Place{City: "Isfahan", Country: "IR", Lat: 32.65, Lon: 51.67}
	seoul := app.Place{City: "Seoul", Country: "KR", Lat: 37.57, Lon: 126.98}
	text := "Kim Junpyo met Alaedin Rafizadeh several times."
	src := []app.Source{{Evidence: text, Span: app.Span{Start: 0, End: len(text)}}}
	var ms []app.Meeting
	for _, m := range []app.Meeting{
		{Kind: app.KindInPerson, Status: app.StatusConfirmed, Date: app.Date{Year: 2025, Month: 9, Day: 23}, Place: isfahan, Participants: []app.Participant{kim}},
		{Kind: app.KindInPerson, Status: app.StatusNew, Date: app.Date{Year: 2025, Month: 9, Day: 30}, Place: tehran, Participants: []app.Participant{kim, rafi}},
		{Kind: app.KindPhone, Status: app.StatusNew, Date: app.Date{Year: 2025, Month: 6, Day: 2}, Participants: []app.Participant{rafi, kim}},
		{Kind: app.KindVideo, Status: app.StatusRejected, Date: app.Date{Year: 2025, Month: 3, Day: 10}, Place: seoul, Participants: []app.Participant{kim}},
		{Kind: app.KindInPerson, Status: app.StatusNew, Date: app.Date{Year: 2025, Month: 4}, Place: seoul, Participants: []app.Participant{kim}},
		{Kind: app.KindInPerson, Status: app.StatusConfirmed, Date: app.Date{Year: 2024}, Place: tehran, Participants: []app.Participant{rafi}},
		{Kind: app.KindInPerson, Status: app.StatusNew, Place: tehran, Participants: []app.Participant{rafi}},
	} {
		m.Confidence, m.Sources = 0.9, src
		ms = append(ms, m)
	}
	na := app.NewArticle{Article: app.Article{Path: "views.txt", Hash: app.ContentHash(text), Format: "txt", Title: "Views", Text: text}, Meetings: ms}
	if _, err := s.SaveArticles(context.Background(), []app.NewArticle{na}); err != nil {
		t.Fatal(err)
	}
	return func(f app.ViewFilter, done func(*app.ViewData)) {
		d, err := app.LoadViewData(context.Background(), s, f)
		if err != nil {
			t.Errorf("LoadViewData(%+v): %v", f, err)
		}
		done(&d)
	}
}

// setFilter types text into e as a user does and presses Enter.
func setFilter(e *commitEntry, text string) {
	e.SetText("")
	test.Type(e, text)
	e.TypedKey(enterKey())
}

// drawnMeetings are the date and lane country of the meetings the
// timeline has, sorted, and the undated tray's text. It fails the test
// unless the groups drawn (marks, bubbles and spans) hold them all.
func drawnMeetings(t *testing.T, v *timelineView) []string {
	t.Helper()
	var out []string
	for _, m := range v.data.Meetings {
		if m.Dated() {
			out = append(out, fmt.Sprintf("%s %s", viewDate(m), v.data.Countries[m.Country]))
		}
	}
	drawn := 0
	for _, g := range v.timeline.frame.Groups {
		drawn += g.Count
	}
	if drawn != len(out) {
		t.Errorf("the timeline draws %d meetings, want %d", drawn, len(out))
	}
	sort.Strings(out)
	return append(out, v.undated.Text)
}

// laneLabels are the lane names drawn on the timeline, top to bottom.
func laneLabels(tl *Timeline) []string {
	var names []string
	for _, l := range tl.frame.Lanes {
		names = append(names, l.Name)
	}
	return names
}

func TestTimelineView_filters(t *testing.T) {
	tests := []struct {
		name  string
		set   func(f *viewFilter)
		lanes []string
		drawn []string
	}{
		{"none", func(*viewFilter) {}, []string{"IR", "KR"}, []string{"2024 IR", "2025-03-10 KR", "2025-04 KR", "2025-06-02 IR",
			"2025-09-23 IR", "2025-09-30 IR", "Undated: 1 meeting (not on the axis)"}},
		{"country", func(f *viewFilter) { setFilter(f.country, "kr") }, []string{"IR", "KR"}, []string{"2025-03-10 KR", "2025-04 KR",
			"2025-06-02 IR", "2025-09-23 IR", "2025-09-30 IR", "Undated: 0 meetings (not on the axis)"}},
		{"date range", func(f *viewFilter) { setFilter(f.from, "2025-06"); setFilter(f.to, "2025-09-25") }, []string{"IR"},
			[]string{"2025-06-02 IR", "2025-09-23 IR", "Undated: 0 meetings (not on the axis)"}},
		{"year overlaps", func(f *viewFilter) { setFilter(f.from, "2024-05-01"); setFilter(f.to, "2024-12") }, []string{"IR"},
			[]string{"2024 IR", "Undated: 0 meetings (not on the axis)"}},
		{"person", func(f *viewFilter) { setFilter(f.person, "rafizadeh") }, []string{"IR"}, []string{"2024 IR", "2025-06-02 IR",
			"2025-09-30 IR", "Undated: 1 meeting (not on the axis)"}},
		{"person and status", func(f *viewFilter) { setFilter(f.person, "KIM"); f.status.SetSelected("Confirmed") }, []string{"IR"},
			[]string{"2025-09-23 IR", "Undated: 0 meetings (not on the axis)"}},
		{"nothing matches", func(f *viewFilter) { setFilter(f.person, "Nobody") }, nil, []string{"No meetings match the filters."}},
		{"bad date left out", func(f *viewFilter) { setFilter(f.from, "2025-13") }, []string{"IR", "KR"}, []string{"2024 IR",
			"2025-03-10 KR", "2025-04 KR", "2025-06-02 IR", "2025-09-23 IR", "2025-09-30 IR", "Undated: 1 meeting (not on the axis)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			v := newTimelineView(fixtureStore(t), func(int64, *app.Date) {})
			w := test.NewTempWindow(t, v.content)
			w.Resize(fyne.NewSize(1000, 500))
			v.reload()
			tt.set(v.filter)
			v.timeline.FitAll()
			if got := laneLabels(v.timeline); !slices.Equal(got, tt.lanes) {
				t.Errorf("lanes = %q, want %q", got, tt.lanes)
			}
			if got := drawnMeetings(t, v); !slices.Equal(got, tt.drawn) {
				t.Errorf("drawn = %q, want %q", got, tt.drawn)
			}
		})
	}
}

func TestViewFilter_entries(t *testing.T) {
	test.NewTempApp(t)
	loads := 0
	f := newViewFilter(func() { loads++ })
	setFilter(f.country, "ir")
	setFilter(f.from, "2025-02")
	setFilter(f.to, "2025")
	setFilter(f.person, " Kim ")
	got := f.filter()
	if got.Country != "IR" || got.From.String() != "2025-02" || got.To.String() != "2025" || got.Person != "Kim" {
		t.Errorf("filter = %+v, want IR, 2025-02 to 2025, Kim", got)
	}
	if loads != 4 {
		t.Errorf("%d reloads, want 4 (one per change)", loads)
	}
	f.person.FocusLost() // leaving an entry unchanged does not reload
	f.person.TypedKey(enterKey())
	if loads != 4 {
		t.Errorf("%d reloads after committing an unchanged entry, want 4", loads)
	}
	for _, bad := range []struct {
		e    *commitEntry
		text string
	}{{f.country, "Iran"}, {f.from, "2025-13"}, {f.to, "soon"}} {
		if err := bad.e.Validator(bad.text); err == nil {
			t.Errorf("%q is accepted as a filter bound", bad.text)
		}
	}
	if err := f.from.Validator(""); err != nil {
		t.Errorf("an empty bound is refused: %v", err)
	}
}

func TestCitiesView_filters(t *testing.T) {
	tests := []struct {
		name    string
		set     func(f *viewFilter)
		rows    []string
		noPlace string
	}{
		{"country", func(f *viewFilter) { setFilter(f.country, "KR") }, []string{"Isfahan | IR | 1 | 2025-09-23 | 2025-09-23",
			"Seoul | KR | 1 | 2025-04 | 2025-04", "Tehran | IR | 1 | 2025-09-30 | 2025-09-30"}, "2 meetings have"},
		{"date range", func(f *viewFilter) { setFilter(f.from, "2025-09") }, []string{"Isfahan | IR | 1 | 2025-09-23 | 2025-09-23",
			"Tehran | IR | 1 | 2025-09-30 | 2025-09-30"}, "0 meetings have"},
		{"person", func(f *viewFilter) { setFilter(f.person, "Rafizadeh") }, []string{"Tehran | IR | 3 | 2024 | 2025-09-30"}, "1 meeting has"},
		{"nothing matches", func(f *viewFilter) { setFilter(f.country, "FR") }, nil, "No meetings match the filters."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			v := newCitiesView(fixtureStore(t), func(int64, *app.Date) {})
			w := test.NewTempWindow(t, v.content)
			w.Resize(fyne.NewSize(1000, 600))
			v.reload()
			tt.set(v.filter)
			if got := cityRows(v); !slices.Equal(got, tt.rows) {
				t.Errorf("city rows = %q, want %q", got, tt.rows)
			}
			if got := v.noPlace.Text; len(got) < len(tt.noPlace) || got[:len(tt.noPlace)] != tt.noPlace {
				t.Errorf("no-place label = %q, want it to start %q", got, tt.noPlace)
			}
			if len(v.cityMap.dots) != len(tt.rows) {
				t.Errorf("%d dots on the map, want %d", len(v.cityMap.dots), len(tt.rows))
			}
		})
	}
}

// TestTimeline_laneLabelsStayWhilePanning drags the plot and moves the pan
// slider: the lane names are still drawn in the label column.
func TestTimeline_laneLabelsStayWhilePanning(t *testing.T) {
	test.NewTempApp(t)
	v := newTimelineView(func(_ app.ViewFilter, done func(*app.ViewData)) { done(timelineFixture(t)) }, func(int64, *app.Date) {})
	w := test.NewTempWindow(t, v.content)
	w.Resize(fyne.NewSize(900, 500))
	v.reload()
	pan := []func(){
		func() { v.timeline.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: -5000}}) },
		func() { v.pan.SetValue(v.pan.Min) },
		func() { v.pan.SetValue(v.pan.Max) },
	}
	for i, p := range pan {
		p()
		var labels []string
		visible(v.timeline, func(o fyne.CanvasObject) {
			if tx, ok := o.(*canvas.Text); ok && tx.Position().X < tlLabelWidth && tx.Position().Y >= tlAxisHeight {
				labels = append(labels, tx.Text)
			}
		})
		if !slices.Contains(labels, "IR") || !slices.Contains(labels, "KR") {
			t.Errorf("pan %d: labels in the lane column %q, want IR and KR", i, labels)
		}
	}
}

func TestFitViewport(t *testing.T) {
	tests := []struct {
		name        string
		first, last int32
		mid, days   float64 // the middle day and the days shown in 1,000 units
	}{
		{"one day sits in the middle", 100, 101, 100.5, 32.4},
		{"a year", 0, 365, 182.5, 365 * 1.08},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := fitViewport(tt.first, tt.last, 1000)
			mid, days := v.day(500), 1000*v.DaysPerPx
			if math.Abs(mid-tt.mid) > 1e-9 || math.Abs(days-tt.days) > 1e-9 {
				t.Errorf("fitViewport(%d, %d): middle %v, %v days; want %v, %v", tt.first, tt.last, mid, days, tt.mid, tt.days)
			}
		})
	}
}
