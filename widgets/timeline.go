package widgets

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// Timeline draws meetings on a horizontal time axis, one lane per country,
// person or none. The wheel zooms around the pointer, a drag pans (and
// scrolls the lanes vertically), a tap on a mark calls OnSelect and a tap
// on a count bubble zooms into it.
type Timeline struct {
	widget.BaseWidget

	// OnSelect is called with the id of a tapped meeting.
	OnSelect func(id int64)
	// OnViewChanged is called after the viewport changed (zoom, pan, fit).
	OnViewChanged func()

	data      *app.ViewData
	grouping  laneGrouping
	lanes     []tlLane
	firstLane int
	vp        tlViewport
	fitted    bool // the viewport was framed on the data since it was set
	today     int32
	dragY     float32 // vertical drag not yet turned into whole lanes

	frame tlFrame
	hover int // hovered group, -1 for none
	tip   fyne.Position
}

// NewTimeline returns an empty timeline.
func NewTimeline() *Timeline {
	t := &Timeline{data: &app.ViewData{}, hover: -1, today: app.DayNumber(time.Now())}
	t.ExtendBaseWidget(t)
	return t
}

// SetData shows d, grouped as before, and frames all of it.
func (t *Timeline) SetData(d *app.ViewData) {
	t.data = d
	t.lanes = buildLanes(d, t.grouping)
	t.firstLane, t.hover, t.fitted = 0, -1, false
	t.Refresh()
}

// SetGrouping regroups the lanes, keeping the viewport.
func (t *Timeline) SetGrouping(g laneGrouping) {
	t.grouping = g
	t.lanes = buildLanes(t.data, g)
	t.firstLane, t.hover = 0, -1
	t.Refresh()
}

// FitAll frames every dated meeting.
func (t *Timeline) FitAll() {
	t.fitted = false
	t.Refresh()
	t.viewChanged()
}

// Zoom zooms by factor (>1 in) around the middle of the plot.
func (t *Timeline) Zoom(factor float64) {
	t.ensureFitted()
	t.vp = t.vp.zoom(factor, t.plotWidth()/2)
	t.Refresh()
	t.viewChanged()
}

// Viewport returns the first visible day and the days per unit of width.
func (t *Timeline) Viewport() (start, daysPerPx float64) {
	t.ensureFitted()
	return t.vp.Start, t.vp.DaysPerPx
}

// PanTo puts day in the middle of the plot.
func (t *Timeline) PanTo(day float64) {
	t.ensureFitted()
	t.vp.Start = day - float64(t.plotWidth()/2)*t.vp.DaysPerPx
	t.Refresh()
}

// extent is the first and last day of the dated meetings.
func (t *Timeline) extent() (first, last int32, ok bool) {
	dated := len(t.data.Meetings) - t.data.Undated
	if dated == 0 {
		return 0, 0, false
	}
	first = t.data.Meetings[0].Start
	for _, m := range t.data.Meetings[:dated] {
		last = max(last, m.End)
	}
	return first, last, true
}

// ensureFitted frames the data when nothing else set the viewport yet.
func (t *Timeline) ensureFitted() {
	if t.fitted || t.Size().Width <= tlLabelWidth {
		return
	}
	first, last, ok := t.extent()
	if !ok {
		first, last = t.today-180, t.today+10
	}
	t.vp = fitViewport(first, last, t.plotWidth())
	t.fitted = true
	t.viewChanged() // the pan slider follows
}

func (t *Timeline) plotWidth() float32 { return max(t.Size().Width-tlLabelWidth, 1) }

func (t *Timeline) viewChanged() {
	if t.OnViewChanged != nil {
		t.OnViewChanged()
	}
}

// layout computes the frame for the current state.
func (t *Timeline) layout() tlFrame {
	t.ensureFitted()
	t.frame = layoutTimeline(t.data, t.lanes, t.firstLane, t.vp, t.Size(), t.today)
	if t.hover >= len(t.frame.Groups) {
		t.hover = -1
	}
	return t.frame
}

// Scrolled zooms around the pointer: up zooms in.
func (t *Timeline) Scrolled(ev *fyne.ScrollEvent) {
	t.ensureFitted()
	x := ev.Position.X - tlLabelWidth
	t.vp = t.vp.zoom(math.Pow(1.25, float64(ev.Scrolled.DY)/10), max(x, 0))
	t.hover = -1
	t.Refresh()
	t.viewChanged()
}

// Dragged pans in time and scrolls the lanes.
func (t *Timeline) Dragged(ev *fyne.DragEvent) {
	t.ensureFitted()
	t.vp.Start -= float64(ev.Dragged.DX) * t.vp.DaysPerPx
	t.dragY += ev.Dragged.DY
	for t.dragY <= -tlLaneHeight && t.firstLane < len(t.lanes)-1 {
		t.firstLane++
		t.dragY += tlLaneHeight
	}
	for t.dragY >= tlLaneHeight && t.firstLane > 0 {
		t.firstLane--
		t.dragY -= tlLaneHeight
	}
	t.hover = -1
	t.Refresh()
	t.viewChanged()
}

