package widgets

import (
	"bytes"
	"image/png"
	"math/rand"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"parley/app"
)

// day is the day number of a calendar date.
func day(y, m, d int) int32 {
	return app.DayNumber(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
}

// timelineFixture is a small fixed dataset: two countries, a month and a
// year span, a phone call, a video call and an undated meeting.
func timelineFixture(t *testing.T) *app.ViewData {
	t.Helper()
	kim := app.Participant{Name: "Kim Junpyo", Country: "KR"}
	rafi := app.Participant{Name: "Alaedin Rafizadeh", Country: "IR"}
	tehran := app.Place{City: "Tehran", Country: "IR", Lat: 35.69, Lon: 51.42}
	isfahan := app.Place{City: "Isfahan", Country: "IR", Lat: 32.65, Lon: 51.67}
	seoul := app.Place{City: "Seoul", Country: "KR", Lat: 37.57, Lon: 126.98}
	b := app.NewViewBuilder()
	for _, m := range []app.Meeting{
		{ID: 1, Kind: app.KindInPerson, Status: app.StatusConfirmed, Date: app.Date{Year: 2025, Month: 9, Day: 23}, Place: isfahan, Participants: []app.Participant{kim}},
		{ID: 2, Kind: app.KindInPerson, Status: app.StatusNew, Date: app.Date{Year: 2025, Month: 9, Day: 30}, Place: tehran, Participants: []app.Participant{kim, rafi}},
		{ID: 3, Kind: app.KindPhone, Status: app.StatusNew, Date: app.Date{Year: 2025, Month: 6, Day: 2}, Participants: []app.Participant{rafi, kim}},
		{ID: 4, Kind: app.KindVideo, Status: app.StatusRejected, Date: app.Date{Year: 2025, Month: 3, Day: 10}, Place: seoul, Participants: []app.Participant{kim}},
		{ID: 5, Kind: app.KindInPerson, Status: app.StatusNew, Date: app.Date{Year: 2025, Month: 4}, Place: seoul, Participants: []app.Participant{kim}},
		{ID: 6, Kind: app.KindInPerson, Status: app.StatusConfirmed, Date: app.Date{Year: 2024}, Place: tehran, Participants: []app.Participant{rafi}},
		{ID: 7, Kind: app.KindInPerson, Status: app.StatusNew, Place: tehran, Participants: []app.Participant{rafi}},
	} {
		b.Add(m)
	}
	d := b.Done()
	return &d
}

func TestChooseTickUnit(t *testing.T) {
	tests := []struct {
		name      string
		daysPerPx float64
		want      string
	}{
		{"days", 1.0 / 100, "days"},
		{"weeks", 7.0 / 100, "weeks"},
		{"months", 0.3, "months"},
		{"quarters", 1, "quarters"},
		{"years", 4, "years"},
		{"decades", 30, "decades"},
		{"50 years", 100, "50 years"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chooseTickUnit(tt.daysPerPx).name; got != tt.want {
				t.Errorf("chooseTickUnit(%v) = %s, want %s", tt.daysPerPx, got, tt.want)
			}
		})
	}
}

func TestAxisTicks(t *testing.T) {
	tests := []struct {
		name      string
		vp        tlViewport
		wantFirst string
		wantUnit  string
	}{
		{"months", tlViewport{Start: float64(day(2025, 8, 20)), DaysPerPx: 0.3}, "Sep 2025", "months"},
		{"days", tlViewport{Start: float64(day(2025, 9, 29)) + 0.5, DaysPerPx: 0.01}, "Tue 30 Sep", "days"},
		{"weeks start on Monday", tlViewport{Start: float64(day(2025, 9, 24)), DaysPerPx: 0.07}, "29 Sep 2025", "weeks"},
		{"years", tlViewport{Start: float64(day(2023, 6, 1)), DaysPerPx: 4}, "2024", "years"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ticks, unit := axisTicks(tt.vp, 600)
			if unit != tt.wantUnit || len(ticks) == 0 || ticks[0].Label != tt.wantFirst {
				t.Fatalf("axisTicks = %s %v, want %s first %q", unit, ticks, tt.wantUnit, tt.wantFirst)
			}
			for i := 1; i < len(ticks); i++ {
				if ticks[i].X-ticks[i-1].X < tlTickSpacing*0.9 {
					t.Errorf("ticks %d and %d only %.0f apart", i-1, i, ticks[i].X-ticks[i-1].X)
				}
			}
		})
	}
}

