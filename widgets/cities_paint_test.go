package widgets

import (
	"fmt"
	"image"
	"image/color"
	"math/rand"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"parley/app"
)

// near reports whether two colours differ by at most 2 per channel.
func near(a, b color.RGBA) bool {
	d := func(x, y uint8) bool { return int(x)-int(y) <= 2 && int(y)-int(x) <= 2 }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B) && d(a.A, b.A)
}

// over is c painted fully over white.
func over(c color.NRGBA) color.RGBA {
	a := float32(c.A) / 255
	mix := func(v uint8) uint8 { return uint8(float32(v)*a + 255*(1-a) + 0.5) }
	return color.RGBA{R: mix(c.R), G: mix(c.G), B: mix(c.B), A: 255}
}

func TestPaintDisc(t *testing.T) {
	white := color.RGBA{R: 255, G: 255, B: 255, A: 255}
	fill := color.NRGBA{R: 0xb7, G: 0x1c, B: 0x1c, A: 0xd8}
	rim := color.NRGBA{B: 0xff, A: 0xff}
	img := image.NewRGBA(image.Rect(0, 0, 40, 40))
	fillRGBA(img, white)
	paintDisc(img, 20, 20, 10, 3, fill, rim)
	tests := []struct {
		name string
		x, y int
		want color.RGBA
	}{
		{"centre", 20, 20, over(fill)},
		{"inside the rim", 20, 14, over(fill)},
		{"rim", 20, 11, color.RGBA{B: 255, A: 255}},
		{"outside", 20, 5, white},
		{"corner of the box", 11, 11, white},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := img.RGBAAt(tt.x, tt.y); !near(got, tt.want) {
				t.Errorf("pixel (%d, %d) = %v, want %v", tt.x, tt.y, got, tt.want)
			}
		})
	}
	edge := img.RGBAAt(29, 20) // the disc's edge: partly covered
	if near(edge, white) || near(edge, color.RGBA{B: 255, A: 255}) {
		t.Errorf("edge pixel %v is not antialiased", edge)
	}
}

func TestPaintDisc_clipped(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 10, 10))
	paintDisc(img, 0, 9, 30, 1, color.NRGBA{R: 255, A: 255}, dotOutline) // mostly outside: must not panic
	if got := img.RGBAAt(0, 9); got.R != 255 {
		t.Errorf("corner pixel = %v, want the fill", got)
	}
}

// TestCityMap_dotsPainted renders the map's raster: every city's dot is
// painted at its place, the selected one with the theme's primary rim.
func TestCityMap_dotsPainted(t *testing.T) {
	m, _ := newTestCityMap(t)
	r := test.WidgetRenderer(m).(*cityMapRenderer)
	img := r.drawLand(600, 400).(*image.RGBA)
	for _, name := range []string{"Tehran", "Isfahan", "Seoul"} {
		d := dotOf(t, m, name)
		got := img.RGBAAt(int(d.X), int(d.Y))
		if got.R < 0xb0 || got.B > 0x80 {
			t.Errorf("%s's centre pixel %v is not a dot's orange-red", name, got)
		}
	}
	seoul := dotOf(t, m, "Seoul")
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(seoul.X, seoul.Y)}})
	if m.Tooltip() == "" || r.drawLand(600, 400) != img {
		t.Error("hovering a dot painted the map again (or showed no tooltip)")
	}
	m.MouseOut()
	rimAt := func() color.RGBA { return img.RGBAAt(int(seoul.X), int(seoul.Y-seoul.R+1)) }
	before := rimAt()
	m.Select(seoul.City)
	img = r.drawLand(600, 400).(*image.RGBA)
	primary := color.RGBAModel.Convert(theme.Color(theme.ColorNamePrimary)).(color.RGBA)
	if after := rimAt(); !near(after, primary) || near(before, primary) {
		t.Errorf("selecting Seoul: rim pixel %v (was %v), want the primary colour %v", after, before, primary)
	}
	if len(r.Objects()) != 1+3 {
		t.Errorf("%d objects, want the raster and three labels (no circle objects)", len(r.Objects()))
	}
}

// BenchmarkPaintDots paints the dots of 5,000 cities onto a 900×650 map,
// the part of a city map frame that grows with the number of cities.
func BenchmarkPaintDots(b *testing.B) {
	r := rand.New(rand.NewSource(3))
	cities := make([]app.CityStat, 5000)
	for i := range cities {
		cities[i] = app.CityStat{Name: fmt.Sprintf("City %d", i), Lat: r.Float64()*120 - 60, Lon: r.Float64()*340 - 170,
			Count: 1 + r.Intn(200), Dated: 1, Last: int32(r.Intn(3000))}
	}
	size := fyne.NewSize(900, 650)
	dots := layoutCityMap(cities, fitMap(cities, size), size, measureFixed)
	img := image.NewRGBA(image.Rect(0, 0, 900, 650))
	for b.Loop() {
		paintDots(img, dots, 7, 1, color.NRGBA{B: 255, A: 255})
	}
}
