package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// sameObjects reports whether two object lists hold the very same objects.
func sameObjects(a, b []fyne.CanvasObject) bool {
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

// TestTimeline_refreshReusesObjects checks that redrawing, as every
// pointer move over the timeline does, reuses the canvas objects.
func TestTimeline_refreshReusesObjects(t *testing.T) {
	tl, _ := newTestTimeline(t)
	r := test.WidgetRenderer(tl)
	before := append([]fyne.CanvasObject(nil), r.Objects()...)
	p := markAt(t, tl, 1)
	tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	hovered := append([]fyne.CanvasObject(nil), r.Objects()...)
	if len(hovered) <= len(before) {
		t.Fatalf("hovering drew %d objects, %d before: no tooltip", len(hovered), len(before))
	}
	tl.MouseOut()
	if !sameObjects(r.Objects(), before) {
		t.Error("the redraw after the hover made new objects")
	}
	tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	if !sameObjects(r.Objects(), hovered) {
		t.Error("hovering again made new objects")
	}
	tl.MouseOut()
	test.AssertObjectRendersToMarkup(t, "timeline_september.xml", tl) // reused objects carry nothing over
}

func TestCityMap_refreshReusesObjects(t *testing.T) {
	m, _ := newTestCityMap(t)
	r := test.WidgetRenderer(m)
	before := append([]fyne.CanvasObject(nil), r.Objects()...)
	d := dotOf(t, m, "Tehran")
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(d.X, d.Y)}})
	m.MouseOut()
	if !sameObjects(r.Objects(), before) {
		t.Error("the redraw after the hover made new objects")
	}
	test.AssertObjectRendersToMarkup(t, "citymap.xml", m)
}