// DragEnd forgets the part of a vertical drag smaller than a lane.
func (t *Timeline) DragEnd() { t.dragY = 0 }

// Tapped opens a single meeting or zooms into a count bubble.
func (t *Timeline) Tapped(ev *fyne.PointEvent) {
	i := t.groupAt(ev.Position)
	if i < 0 {
		return
	}
	g := t.frame.Groups[i]
	if g.Count == 1 {
		if t.OnSelect != nil {
			t.OnSelect(t.data.Meetings[g.First].ID)
		}
		return
	}
	x := g.X
	if g.Span {
		x += g.W / 2
	}
	t.vp = t.vp.zoom(4, x)
	t.Refresh()
	t.viewChanged()
}

// groupAt is the frame's group under a widget position, or -1.
func (t *Timeline) groupAt(p fyne.Position) int {
	if p.X < tlLabelWidth || len(t.frame.Lanes) == 0 {
		return -1
	}
	return hitGroup(t.frame, p.X-tlLabelWidth, p.Y)
}

// MouseIn starts hover tooltips.
func (t *Timeline) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved shows the tooltip of the group under the pointer.
func (t *Timeline) MouseMoved(ev *desktop.MouseEvent) {
	i := t.groupAt(ev.Position)
	if i == t.hover && i < 0 {
		return
	}
	t.hover, t.tip = i, ev.Position
	t.Refresh()
}

// MouseOut hides the tooltip.
func (t *Timeline) MouseOut() {
	if t.hover >= 0 {
		t.hover = -1
		t.Refresh()
	}
}

// Tooltip is the text shown for the hovered group, "" when none.
func (t *Timeline) Tooltip() string {
	if t.hover < 0 || t.hover >= len(t.frame.Groups) {
		return ""
	}
	return groupSummary(t.data, t.frame.Groups[t.hover])
}

// groupSummary is a group's tooltip: the meeting's date, kind, status and
// who met, or how many meetings a bubble holds.
func groupSummary(d *app.ViewData, g markGroup) string {
	m := d.Meetings[g.First]
	if g.Count > 1 {
		return fmt.Sprintf("%d meetings from %s (click to zoom in)", g.Count, viewDate(m))
	}
	s := viewDate(m) + " · " + m.Kind.Label() + " · " + m.Status.Label()
	if m.Summary != "" {
		s += "\n" + m.Summary
	}
	if m.City >= 0 {
		c := d.Cities[m.City]
		s += "\n" + c.Name + ", " + c.Country
	}
	return s
}

// viewDate is a compact meeting's date to its precision.
func viewDate(m app.ViewMeeting) string {
	if !m.Dated() {
		return "date unknown"
	}
	t := app.DayTime(m.Start)
	switch m.Precision {
	case app.PrecisionYear:
		return strconv.Itoa(t.Year())
	case app.PrecisionMonth:
		return t.Format("2006-01")
	}
	return t.Format("2006-01-02")
}

// statusColor is the colour of a meeting's mark.
func statusColor(s app.Status) color.Color {
	switch s {
	case app.StatusConfirmed:
		return color.NRGBA{R: 0x2e, G: 0x9d, B: 0x4f, A: 0xff}
	case app.StatusRejected:
		return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}
	}
	return color.NRGBA{R: 0xf0, G: 0x8c, B: 0x00, A: 0xff}
}

// CreateRenderer draws the timeline's frame.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	return &timelineRenderer{t: t}
}

// MinSize leaves room for the axis and two lanes.
func (t *Timeline) MinSize() fyne.Size {
	return fyne.NewSize(tlLabelWidth+200, tlAxisHeight+2*tlLaneHeight)
}

// textObj is a small canvas text in the theme's foreground colour.
func textObj(s string, size float32, c color.Color) *canvas.Text {
	tx := canvas.NewText(s, c)
	tx.TextSize = size
	return tx
}

// timelineRenderer rebuilds its list of objects from a fresh frame on every
// refresh, which is simpler and safer than updating objects in place; the
// objects themselves come from a pool (see drawPool).
type timelineRenderer struct {
	t       *Timeline
	objects []fyne.CanvasObject
	pool    drawPool
}

func (r *timelineRenderer) Layout(fyne.Size)             { r.Refresh() }
func (r *timelineRenderer) MinSize() fyne.Size           { return r.t.MinSize() }
func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *timelineRenderer) Destroy()                     {}

// Refresh redraws the timeline.
func (r *timelineRenderer) Refresh() {
	t := r.t
	f := t.layout()
	size := t.Size()
	r.pool.reset()
	d := timelineDrawing{size: size, fg: theme.Color(theme.ColorNameForeground), pool: &r.pool}
	d.background(f)
	d.axis(f)
	for _, g := range f.Groups {
		d.group(t.data, f, g)
	}
	d.today(f)
	d.laneLabels(f)
	if t.hover >= 0 {
		d.tooltip(t.Tooltip(), t.tip)
	}
	r.objects = d.objs
	canvas.Refresh(t)
}
