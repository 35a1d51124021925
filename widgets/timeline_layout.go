package widgets

import (
	"math"
	"sort"
	"time"

	"fyne.io/fyne/v2"

	"parley/app"
)

// The timeline's fixed measures, in Fyne units.
const (
	tlLabelWidth  = 130 // lane labels on the left, drawn over the marks so they stay visible while panning
	tlAxisHeight  = 30  // tick labels on top
	tlLaneHeight  = 34  // one lane: marks in the upper part, month/year spans in the lower
	tlMarkSize    = 12  // a single mark's size; marks closer than this aggregate
	tlTickSpacing = 90  // the least distance between labelled ticks
	tlSpanHeight  = 6
)

// laneGrouping says how the timeline splits meetings into lanes.
type laneGrouping int

// The lane groupings, in the order of the select above the timeline.
const (
	groupNone laneGrouping = iota
	groupCountry
	groupPerson
)

// tlViewport is the visible stretch of time: the day at the left edge of
// the plot area (fractional) and how many days one unit of width covers.
type tlViewport struct {
	Start     float64
	DaysPerPx float64
}

// x is where day falls in a plot of this viewport, relative to the plot's left edge.
func (v tlViewport) x(day float64) float32 { return float32((day - v.Start) / v.DaysPerPx) }

// day is the day at plot position x.
func (v tlViewport) day(x float32) float64 { return v.Start + float64(x)*v.DaysPerPx }

// zoom scales the viewport by factor (>1 zooms in) keeping the day under
// plot position x in place, within sensible limits (a day to a few centuries).
func (v tlViewport) zoom(factor float64, x float32) tlViewport {
	anchor := v.day(x)
	per := math.Min(math.Max(v.DaysPerPx/factor, 1.0/200), 365*4)
	return tlViewport{Start: anchor - float64(x)*per, DaysPerPx: per}
}

// fitViewport frames days [first, last) in a plot of width w with a margin,
// showing 30 days at least.
func fitViewport(first, last int32, w float32) tlViewport {
	if w <= 0 {
		w = 1
	}
	span := math.Max(float64(last-first), 30)
	margin := span * 0.04
	// Data shorter than the least span (one meeting, say) sits in the middle.
	start := float64(first+last)/2 - span/2 - margin
	return tlViewport{Start: start, DaysPerPx: (span + 2*margin) / float64(w)}
}

// tlLane is one lane's meetings (indexes into ViewData.Meetings), dated
// only, split into day-precision points and month/year spans, each sorted
// by start so the visible window is found by binary search.
type tlLane struct {
	Name    string
	Count   int
	Points  []int32
	Spans   []int32
	MaxSpan int32 // the longest span, to search back far enough for spans that start before the window
}

// buildLanes groups the dated meetings of d into lanes, largest first
// (ties by name); meetings without a lane key go to a last "unknown" lane.
func buildLanes(d *app.ViewData, g laneGrouping) []tlLane {
	byKey := map[int32]*tlLane{}
	var order []int32
	for i, m := range d.Meetings {
		if !m.Dated() {
			continue // sorted last: nothing dated follows
		}
		key := laneKey(m, g)
		l, ok := byKey[key]
		if !ok {
			l = &tlLane{Name: laneName(d, g, key)}
			byKey[key] = l
			order = append(order, key)
		}
		l.add(int32(i), m)
	}
	lanes := make([]tlLane, 0, len(order))
	for _, k := range order {
		lanes = append(lanes, *byKey[k])
	}
	sort.SliceStable(lanes, func(i, j int) bool {
		if (lanes[i].Name == "unknown") != (lanes[j].Name == "unknown") {
			return lanes[j].Name == "unknown"
		}
		if lanes[i].Count != lanes[j].Count {
			return lanes[i].Count > lanes[j].Count
		}
		return lanes[i].Name < lanes[j].Name
	})
	return lanes
}

// add puts meeting i (already in start order) in the lane.
func (l *tlLane) add(i int32, m app.ViewMeeting) {
	l.Count++
	if m.Precision == app.PrecisionDay {
		l.Points = append(l.Points, i)
		return
	}
	l.Spans = append(l.Spans, i)
	l.MaxSpan = max(l.MaxSpan, m.End-m.Start)
}

// laneKey is the interned key m is grouped under.
func laneKey(m app.ViewMeeting, g laneGrouping) int32 {
	switch g {
	case groupCountry:
		return m.Country
	case groupPerson:
		return m.Person
	}
	return 0
}

