package widgets

import (
	"fmt"
	"image"
	"image/color"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// CityMap draws the world's land and a dot per meeting city, its area
// following the number of meetings and its colour how recent the last one
// is. The wheel zooms around the pointer, a drag pans, a tap on a dot calls
// OnSelectCity.
type CityMap struct {
	widget.BaseWidget

	// OnSelectCity is called with the index in ViewData.Cities of a tapped city.
	OnSelectCity func(city int)

	data     *app.ViewData
	cities   []app.CityStat
	selected int
	vp       mapViewport
	fitted   bool
	dots     []cityDot
	hover    int
	tip      fyne.Position
}

// NewCityMap returns a map of no cities.
func NewCityMap() *CityMap {
	m := &CityMap{data: &app.ViewData{}, selected: -1, hover: -1}
	m.ExtendBaseWidget(m)
	return m
}

// SetData shows the cities of d and frames them.
func (m *CityMap) SetData(d *app.ViewData) {
	m.data, m.cities, m.selected, m.hover, m.fitted = d, d.Cities, -1, -1, false
	m.Refresh()
}

// Select highlights city i (-1 for none).
func (m *CityMap) Select(i int) {
	m.selected = i
	m.Refresh()
}

// Zoom zooms by factor around the centre.
func (m *CityMap) Zoom(factor float64) {
	m.ensureFitted()
	s := m.Size()
	m.vp = m.vp.zoom(factor, fyne.NewPos(s.Width/2, s.Height/2), s)
	m.Refresh()
}

// FitAll frames every city.
func (m *CityMap) FitAll() {
	m.fitted = false
	m.Refresh()
}

func (m *CityMap) ensureFitted() {
	if m.fitted || m.Size().Width <= 0 {
		return
	}
	m.vp, m.fitted = fitMap(m.cities, m.Size()), true
}

// layout places the dots for the current view.
func (m *CityMap) layout() []cityDot {
	m.ensureFitted()
	measure := func(s string) float32 { return fyne.MeasureText(s, mapLabelSize, fyne.TextStyle{Bold: true}).Width }
	m.dots = layoutCityMap(m.cities, m.vp, m.Size(), measure)
	if m.hover >= len(m.dots) {
		m.hover = -1
	}
	return m.dots
}

// Scrolled zooms around the pointer: up zooms in.
func (m *CityMap) Scrolled(ev *fyne.ScrollEvent) {
	m.ensureFitted()
	f := 1.0 + float64(ev.Scrolled.DY)/40
	if f < 0.5 {
		f = 0.5
	}
	m.vp = m.vp.zoom(f, ev.Position, m.Size())
	m.hover = -1
	m.Refresh()
}

// Dragged pans.
func (m *CityMap) Dragged(ev *fyne.DragEvent) {
	m.ensureFitted()
	m.vp.Lon -= float64(ev.Dragged.DX) / m.vp.PxPerDeg
	m.vp.Lat += float64(ev.Dragged.DY) / m.vp.PxPerDeg
	m.hover = -1
	m.Refresh()
}

// DragEnd does nothing: a pan needs no ending.
func (m *CityMap) DragEnd() {}

// Tapped selects the city under the pointer.
func (m *CityMap) Tapped(ev *fyne.PointEvent) {
	i := hitDot(m.dots, ev.Position)
	if i < 0 {
		return
	}
	m.Select(m.dots[i].City)
	if m.OnSelectCity != nil {
		m.OnSelectCity(m.dots[i].City)
	}
}

// MouseIn starts hover tooltips.
func (m *CityMap) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved shows the tooltip of the dot under the pointer.
func (m *CityMap) MouseMoved(ev *desktop.MouseEvent) {
	i := hitDot(m.dots, ev.Position)
	if i < 0 && m.hover < 0 {
		return
	}
	m.hover, m.tip = i, ev.Position
	m.Refresh()
}

// MouseOut hides the tooltip.
func (m *CityMap) MouseOut() {
	if m.hover >= 0 {
		m.hover = -1
		m.Refresh()
	}
}

// Tooltip is the hovered city's summary, "" when none.
func (m *CityMap) Tooltip() string {
	if m.hover < 0 || m.hover >= len(m.dots) {
		return ""
	}
	return citySummary(m.data, m.cities[m.dots[m.hover].City])
}

// citySummary is "Isfahan, IR\n3 meetings, 2025-09-23 to 2025-09".
func citySummary(d *app.ViewData, c app.CityStat) string {
	s := c.Name + ", " + c.Country + "\n" + countNoun(c.Count, "meeting", "meetings")
	if first, last, ok := cityDates(d, c); ok {
		s += fmt.Sprintf(", %s to %s", first, last)
	}
	return s
}

// cityDates are the dates of a city's first and last dated meetings, each
// to its own precision (a month-dated meeting never shows as a day).
// Dated meetings come first in c.Meetings, in date order.
func cityDates(d *app.ViewData, c app.CityStat) (first, last string, ok bool) {
	if c.Dated == 0 || len(c.Meetings) < c.Dated {
		return "", "", false
	}
	return viewDate(d.Meetings[c.Meetings[0]]), viewDate(d.Meetings[c.Meetings[c.Dated-1]]), true
}

// MinSize is small: the map fills what it is given.
func (m *CityMap) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

// CreateRenderer draws the land raster, with the dots painted in, under the labels.
func (m *CityMap) CreateRenderer() fyne.WidgetRenderer {
	r := &cityMapRenderer{m: m}
	r.land = canvas.NewRaster(r.drawLand)
	return r
}

type cityMapRenderer struct {
	m       *CityMap
	land    *canvas.Raster
	objects []fyne.CanvasObject
	pool    drawPool
	// painted is the last image drawLand made and what it showed: a hover
	// redraws the widget, and with it the raster, without changing the
	// map, so painting land and thousands of dots again is skipped.
	painted    *image.RGBA
	paintedFor mapPicture
}

// mapPicture is everything the land raster's image depends on.
type mapPicture struct {
	w, h     int
	size     fyne.Size
	vp       mapViewport
	data     *app.ViewData
	selected int
	primary  color.NRGBA
}

func (r *cityMapRenderer) Layout(fyne.Size)             { r.Refresh() }
func (r *cityMapRenderer) MinSize() fyne.Size           { return r.m.MinSize() }
func (r *cityMapRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *cityMapRenderer) Destroy()                     {}

// drawLand renders the outline for the current view at the raster's pixel size.
func (r *cityMapRenderer) drawLand(w, h int) image.Image {
	rings, err := worldLand()
	if err != nil {
		log.Printf("parley: %v", err)
	}
	size := r.m.Size()
	scale := float32(1)
	if size.Width > 0 {
		scale = float32(w) / size.Width
	}
	sel := color.NRGBAModel.Convert(theme.Color(theme.ColorNamePrimary)).(color.NRGBA)
	pic := mapPicture{w: w, h: h, size: size, vp: r.m.vp, data: r.m.data, selected: r.m.selected, primary: sel}
	if r.painted != nil && pic == r.paintedFor {
		return r.painted
	}
	sea := color.RGBA{R: 0xa9, G: 0xc8, B: 0xe0, A: 0xff}
	land := color.RGBA{R: 0xf3, G: 0xf0, B: 0xe6, A: 0xff}
	img := rasterLand(rings, r.m.vp, w, h, scale, land, sea)
	paintDots(img, r.m.dots, r.m.selected, scale, sel)
	r.painted, r.paintedFor = img, pic
	return img
}

// Refresh redraws the land, the dots, the labels and the tooltip.
func (r *cityMapRenderer) Refresh() {
	m := r.m
	dots := m.layout()
	size := m.Size()
	r.land.Resize(size)
	// The dots are painted into the land raster (see paintDots).
	r.pool.reset()
	d := timelineDrawing{size: size, fg: color.NRGBA{R: 0x20, G: 0x20, B: 0x20, A: 0xff}, objs: []fyne.CanvasObject{r.land}, pool: &r.pool}
	for _, dot := range dots {
		if dot.Labelled {
			t := d.text(dot.Label, mapLabelSize, d.fg)
			t.TextStyle.Bold = true
			d.add(t, dot.LabelPos.X, dot.LabelPos.Y, 0, mapLabelSize+3)
		}
	}
	if m.hover >= 0 {
		d.tooltip(m.Tooltip(), m.tip)
	}
	r.objects = d.objs
	r.land.Refresh()
	canvas.Refresh(m)
}
