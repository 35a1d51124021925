package widgets

import (
	"image/color"

	"fyne.io/fyne/v2/canvas"
)

// drawPool lends canvas objects to one drawing and takes them all back
// before the next, so that a refresh reuses the objects of the one before
// instead of making new ones. Fyne keeps an entry per canvas object it has
// drawn for a minute after its last use: with fresh objects on every
// refresh, each pointer move over a timeline of 100,000 meetings left
// about 200 KB behind, hundreds of megabytes while the mouse moved.
type drawPool struct {
	rects   []*canvas.Rectangle
	circles []*canvas.Circle
	lines   []*canvas.Line
	texts   []*canvas.Text
	used    [4]int // how many of each are lent to the current drawing
}

// reset takes every object back for the next drawing.
func (p *drawPool) reset() { p.used = [4]int{} }

// next returns the next object of list, adding one when all are lent.
func next[T any](list *[]*T, used *int) *T {
	if *used == len(*list) {
		*list = append(*list, new(T))
	}
	o := (*list)[*used]
	*used++
	return o
}

// rect is a rectangle filled with fill, as canvas.NewRectangle makes it.
func (d *timelineDrawing) rect(fill color.Color) *canvas.Rectangle {
	if d.pool == nil {
		return canvas.NewRectangle(fill)
	}
	r := next(&d.pool.rects, &d.pool.used[0])
	*r = canvas.Rectangle{FillColor: fill}
	return r
}

// circle is a circle filled with fill, as canvas.NewCircle makes it.
func (d *timelineDrawing) circle(fill color.Color) *canvas.Circle {
	if d.pool == nil {
		return canvas.NewCircle(fill)
	}
	c := next(&d.pool.circles, &d.pool.used[1])
	*c = canvas.Circle{FillColor: fill}
	return c
}

// line is a line of width 1 in stroke, as canvas.NewLine makes it.
func (d *timelineDrawing) line(stroke color.Color) *canvas.Line {
	if d.pool == nil {
		return canvas.NewLine(stroke)
	}
	l := next(&d.pool.lines, &d.pool.used[2])
	*l = canvas.Line{StrokeColor: stroke, StrokeWidth: 1}
	return l
}

// text is a small text of the given size and colour, as textObj makes it.
func (d *timelineDrawing) text(s string, size float32, c color.Color) *canvas.Text {
	if d.pool == nil {
		return textObj(s, size, c)
	}
	t := next(&d.pool.texts, &d.pool.used[3])
	*t = canvas.Text{Text: s, Color: c, TextSize: size}
	return t
}