func TestBuildLanes(t *testing.T) {
	d := timelineFixture(t)
	tests := []struct {
		name  string
		g     laneGrouping
		names []string
	}{
		{"none", groupNone, []string{"All meetings"}},
		{"country", groupCountry, []string{"IR", "KR"}},
		{"person", groupPerson, []string{"Kim Junpyo", "Alaedin Rafizadeh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lanes := buildLanes(d, tt.g)
			var names []string
			total := 0
			for _, l := range lanes {
				names = append(names, l.Name)
				total += l.Count
			}
			if !equalStrings(names, tt.names) {
				t.Errorf("lanes = %v, want %v", names, tt.names)
			}
			if total != 6 {
				t.Errorf("lanes hold %d meetings, want the 6 dated ones", total)
			}
		})
	}
}

func TestLayoutTimeline_spansAndPoints(t *testing.T) {
	d := timelineFixture(t)
	lanes := buildLanes(d, groupNone)
	vp := tlViewport{Start: float64(day(2024, 1, 1)), DaysPerPx: 1}
	f := layoutTimeline(d, lanes, 0, vp, fyne.NewSize(tlLabelWidth+800, 200), day(2025, 11, 1))
	spans := map[int64]markGroup{}
	points := map[int64]markGroup{}
	for _, g := range f.Groups {
		if g.Span {
			spans[d.Meetings[g.First].ID] = g
		} else {
			points[d.Meetings[g.First].ID] = g
		}
	}
	if g, ok := spans[5]; !ok || g.W < 29 || g.W > 31 {
		t.Errorf("April 2025 span = %+v, want a bar 30 days wide", g)
	}
	if g, ok := spans[6]; !ok || g.W < 365 || g.W > 367 || g.X != 0 {
		t.Errorf("2024 span = %+v, want a bar over the whole year from x 0", g)
	}
	if len(points) != 3 { // 3 and 4 alone; 1 and 2 a week apart merge at 1 day a unit? no: 7 units apart < 12
		t.Errorf("points = %+v, want 3 groups", points)
	}
	if g := points[1]; g.Count != 2 {
		t.Errorf("the two September meetings a week apart = %+v, want one bubble of 2", g)
	}
	if f.Today != vp.x(float64(day(2025, 11, 1))+0.5) {
		t.Errorf("today at %v", f.Today)
	}
}

func TestLayoutTimeline_lanesThatDoNotFit(t *testing.T) {
	d := timelineFixture(t)
	lanes := buildLanes(d, groupPerson)
	f := layoutTimeline(d, lanes, 0, tlViewport{DaysPerPx: 1}, fyne.NewSize(800, tlAxisHeight+tlLaneHeight), 0)
	if len(f.Lanes) != 1 || f.Above != 0 || f.Below != 1 {
		t.Errorf("one lane's height: %d lanes, %d above, %d below; want 1, 0, 1", len(f.Lanes), f.Above, f.Below)
	}
}

func TestLayoutTimeline_bubbleSplitsOnZoom(t *testing.T) {
	d := timelineFixture(t)
	lanes := buildLanes(d, groupNone)
	count := func(vp tlViewport) int {
		n := 0
		for _, g := range layoutTimeline(d, lanes, 0, vp, fyne.NewSize(tlLabelWidth+800, 200), 0).Groups {
			if !g.Span {
				n++
			}
		}
		return n
	}
	far := tlViewport{Start: float64(day(2025, 1, 1)), DaysPerPx: 2}
	if n := count(far); n != 3 {
		t.Errorf("zoomed out: %d point groups, want 3", n)
	}
	if n := count(far.zoom(4, 0)); n != 4 {
		t.Errorf("zoomed in: %d point groups, want 4 (the bubble split)", n)
	}
}

