package widgets

import (
	"image"
	"image/color"
	"math"
)

// The city dots are painted into the map's land raster rather than drawn
// as one canvas.Circle each: with thousands of cities, thousands of
// circles cost a draw call and driver memory apiece on every frame (over
// 100 MB with Mesa's software renderer for 3,000 cities), where one image
// costs one texture.

// dotOutline is the thin rim of an unselected dot.
var dotOutline = color.NRGBA{R: 0x60, G: 0x20, B: 0x10, A: 0xc0}

// paintDots paints dots onto img, whose pixels are scale times the map's
// units; the selected city gets a rim of width 3 in sel.
func paintDots(img *image.RGBA, dots []cityDot, selected int, scale float32, sel color.NRGBA) {
	for _, d := range dots {
		rim, width := dotOutline, float32(1)
		if d.City == selected {
			rim, width = sel, 3
		}
		paintDisc(img, d.X*scale, d.Y*scale, d.R*scale, width*scale, recencyColor(d.Recency), rim)
	}
}

// paintDisc paints a disc of radius r centred on (cx, cy) in fill, with a
// rim of the given width inside its edge, edges antialiased by coverage.
// Each row is split into the run of pixels the fill covers entirely,
// painted in a tight loop, and the pixels around it (rim and edges).
func paintDisc(img *image.RGBA, cx, cy, r, width float32, fill, rim color.NRGBA) {
	b := img.Rect
	out := sq(r + 0.5)                // beyond: not covered
	fillIn := sq(max(r-width-0.5, 0)) // within: the fill covers all the pixel
	solid := newSolid(fill)
	for y := max(int(cy-r-1), b.Min.Y); y < min(int(cy+r+2), b.Max.Y); y++ {
		dy2 := sq(float32(y) + 0.5 - cy)
		if dy2 >= out {
			continue
		}
		hw := sqrt32(out - dy2)
		xa, xb := max(int(cx-hw), b.Min.X), min(int(cx+hw)+1, b.Max.X)
		fa, fb := xb, xb // the fully filled run [fa, fb)
		if dy2 < fillIn {
			h := sqrt32(fillIn - dy2)
			fa = min(max(int(math.Ceil(float64(cx-h-0.5))), xa), xb)
			fb = min(max(int(math.Floor(float64(cx+h-0.5)))+1, fa), xb)
		}
		for x := xa; x < fa; x++ {
			edgePixel(img, x, y, cx, cy, dy2, r, width, fill, rim)
		}
		solid.run(img, y, fa, fb)
		for x := fb; x < xb; x++ {
			edgePixel(img, x, y, cx, cy, dy2, r, width, fill, rim)
		}
	}
}

// edgePixel paints the pixel at (x, y) by how much of it the disc's fill
// and rim cover.
func edgePixel(img *image.RGBA, x, y int, cx, cy, dy2, r, width float32, fill, rim color.NRGBA) {
	d := sqrt32(sq(float32(x)+0.5-cx) + dy2)
	disc, inner := clamp01(r+0.5-d), clamp01(r-width+0.5-d)
	blend(img, x, y, fill, inner)
	blend(img, x, y, rim, disc-inner)
}

// solid paints one colour at full coverage with integer arithmetic: the
// colour's premultiplied channels and what is left of the pixel below.
type solid struct{ r, g, b, a, keep uint32 }

func newSolid(c color.NRGBA) solid {
	a := uint32(c.A)
	return solid{r: uint32(c.R) * a, g: uint32(c.G) * a, b: uint32(c.B) * a, a: 255 * a, keep: 255 - a}
}

// run paints the pixels [x0, x1) of row y.
func (s solid) run(img *image.RGBA, y, x0, x1 int) {
	if x0 >= x1 {
		return
	}
	row := img.Pix[img.PixOffset(x0, y):img.PixOffset(x1, y)]
	for i := 0; i+3 < len(row); i += 4 {
		row[i] = div255(s.r + uint32(row[i])*s.keep)
		row[i+1] = div255(s.g + uint32(row[i+1])*s.keep)
		row[i+2] = div255(s.b + uint32(row[i+2])*s.keep)
		row[i+3] = div255(s.a + uint32(row[i+3])*s.keep)
	}
}

// div255 is v/255 rounded, for v up to 255*255.
func div255(v uint32) uint8 {
	v += 128
	return uint8((v + v>>8) >> 8)
}

func sqrt32(v float32) float32 { return float32(math.Sqrt(float64(v))) }

func sq(v float32) float32 { return v * v }

func clamp01(v float32) float32 { return min(max(v, 0), 1) }

// blend paints c over the pixel at (x, y) with the given coverage.
func blend(img *image.RGBA, x, y int, c color.NRGBA, coverage float32) {
	a := float32(c.A) / 255 * coverage
	if a <= 0 {
		return
	}
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	p[0] = uint8(float32(c.R)*a + float32(p[0])*(1-a) + 0.5)
	p[1] = uint8(float32(c.G)*a + float32(p[1])*(1-a) + 0.5)
	p[2] = uint8(float32(c.B)*a + float32(p[2])*(1-a) + 0.5)
	p[3] = uint8(255*a + float32(p[3])*(1-a) + 0.5)
}
