package widgets

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"parley/app"
)

// timelineDrawing turns a tlFrame into canvas objects, back to front.
type timelineDrawing struct {
	size fyne.Size
	fg   color.Color
	objs []fyne.CanvasObject
	pool *drawPool // lends the objects; nil makes new ones
}

func (d *timelineDrawing) add(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	d.objs = append(d.objs, o)
}

// background shades every other lane and draws the lane separators.
func (d *timelineDrawing) background(f tlFrame) {
	d.add(d.rect(theme.Color(theme.ColorNameInputBackground)), 0, 0, d.size.Width, d.size.Height)
	for i, l := range f.Lanes {
		if i%2 == 1 {
			d.add(d.rect(color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0x14}), 0, l.Y, d.size.Width, tlLaneHeight)
		}
	}
}

// axis draws the tick lines across the lanes and their labels on top.
func (d *timelineDrawing) axis(f tlFrame) {
	grid := color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0x50}
	for _, tk := range f.Ticks {
		x := tlLabelWidth + tk.X
		line := d.line(grid)
		line.StrokeWidth = 1
		d.add(line, x, tlAxisHeight-6, 0, d.size.Height-tlAxisHeight+6)
		if x+fyne.MeasureText(tk.Label, 11, fyne.TextStyle{}).Width+3 <= d.size.Width {
			d.add(d.text(tk.Label, 11, d.fg), x+3, 6, 0, 14)
		}
	}
	sep := d.line(grid)
	d.add(sep, 0, tlAxisHeight, d.size.Width, 0)
}

// today draws the red line of today's date, if it is in view.
func (d *timelineDrawing) today(f tlFrame) {
	x := tlLabelWidth + f.Today
	if f.Today < 0 || x > d.size.Width {
		return
	}
	line := d.line(color.NRGBA{R: 0xd3, G: 0x2f, B: 0x2f, A: 0xc0})
	line.StrokeWidth = 2
	d.add(line, x, tlAxisHeight, 0, d.size.Height-tlAxisHeight)
	d.add(d.text("today", 10, line.StrokeColor), x+3, tlAxisHeight+1, 0, 12)
}

// group draws a mark, a count bubble or a span bar.
func (d *timelineDrawing) group(data *app.ViewData, f tlFrame, g markGroup) {
	top := f.Lanes[g.Lane].Y
	m := data.Meetings[g.First]
	x := tlLabelWidth + g.X
	switch {
	case g.Span:
		d.span(m, g, x, top)
	case g.Count > 1:
		d.bubble(g.Count, x, top+tlMarkTop+tlMarkSize/2)
	default:
		d.mark(m, x, top+tlMarkTop+tlMarkSize/2)
	}
}

// span is a translucent bar over the month or year a meeting is dated to,
// with its count when several merged.
func (d *timelineDrawing) span(m app.ViewMeeting, g markGroup, x, top float32) {
	c := statusColor(m.Status)
	if g.Count > 1 {
		c = theme.Color(theme.ColorNamePrimary)
	}
	r, gg, b, _ := c.RGBA()
	bar := d.rect(color.NRGBA{R: uint8(r >> 8), G: uint8(gg >> 8), B: uint8(b >> 8), A: 0x90})
	bar.StrokeColor = c
	bar.StrokeWidth = 1
	bar.CornerRadius = 2
	y := top + tlLaneHeight - tlSpanHeight - 6
	d.add(bar, x, y, g.W, tlSpanHeight)
	if g.Count > 1 && g.W > 24 {
		d.add(d.text(strconv.Itoa(g.Count), 9, d.fg), x+2, y-11, 0, 10)
	}
}

// mark is one meeting: a filled circle in person, a filled square for a
// phone call, a hollow rounded square for a video call; coloured by status.
func (d *timelineDrawing) mark(m app.ViewMeeting, cx, cy float32) {
	c := statusColor(m.Status)
	var o fyne.CanvasObject
	switch m.Kind {
	case app.KindPhone:
		o = d.rect(c)
	case app.KindVideo:
		r := d.rect(color.Transparent)
		r.StrokeColor, r.StrokeWidth, r.CornerRadius = c, 2.5, 3
		o = r
	default:
		o = d.circle(c)
	}
	s := float32(tlMarkSize)
	d.add(o, cx-s/2, cy-s/2, s, s)
}

// bubble is a count of meetings too close together to tell apart.
func (d *timelineDrawing) bubble(n int, cx, cy float32) {
	s := bubbleSize(n)
	circle := d.circle(theme.Color(theme.ColorNamePrimary))
	d.add(circle, cx-s/2, cy-s/2, s, s)
	label := d.text(compactCount(n), 9, color.White)
	label.Alignment = fyne.TextAlignCenter
	d.add(label, cx-s/2, cy-6, s, 12)
}

// compactCount is n, with thousands as "12k".
func compactCount(n int) string {
	if n >= 10000 {
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

// laneLabels draws the lane names over a panel on the left, last, so they
// stay readable whatever is panned underneath.
func (d *timelineDrawing) laneLabels(f tlFrame) {
	d.add(d.rect(theme.Color(theme.ColorNameBackground)), 0, 0, tlLabelWidth, d.size.Height)
	for _, l := range f.Lanes {
		name := l.Name
		if len(name) > 18 {
			name = name[:17] + "…"
		}
		d.add(d.text(name, 12, d.fg), 6, l.Y+4, 0, 14)
		d.add(d.text(countNoun(l.Count, "meeting", "meetings"), 9, theme.Color(theme.ColorNamePlaceHolder)), 6, l.Y+19, 0, 11)
	}
	hint := theme.Color(theme.ColorNamePrimary)
	if f.Above > 0 {
		d.add(d.text(fmt.Sprintf("▲ %d more (drag down)", f.Above), 9, hint), 6, tlAxisHeight-12, 0, 11)
	}
	if f.Below > 0 {
		d.add(d.text(fmt.Sprintf("▼ %d more (drag up)", f.Below), 9, hint), 6, d.size.Height-13, 0, 11)
	}
}

// tooltip is a box with the text near the pointer, kept inside the widget.
func (d *timelineDrawing) tooltip(text string, at fyne.Position) {
	lines := strings.Split(text, "\n")
	w := float32(0)
	for _, l := range lines {
		w = max(w, fyne.MeasureText(l, 11, fyne.TextStyle{}).Width*1.15) // measured text runs a little short of what is drawn
	}
	w += 12
	h := float32(len(lines))*14 + 8
	x, y := at.X+12, at.Y+12
	if x+w > d.size.Width {
		x = at.X - w - 4
	}
	if y+h > d.size.Height {
		y = at.Y - h - 4
	}
	box := d.rect(theme.Color(theme.ColorNameOverlayBackground))
	box.StrokeColor, box.StrokeWidth, box.CornerRadius = theme.Color(theme.ColorNameShadow), 1, 4
	d.add(box, x, y, w, h)
	fg := theme.Color(theme.ColorNameForeground) // on the theme's overlay, whatever the map's colours
	for i, l := range lines {
		d.add(d.text(l, 11, fg), x+6, y+4+float32(i)*14, 0, 14)
	}
}
