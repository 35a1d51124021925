package widgets

import (
	"path/filepath"
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app"
)

func TestUI_viewsLoadAfterImportAndOpenMeetings(t *testing.T) {
	// Crossings to the UI goroutine are queued and run here, as the real
	// driver runs them on its one goroutine; set before the database opens.
	queue := make(chan func(), 256)
	a := test.NewTempApp(t)
	u := NewUI(a, Deps{OpenStore: openStorage, Pipeline: fakePipeline()})
	u.do = func(f func()) { queue <- f }
	t.Cleanup(func() {
		if !u.closed {
			u.win.Close()
		}
	})
	if err := u.Open(filepath.Join(t.TempDir(), "test.db")); err != nil {
		t.Fatal(err)
	}
	files := seedFiles(t)[:3]
	done := make(chan struct{}, 1)
	u.afterImport = func(app.Report, error) { done <- struct{}{} }
	u.importPaths(files)
	for len(done) == 0 {
		waitFor(t, queue)()
	}
	tl := u.views.timeline.timeline
	if len(tl.data.Meetings) != 0 || u.views.timeline.undated.Text != "" || !u.views.stale {
		t.Fatalf("the views loaded (%d meetings, %q) before their tab was shown", len(tl.data.Meetings), u.views.timeline.undated.Text)
	}
	u.tabs.Select(u.views.items[1]) // Cities: both views load, in one query
	for len(tl.data.Meetings) != len(files) || len(u.views.cities.data.Meetings) != len(files) {
		waitFor(t, queue)()
	}
	if u.views.stale || tl.data != u.views.cities.data {
		t.Errorf("stale %v after loading; shared data %v", u.views.stale, tl.data == u.views.cities.data)
	}
	if got := u.views.cities.noPlace.Text; got != "3 meetings have no place (calls, or no known city) and are not shown on the map." {
		t.Errorf("cities: %q", got)
	}
	u.views.timeline.timeline.OnSelect(tl.data.Meetings[1].ID)
	if u.tabs.Selected().Text != "Meetings" {
		t.Errorf("selected tab %q, want Meetings", u.tabs.Selected().Text)
	}
	if !onScreen(u, "Kim Junpyo — Ambassador (KR)") {
		t.Errorf("the meeting's details are not shown: %q", screenTexts(u))
	}
}

func TestTimelineView_groupingAndZoomButtons(t *testing.T) {
	test.NewTempApp(t)
	v := newTimelineView(func(_ app.ViewFilter, done func(*app.ViewData)) { done(timelineFixture(t)) }, func(int64, *app.Date) {})
	w := test.NewTempWindow(t, v.content)
	w.Resize(fyne.NewSize(900, 500))
	v.reload()
	if got := v.timeline.frame.Lanes; len(got) != 2 || got[0].Name != "IR" {
		t.Errorf("default lanes = %+v, want by country", got)
	}
	v.group.SetSelectedIndex(2)
	if got := v.timeline.frame.Lanes; len(got) != 2 || got[0].Name != "Kim Junpyo" {
		t.Errorf("lanes by person = %+v", got)
	}
	_, per := v.timeline.Viewport()
	v.timeline.Zoom(2)
	if _, now := v.timeline.Viewport(); now != per/2 {
		t.Errorf("zoom in: %v days per unit, want %v", now, per/2)
	}
	v.timeline.FitAll()
	if _, now := v.timeline.Viewport(); now != per {
		t.Errorf("fit all: %v days per unit, want %v", now, per)
	}
	v.pan.OnChanged(v.pan.Max)
	start, per := v.timeline.Viewport()
	if mid := start + float64(v.timeline.plotWidth()/2)*per; mid != v.pan.Max {
		t.Errorf("slider to the end: middle day %v, want %v", mid, v.pan.Max)
	}
}

// TestViewData_memory checks the budget: the views' data for
// 100,000 meetings, with lanes, under 100 MB.
func TestViewData_memory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := bigViewData(100_000)
	lanes := buildLanes(d, groupPerson)
	runtime.GC()
	runtime.ReadMemStats(&after)
	mb := float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc)) / (1 << 20)
	t.Logf("100,000 meetings: %.1f MB", mb)
	if mb > 100 {
		t.Errorf("view data takes %.1f MB, want under 100", mb)
	}
	runtime.KeepAlive(d)
	runtime.KeepAlive(lanes)
}

func TestViews_findMeeting(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	tl := u.views.timeline
	loaded := make(chan struct{}, 16)
	tl.loaded = func() { loaded <- struct{}{} }
	importAndWait(t, u, seedFiles(t)[:2])
	u.tabs.Select(u.views.items[0])
	for len(tl.data.Meetings) != 2 {
		waitFor(t, loaded)
	}
	want := tl.data.Meetings[0]
	tests := []struct {
		name  string
		id    int64
		found bool
	}{{"stored", want.ID, true}, {"deleted or never stored", want.ID + 1000, false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := u.views.findMeeting(tt.id, meetingDay(want))
			if err != nil {
				t.Fatal(err)
			}
			if (m != nil) != tt.found || (m != nil && (m.ID != tt.id || len(m.Sources) == 0)) {
				t.Errorf("findMeeting(%d) = %+v, want found=%v with its sources", tt.id, m, tt.found)
			}
		})
	}
}
