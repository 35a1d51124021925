package widgets

import "fyne.io/fyne/v2"

// columns is a fyne.Layout that places its objects side by side like table
// columns: every object gets the fixed width of its column except the flex
// one, which takes what is left. Rows built with the same columns line up,
// which an HBox cannot promise because it sizes each row by its content.
type columns struct {
	widths []float32 // one per object; the flex column's entry is ignored
	flex   int       // index of the column that absorbs the remaining width
	gap    float32
}

// Layout positions objects in their columns, all as tall as size.
func (c columns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	flexWidth := c.flexWidth(size.Width)
	for i, o := range objects {
		w := flexWidth
		if i != c.flex && i < len(c.widths) {
			w = c.widths[i]
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + c.gap
	}
}

// MinSize is the fixed widths, the gaps and the flex object's minimum
// width, by the tallest object's height.
func (c columns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objects {
		m := o.MinSize()
		h = max(h, m.Height)
		if i == c.flex || i >= len(c.widths) {
			w += m.Width
		} else {
			w += c.widths[i]
		}
	}
	if n := len(objects); n > 1 {
		w += c.gap * float32(n-1)
	}
	return fyne.NewSize(w, h)
}

// flexWidth is what remains of total for the flex column, never negative.
func (c columns) flexWidth(total float32) float32 {
	rest := total
	for i, w := range c.widths {
		if i != c.flex {
			rest -= w + c.gap
		}
	}
	return max(rest, 0)
}

// fixedWidth is a fyne.Layout that makes its objects exactly this wide and
// as tall as they ask to be at that width (wrapped text grows downwards).
type fixedWidth float32

// Layout gives every object the fixed width and the full height.
func (w fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(float32(w), size.Height))
	}
}

// MinSize is the fixed width by the tallest object's minimum height.
func (w fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(w), h)
}
