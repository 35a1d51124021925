package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// boxes are rectangles with a minimum size, standing in for cells.
func boxes(mins ...fyne.Size) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for _, m := range mins {
		r := canvas.NewRectangle(nil)
		r.SetMinSize(m)
		objs = append(objs, r)
	}
	return objs
}

func TestColumns_Layout(t *testing.T) {
	tests := []struct {
		name       string
		c          columns
		width      float32
		wantX      []float32
		wantWidths []float32
	}{
		{"flex in the middle", columns{widths: []float32{100, 0, 50}, flex: 1, gap: 10}, 400, []float32{0, 110, 350}, []float32{100, 230, 50}},
		{"flex first", columns{widths: []float32{0, 100}, flex: 0}, 300, []float32{0, 200}, []float32{200, 100}},
		{"too narrow", columns{widths: []float32{100, 0, 100}, flex: 1}, 150, []float32{0, 100, 100}, []float32{100, 0, 100}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			objs := boxes(make([]fyne.Size, len(tt.wantX))...)
			tt.c.Layout(objs, fyne.NewSize(tt.width, 30))
			for i, o := range objs {
				if o.Position().X != tt.wantX[i] || o.Size().Width != tt.wantWidths[i] || o.Size().Height != 30 {
					t.Errorf("column %d at %v size %v, want x %v width %v height 30", i, o.Position(), o.Size(), tt.wantX[i], tt.wantWidths[i])
				}
			}
		})
	}
}

func TestColumns_MinSize(t *testing.T) {
	c := columns{widths: []float32{100, 0, 50}, flex: 1, gap: 10}
	got := c.MinSize(boxes(fyne.NewSize(10, 20), fyne.NewSize(70, 35), fyne.NewSize(5, 5)))
	if want := fyne.NewSize(100+70+50+20, 35); got != want {
		t.Errorf("MinSize = %v, want %v", got, want)
	}
}

func TestFixedWidth(t *testing.T) {
	objs := boxes(fyne.NewSize(10, 40), fyne.NewSize(900, 25))
	if got, want := fixedWidth(560).MinSize(objs), fyne.NewSize(560, 40); got != want {
		t.Errorf("MinSize = %v, want %v", got, want)
	}
	fixedWidth(560).Layout(objs, fyne.NewSize(800, 90))
	for i, o := range objs {
		if o.Size() != fyne.NewSize(560, 90) {
			t.Errorf("object %d sized %v, want 560x90", i, o.Size())
		}
	}
}