func TestTimeline_undatedTray(t *testing.T) {
	test.NewTempApp(t)
	v := newTimelineView(func(_ app.ViewFilter, done func(*app.ViewData)) { done(timelineFixture(t)) }, func(int64, *app.Date) {})
	v.reload()
	if got := v.undated.Text; got != "Undated: 1 meeting (not on the axis)" {
		t.Errorf("undated tray = %q", got)
	}
}

// newTestTimeline shows the fixture in a window, grouped by country and
// framed on September 2025.
func newTestTimeline(t *testing.T) (*Timeline, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	tl := NewTimeline()
	w := test.NewTempWindow(t, tl)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(tlLabelWidth+600, 200))
	tl.SetGrouping(groupCountry)
	tl.SetData(timelineFixture(t))
	tl.today = day(2025, 10, 15)
	tl.vp, tl.fitted = fitViewport(day(2025, 9, 1), day(2025, 10, 1), tl.plotWidth()), true
	tl.Refresh()
	return tl, w
}

// markAt is the widget position of the single mark of meeting id.
func markAt(t *testing.T, tl *Timeline, id int64) fyne.Position {
	t.Helper()
	for _, g := range tl.frame.Groups {
		if !g.Span && g.Count == 1 && tl.data.Meetings[g.First].ID == id {
			return fyne.NewPos(tlLabelWidth+g.X, tl.frame.Lanes[g.Lane].Y+tlMarkTop+tlMarkSize/2)
		}
	}
	t.Fatalf("no single mark of meeting %d in %+v", id, tl.frame.Groups)
	return fyne.Position{}
}

func TestTimeline_tapSelects(t *testing.T) {
	tl, _ := newTestTimeline(t)
	var got int64
	tl.OnSelect = func(id int64) { got = id }
	test.TapAt(tl, markAt(t, tl, 2))
	if got != 2 {
		t.Errorf("OnSelect got %d, want 2", got)
	}
	got = 0
	test.TapAt(tl, fyne.NewPos(tlLabelWidth+5, 190))
	if got != 0 {
		t.Errorf("a tap on empty space selected %d", got)
	}
}

func TestTimeline_hoverTooltip(t *testing.T) {
	tl, _ := newTestTimeline(t)
	p := markAt(t, tl, 1)
	tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	if got, want := tl.Tooltip(), "2025-09-23 · In person · Confirmed\nKim Junpyo\nIsfahan, IR"; got != want {
		t.Errorf("tooltip = %q, want %q", got, want)
	}
	tl.MouseOut()
	if tl.Tooltip() != "" {
		t.Error("tooltip stays after the mouse left")
	}
}

func TestTimeline_scrollZoomsAroundPointer(t *testing.T) {
	tl, w := newTestTimeline(t)
	p := fyne.NewPos(tlLabelWidth+300, 100)
	before, per := tl.vp.day(300), tl.vp.DaysPerPx
	tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p}, Scrolled: fyne.Delta{DY: 10}})
	if tl.vp.DaysPerPx >= per {
		t.Errorf("scrolling up did not zoom in: %v days per unit, was %v", tl.vp.DaysPerPx, per)
	}
	if after := tl.vp.day(300); after-before > 1e-9 || before-after > 1e-9 {
		t.Errorf("day under the pointer moved from %v to %v", before, after)
	}
	test.Scroll(w.Canvas(), p, 0, -20) // the test driver's event has no position
	if tl.vp.DaysPerPx <= per {
		t.Errorf("scrolling down did not zoom out")
	}
}

