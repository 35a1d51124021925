package main

import (
	"image"
	"image/color"
	"math"
)

// shape reports whether the point (x, y), in units of the icon's side
// (0..1, y down), is inside it.
type shape func(x, y float64) bool

// layer is a shape painted in one colour; later layers cover earlier ones.
type layer struct {
	in  shape
	col color.NRGBA
}

// The palette: a dark blue tile, a near-white bubble, an amber bubble and
// dark dots for the amber bubble's "speech".
var (
	tileBlue = color.NRGBA{0x1d, 0x3b, 0x63, 0xff}
	paper    = color.NRGBA{0xf4, 0xf6, 0xfa, 0xff}
	amber    = color.NRGBA{0xf2, 0xa9, 0x3b, 0xff}
	ink      = color.NRGBA{0x1d, 0x3b, 0x63, 0xff}
)

// layers is the icon from back to front. The amber bubble gets a blue
// outline (the slightly larger blue shape behind it) so the two bubbles
// stay apart where they overlap, even when scaled down.
func layers() []layer {
	left := union(roundRect(0.12, 0.16, 0.66, 0.58, 0.11), triangle(0.20, 0.50, 0.36, 0.54, 0.16, 0.74))
	right := union(roundRect(0.36, 0.42, 0.88, 0.80, 0.10), triangle(0.62, 0.74, 0.80, 0.72, 0.84, 0.90))
	outline := grow(right, 0.03)
	return []layer{
		{roundRect(0, 0, 1, 1, 0.2), tileBlue},
		{left, paper},
		{outline, tileBlue},
		{right, amber},
		{circle(0.49, 0.61, 0.045), ink},
		{circle(0.62, 0.61, 0.045), ink},
		{circle(0.75, 0.61, 0.045), ink},
	}
}

// samples is the supersampling grid per pixel side: 4x4 samples give
// smooth edges without an anti-aliasing rasteriser.
const samples = 4

// Draw renders the icon at size x size pixels.
func Draw(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	ls := layers()
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			img.SetNRGBA(px, py, pixel(ls, px, py, size))
		}
	}
	return img
}

// pixel averages the colours of the samples inside pixel (px, py),
// transparent where no layer covers a sample.
func pixel(ls []layer, px, py, size int) color.NRGBA {
	var r, g, b, a float64
	for sy := 0; sy < samples; sy++ {
		for sx := 0; sx < samples; sx++ {
			x := (float64(px) + (float64(sx)+0.5)/samples) / float64(size)
			y := (float64(py) + (float64(sy)+0.5)/samples) / float64(size)
			if c, ok := top(ls, x, y); ok {
				r, g, b, a = r+float64(c.R), g+float64(c.G), b+float64(c.B), a+1
			}
		}
	}
	if a == 0 {
		return color.NRGBA{}
	}
	return color.NRGBA{uint8(r/a + 0.5), uint8(g/a + 0.5), uint8(b/a + 0.5), uint8(255*a/(samples*samples) + 0.5)}
}

// top is the colour of the front-most layer containing (x, y).
func top(ls []layer, x, y float64) (color.NRGBA, bool) {
	for i := len(ls) - 1; i >= 0; i-- {
		if ls[i].in(x, y) {
			return ls[i].col, true
		}
	}
	return color.NRGBA{}, false
}

// roundRect is the rectangle (x0, y0)-(x1, y1) with corners of radius r.
func roundRect(x0, y0, x1, y1, r float64) shape {
	return func(x, y float64) bool {
		if x < x0 || x > x1 || y < y0 || y > y1 {
			return false
		}
		cx := math.Max(x0+r, math.Min(x, x1-r))
		cy := math.Max(y0+r, math.Min(y, y1-r))
		return math.Hypot(x-cx, y-cy) <= r
	}
}

// circle is the disc of centre (cx, cy) and radius r.
func circle(cx, cy, r float64) shape {
	return func(x, y float64) bool { return math.Hypot(x-cx, y-cy) <= r }
}

// triangle is the triangle with the three given corners.
func triangle(ax, ay, bx, by, cx, cy float64) shape {
	return func(x, y float64) bool {
		d1 := cross(x, y, ax, ay, bx, by)
		d2 := cross(x, y, bx, by, cx, cy)
		d3 := cross(x, y, cx, cy, ax, ay)
		neg := d1 < 0 || d2 < 0 || d3 < 0
		pos := d1 > 0 || d2 > 0 || d3 > 0
		return !(neg && pos)
	}
}

func cross(px, py, ax, ay, bx, by float64) float64 {
	return (px-bx)*(ay-by) - (ax-bx)*(py-by)
}

// union is inside when any of its shapes is.
func union(ss ...shape) shape {
	return func(x, y float64) bool {
		for _, s := range ss {
			if s(x, y) {
				return true
			}
		}
		return false
	}
}

// grow widens s by d in every direction, approximately: it tests eight
// offsets around the point, which is enough for an outline this thick.
func grow(s shape, d float64) shape {
	return func(x, y float64) bool {
		for i := 0; i < 16; i++ {
			a := float64(i) * math.Pi / 8
			if s(x+d*math.Cos(a), y+d*math.Sin(a)) {
				return true
			}
		}
		return s(x, y)
	}
}