// laneName is the label of the lane with key.
func laneName(d *app.ViewData, g laneGrouping, key int32) string {
	switch {
	case g == groupNone:
		return "All meetings"
	case key < 0:
		return "unknown"
	case g == groupCountry:
		return d.Countries[key]
	}
	return d.People[key]
}

// tlTick is one labelled tick of the time axis, at plot position X.
type tlTick struct {
	X     float32
	Label string
}

// markGroup is what the timeline draws for one or more meetings: a mark
// (Count 1) or a count bubble at X for day-precision meetings, or a bar
// from X to X+W for month and year spans. First is the index in
// ViewData.Meetings of its first meeting.
type markGroup struct {
	Lane  int // index among the visible lanes
	X, W  float32
	Span  bool
	Count int
	First int32
}

// tlLaneRow is a visible lane and its top edge.
type tlLaneRow struct {
	Name  string
	Count int
	Y     float32
}

// tlFrame is everything one frame of the timeline draws, in widget
// coordinates except marks, which are relative to the plot's left edge.
type tlFrame struct {
	Ticks  []tlTick
	Unit   string
	Lanes  []tlLaneRow
	Groups []markGroup
	Today  float32 // plot position of today's line (may be off the plot)
	Above  int     // lanes scrolled off the top
	Below  int     // lanes that did not fit below
}

// layoutTimeline is one frame for the lanes from firstLane on, in a widget
// of this size. It looks only at the visible window of each lane, so its
// cost follows what is on screen, not the size of the data.
func layoutTimeline(d *app.ViewData, lanes []tlLane, firstLane int, vp tlViewport, size fyne.Size, today int32) tlFrame {
	plotW := size.Width - tlLabelWidth
	f := tlFrame{Today: vp.x(float64(today) + 0.5), Above: max(firstLane, 0)}
	f.Ticks, f.Unit = axisTicks(vp, plotW)
	for i := firstLane; i >= 0 && i < len(lanes); i++ {
		y := tlAxisHeight + float32(i-firstLane)*tlLaneHeight
		if y+tlLaneHeight > size.Height+0.5 && i > firstLane {
			break
		}
		f.Lanes = append(f.Lanes, tlLaneRow{Name: lanes[i].Name, Count: lanes[i].Count, Y: y})
		lane := len(f.Lanes) - 1
		f.Groups = layoutPoints(f.Groups, d, lanes[i].Points, lane, vp, plotW)
		f.Groups = layoutSpans(f.Groups, d, &lanes[i], lane, vp, plotW)
	}
	f.Below = max(len(lanes)-f.Above-len(f.Lanes), 0)
	return f
}

// layoutPoints appends the day-precision marks of one lane, merging a mark
// into the group before it when their shapes would touch; a bubble grows
// with its count, so the distance needed grows too.
func layoutPoints(out []markGroup, d *app.ViewData, idx []int32, lane int, vp tlViewport, plotW float32) []markGroup {
	lo := vp.Start - 1
	i := sort.Search(len(idx), func(k int) bool { return float64(d.Meetings[idx[k]].Start) >= lo })
	var g *markGroup
	for ; i < len(idx); i++ {
		x := vp.x(float64(d.Meetings[idx[i]].Start) + 0.5)
		if x > plotW+tlMarkSize {
			break
		}
		if g != nil && x-g.X < (bubbleSize(g.Count)+tlMarkSize)/2+2 {
			g.Count++
			continue
		}
		out = append(out, markGroup{Lane: lane, X: x, Count: 1, First: idx[i]})
		g = &out[len(out)-1]
	}
	return out
}

// layoutSpans appends the month and year spans of one lane as bars at
// least 3 units wide, merging spans that would overlap on screen.
func layoutSpans(out []markGroup, d *app.ViewData, l *tlLane, lane int, vp tlViewport, plotW float32) []markGroup {
	lo := vp.Start - float64(l.MaxSpan)
	i := sort.Search(len(l.Spans), func(k int) bool { return float64(d.Meetings[l.Spans[k]].Start) >= lo })
	var g *markGroup
	for ; i < len(l.Spans); i++ {
		m := d.Meetings[l.Spans[i]]
		x0, x1 := vp.x(float64(m.Start)), vp.x(float64(m.End))
		if x0 > plotW {
			break
		}
		if x1 < 0 {
			continue
		}
		x1 = max(x1, x0+3)
		if g != nil && x0 < g.X+g.W+2 {
			g.W = max(g.W, x1-g.X)
			g.Count++
			continue
		}
		out = append(out, markGroup{Lane: lane, X: x0, W: x1 - x0, Span: true, Count: 1, First: l.Spans[i]})
		g = &out[len(out)-1]
	}
	return out
}