func TestTimeline_dragPans(t *testing.T) {
	tl, w := newTestTimeline(t)
	start := tl.vp.Start
	test.Drag(w.Canvas(), fyne.NewPos(tlLabelWidth+300, 100), 100, 0)
	if want := start - 100*tl.vp.DaysPerPx; tl.vp.Start-want > 1e-6 || want-tl.vp.Start > 1e-6 {
		t.Errorf("after dragging right by 100, start = %v, want %v", tl.vp.Start, want)
	}
	test.Drag(w.Canvas(), fyne.NewPos(tlLabelWidth+300, 100), 0, -tlLaneHeight-1)
	if tl.firstLane != 1 || tl.frame.Lanes[0].Name != "KR" || tl.frame.Above != 1 || tl.frame.Below != 0 {
		t.Errorf("dragging up a lane: first lane %d %v, above %d, want KR on top, IR above", tl.firstLane, tl.frame.Lanes, tl.frame.Above)
	}
}

func TestTimeline_tapBubbleZooms(t *testing.T) {
	tl, _ := newTestTimeline(t)
	tl.vp = tlViewport{Start: float64(day(2025, 1, 1)), DaysPerPx: 2}
	tl.Refresh()
	for _, g := range tl.frame.Groups {
		if g.Count == 2 && !g.Span {
			per := tl.vp.DaysPerPx
			test.TapAt(tl, fyne.NewPos(tlLabelWidth+g.X, tl.frame.Lanes[g.Lane].Y+tlMarkTop+tlMarkSize/2))
			if tl.vp.DaysPerPx != per/4 {
				t.Errorf("tapping a bubble: %v days per unit, want %v", tl.vp.DaysPerPx, per/4)
			}
			return
		}
	}
	t.Fatalf("no bubble of 2 in %+v", tl.frame.Groups)
}

func TestTimeline_markup(t *testing.T) {
	tl, _ := newTestTimeline(t)
	test.AssertObjectRendersToMarkup(t, "timeline_september.xml", tl)
	tl.vp = fitViewport(day(2024, 1, 1), day(2025, 11, 1), tl.plotWidth())
	tl.Refresh()
	test.AssertObjectRendersToMarkup(t, "timeline_two_years.xml", tl)
}

func TestTimeline_exportPNG(t *testing.T) {
	tl, _ := newTestTimeline(t)
	var buf bytes.Buffer
	if err := tl.ExportPNG(&buf); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != int(tl.Size().Width) || b.Dy() != int(tl.Size().Height) {
		t.Errorf("image is %v, want %v", b, tl.Size())
	}
}

// bigViewData is n random meetings over ten years in 40 countries and
// 2,000 people, a tenth of them month or year dated, as the benchmarks
// and memory checks use.
func bigViewData(n int) *app.ViewData {
	r := rand.New(rand.NewSource(1))
	b := app.NewViewBuilder()
	for i := 0; i < n; i++ {
		d := app.DayDate(time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.Intn(3650)))
		switch r.Intn(20) {
		case 0:
			d.Day = 0
		case 1:
			d.Month, d.Day = 0, 0
		}
		c := string(rune('A'+r.Intn(20))) + string(rune('A'+r.Intn(2)))
		b.Add(app.Meeting{ID: int64(i + 1), Kind: app.Kinds[r.Intn(3)], Status: app.StatusNew, Date: d,
			Place:        app.Place{City: "City " + c, Country: c, Lat: float64(r.Intn(120) - 60), Lon: float64(r.Intn(340) - 170)},
			Participants: []app.Participant{{Name: "Person " + string(rune('A'+r.Intn(2000))), Country: c}}})
	}
	d := b.Done()
	return &d
}

func BenchmarkTimelineLayout(b *testing.B) {
	d := bigViewData(100_000)
	size := fyne.NewSize(1280, 700)
	for _, c := range []struct {
		name string
		g    laneGrouping
		vp   tlViewport
	}{
		{"all/none", groupNone, fitViewport(d.Meetings[0].Start, d.Meetings[len(d.Meetings)-1].End, 1150)},
		{"all/country", groupCountry, fitViewport(d.Meetings[0].Start, d.Meetings[len(d.Meetings)-1].End, 1150)},
		{"month/person", groupPerson, fitViewport(day(2020, 9, 1), day(2020, 10, 1), 1150)},
	} {
		lanes := buildLanes(d, c.g)
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				layoutTimeline(d, lanes, 0, c.vp, size, 0)
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