// tickUnit is a calendar step of the time axis.
type tickUnit struct {
	name  string
	days  float64 // its approximate length, to choose one for the zoom
	floor func(time.Time) time.Time
	next  func(time.Time) time.Time
	label func(time.Time) string
}

func midnight(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// yearsUnit steps by n years, on multiples of n.
func yearsUnit(name string, n int) tickUnit {
	return tickUnit{name, 365.25 * float64(n),
		func(t time.Time) time.Time { return midnight(t.Year()-t.Year()%n, 1, 1) },
		func(t time.Time) time.Time { return t.AddDate(n, 0, 0) },
		func(t time.Time) string { return t.Format("2006") }}
}

// tickUnits are the axis steps from finest to coarsest.
var tickUnits = []tickUnit{
	{"days", 1,
		func(t time.Time) time.Time { return midnight(t.Year(), t.Month(), t.Day()) },
		func(t time.Time) time.Time { return t.AddDate(0, 0, 1) },
		func(t time.Time) string { return t.Format("Mon 2 Jan") }},
	{"weeks", 7,
		func(t time.Time) time.Time {
			back := (int(t.Weekday()) + 6) % 7 // weeks start on Monday (ISO 8601)
			return midnight(t.Year(), t.Month(), t.Day()-back)
		},
		func(t time.Time) time.Time { return t.AddDate(0, 0, 7) },
		func(t time.Time) string { return t.Format("2 Jan 2006") }},
	{"months", 30.4,
		func(t time.Time) time.Time { return midnight(t.Year(), t.Month(), 1) },
		func(t time.Time) time.Time { return t.AddDate(0, 1, 0) },
		func(t time.Time) string { return t.Format("Jan 2006") }},
	{"quarters", 91.3,
		func(t time.Time) time.Time { return midnight(t.Year(), t.Month()-(t.Month()-1)%3, 1) },
		func(t time.Time) time.Time { return t.AddDate(0, 3, 0) },
		func(t time.Time) string { return t.Format("Jan 2006") }},
	yearsUnit("years", 1),
	yearsUnit("5 years", 5),
	yearsUnit("decades", 10),
	yearsUnit("50 years", 50),
}

// chooseTickUnit is the finest unit whose ticks stand at least
// tlTickSpacing apart at this zoom.
func chooseTickUnit(daysPerPx float64) tickUnit {
	for _, u := range tickUnits {
		if u.days/daysPerPx >= tlTickSpacing {
			return u
		}
	}
	return tickUnits[len(tickUnits)-1]
}

// axisTicks are the labelled ticks across a plot of width w, and the unit's name.
func axisTicks(vp tlViewport, w float32) ([]tlTick, string) {
	u := chooseTickUnit(vp.DaysPerPx)
	t := u.floor(app.DayTime(int32(math.Floor(vp.Start))))
	var ticks []tlTick
	for n := 0; n < 1000; n++ {
		x := vp.x(float64(app.DayNumber(t)))
		if x > w {
			break
		}
		if x >= 0 {
			ticks = append(ticks, tlTick{X: x, Label: u.label(t)})
		}
		t = u.next(t)
	}
	return ticks, u.name
}

// hitGroup is the group under plot position (x, y) of a frame, or -1.
func hitGroup(f tlFrame, x, y float32) int {
	for i := len(f.Groups) - 1; i >= 0; i-- {
		g := f.Groups[i]
		top := f.Lanes[g.Lane].Y
		if g.Span {
			sy := top + tlLaneHeight - tlSpanHeight - 6
			if x >= g.X-2 && x <= g.X+g.W+2 && y >= sy-3 && y <= sy+tlSpanHeight+3 {
				return i
			}
			continue
		}
		r := bubbleSize(g.Count) / 2
		cy := top + tlMarkTop + tlMarkSize/2
		if x >= g.X-r-1 && x <= g.X+r+1 && y >= cy-r-1 && y <= cy+r+1 {
			return i
		}
	}
	return -1
}

// tlMarkTop is the offset of a mark's top within its lane.
const tlMarkTop = 5

// bubbleSize is the diameter of a group of n meetings: a mark for one,
// growing slowly with the count so that big clusters stand out.
func bubbleSize(n int) float32 {
	if n <= 1 {
		return tlMarkSize
	}
	return float32(math.Min(16+4*math.Log10(float64(n)), 26))
}
