package widgets

import (
	"fmt"
	"image/color"
	"math"
	"math/rand"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"parley/app"
)

func TestMapViewport_projection(t *testing.T) {
	size := fyne.NewSize(800, 400)
	v := mapViewport{Lon: 51, Lat: 32, PxPerDeg: 10}
	tests := []struct {
		name     string
		lon, lat float64
		x, y     float32
	}{
		{"centre", 51, 32, 400, 200},
		{"east is right", 61, 32, 500, 200},
		{"north is up", 51, 42, 400, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, y := v.project(tt.lon, tt.lat, size)
			if x != tt.x || y != tt.y {
				t.Errorf("project = %v, %v; want %v, %v", x, y, tt.x, tt.y)
			}
			lon, lat := v.unproject(fyne.NewPos(x, y), size)
			if math.Abs(lon-tt.lon) > 1e-6 || math.Abs(lat-tt.lat) > 1e-6 {
				t.Errorf("unproject = %v, %v", lon, lat)
			}
		})
	}
	p := fyne.NewPos(100, 50)
	lon, lat := v.unproject(p, size)
	z := v.zoom(2, p, size)
	if lon2, lat2 := z.unproject(p, size); math.Abs(lon2-lon) > 1e-9 || math.Abs(lat2-lat) > 1e-9 || z.PxPerDeg != 20 {
		t.Errorf("zoom moved the point under the pointer: %v,%v to %v,%v", lon, lat, lon2, lat2)
	}
}

func TestFitMap(t *testing.T) {
	size := fyne.NewSize(600, 400)
	cities := []app.CityStat{{Name: "Tehran", Lat: 35.69, Lon: 51.42}, {Name: "Seoul", Lat: 37.57, Lon: 126.98}}
	v := fitMap(cities, size)
	for _, c := range cities {
		x, y := v.project(c.Lon, c.Lat, size)
		if x < 0 || x > size.Width || y < 0 || y > size.Height {
			t.Errorf("%s at %v, %v is out of the view", c.Name, x, y)
		}
	}
	if w := fitMap(nil, size); w.PxPerDeg*360 > float64(size.Width)+1e-6 {
		t.Errorf("with no cities the whole world should fit: %v", w)
	}
}

func TestDecodeLand_embedded(t *testing.T) {
	rings, err := worldLand()
	if err != nil || len(rings) < 1000 {
		t.Fatalf("worldLand: %d rings, %v", len(rings), err)
	}
	for name, in := range map[string]string{"empty": "", "bad magic": "XXXX\x01\x00\x00\x00", "truncated": "PLND\x01\x00\x00\x00\x05\x00\x00\x00"} {
		t.Run(name, func(t *testing.T) {
			if _, err := decodeLand(in); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestRasterLand(t *testing.T) {
	rings, err := worldLand()
	if err != nil {
		t.Fatal(err)
	}
	land, sea := color.RGBA{R: 1, A: 255}, color.RGBA{B: 1, A: 255}
	v := mapViewport{PxPerDeg: 2}
	img := rasterLand(rings, v, 720, 360, 1, land, sea)
	tests := []struct {
		name     string
		lon, lat float64
		want     color.RGBA
	}{
		{"Sahara", 10, 25, land},
		{"Atlantic", -30, 20, sea},
		{"Iran", 54, 32, land},
		{"Caspian Sea", 51, 42, sea}, // a hole in Eurasia
		{"Pacific", -150, 0, sea},
		{"Australia", 135, -25, land},
		{"Norwegian Sea, no stripe from the antimeridian", 3, 69, sea},
		{"Chukotka, across the antimeridian", 175, 67, land},
		{"Chukotka's far side", -177, 67, land},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, y := v.project(tt.lon, tt.lat, fyne.NewSize(720, 360))
			if got := img.RGBAAt(int(x), int(y)); got != tt.want {
				t.Errorf("pixel at %v, %v = %v, want %v", tt.lon, tt.lat, got, tt.want)
			}
		})
	}
}

// measureFixed is a label width of 7 units a character.
func measureFixed(s string) float32 { return float32(7 * len(s)) }

func TestLayoutCityMap(t *testing.T) {
	cities := []app.CityStat{
		{Name: "Tehran", Country: "IR", Lat: 35.69, Lon: 51.42, Count: 16, Dated: 1, Last: 100},
		{Name: "Isfahan", Country: "IR", Lat: 32.65, Lon: 51.67, Count: 4, Dated: 1, Last: 200},
		{Name: "Shiraz", Country: "IR", Lat: 29.6, Lon: 52.5, Count: 1, Dated: 1, Last: 150},
		{Name: "Lima", Country: "PE", Lat: -12, Lon: -77, Count: 1},
	}
	size := fyne.NewSize(600, 400)
	dots := layoutCityMap(cities, mapViewport{Lon: 52, Lat: 32, PxPerDeg: 30}, size, measureFixed)
	if len(dots) != 3 {
		t.Fatalf("dots = %+v, want the three Iranian cities (Lima is out of view)", dots)
	}
	if dots[0].Label != "Tehran" || dots[0].R != mapMaxDotRadius || dots[1].R != mapMaxDotRadius/2 {
		t.Errorf("radii: %v %v, want the largest first with area following the count", dots[0].R, dots[1].R)
	}
	if dots[0].Recency != 0 || dots[1].Recency != 1 {
		t.Errorf("recency = %v, %v; want oldest 0, newest 1", dots[0].Recency, dots[1].Recency)
	}
}

func TestPlaceLabels_noOverlap(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var dots []cityDot
	for i := 0; i < 300; i++ {
		dots = append(dots, cityDot{X: float32(r.Intn(500)), Y: float32(r.Intn(300)), R: 4, Label: fmt.Sprintf("City %d", i)})
	}
	size := fyne.NewSize(500, 300)
	placeLabels(dots, size, measureFixed)
	var boxes []labelBox
	for _, d := range dots {
		if !d.Labelled {
			continue
		}
		b := labelBox{d.LabelPos.X, d.LabelPos.Y, d.LabelPos.X + measureFixed(d.Label), d.LabelPos.Y + mapLabelSize + 3}
		if !b.inside(size) || b.overlapsAny(boxes) {
			t.Fatalf("label %q at %v overlaps or leaves the view", d.Label, b)
		}
		boxes = append(boxes, b)
	}
	if len(boxes) < 10 || len(boxes) > mapMaxLabels {
		t.Errorf("%d labels placed, want between 10 and %d", len(boxes), mapMaxLabels)
	}
	if !dots[0].Labelled {
		t.Error("the first (largest) city has no label")
	}
}

// newTestCityMap shows the fixture's cities framed.
func newTestCityMap(t *testing.T) (*CityMap, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	d := timelineFixture(t)
	m := NewCityMap()
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 400))
	m.SetData(d)
	return m, w
}

// dotOf is the dot of the named city.
func dotOf(t *testing.T, m *CityMap, name string) cityDot {
	t.Helper()
	for _, d := range m.dots {
		if m.cities[d.City].Name == name {
			return d
		}
	}
	t.Fatalf("no dot for %s", name)
	return cityDot{}
}

func TestCityMap_tapSelects(t *testing.T) {
	m, _ := newTestCityMap(t)
	got := -1
	m.OnSelectCity = func(i int) { got = i }
	d := dotOf(t, m, "Seoul")
	test.TapAt(m, fyne.NewPos(d.X, d.Y))
	if got < 0 || m.cities[got].Name != "Seoul" || m.selected != got {
		t.Errorf("tap on Seoul selected %d", got)
	}
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(d.X, d.Y)}})
	if tip := m.Tooltip(); tip != "Seoul, KR\n1 meeting, 2025-04 to 2025-04" {
		t.Errorf("tooltip = %q", tip)
	}
}

func TestCityMap_zoomAndPan(t *testing.T) {
	m, w := newTestCityMap(t)
	per := m.vp.PxPerDeg
	m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(300, 200)}, Scrolled: fyne.Delta{DY: 10}})
	if m.vp.PxPerDeg <= per {
		t.Errorf("scroll up did not zoom in: %v", m.vp.PxPerDeg)
	}
	lon := m.vp.Lon
	test.Drag(w.Canvas(), fyne.NewPos(300, 200), 50, 0)
	if want := lon - 50/m.vp.PxPerDeg; math.Abs(m.vp.Lon-want) > 1e-9 {
		t.Errorf("drag right by 50: centre lon %v, want %v", m.vp.Lon, want)
	}
}

func TestCityMap_markup(t *testing.T) {
	m, _ := newTestCityMap(t)
	test.AssertObjectRendersToMarkup(t, "citymap.xml", m)
}

func BenchmarkCityMapLayout(b *testing.B) {
	r := rand.New(rand.NewSource(3))
	cities := make([]app.CityStat, 5000)
	for i := range cities {
		cities[i] = app.CityStat{Name: fmt.Sprintf("City %d", i), Lat: r.Float64()*120 - 60, Lon: r.Float64()*340 - 170,
			Count: 1 + r.Intn(200), Dated: 1, Last: int32(r.Intn(3000))}
	}
	size := fyne.NewSize(900, 650)
	v := fitMap(cities, size)
	b.Run("dots", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			layoutCityMap(cities, v, size, measureFixed)
		}
	})
	rings, err := worldLand()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("land", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			rasterLand(rings, v, 900, 650, 1, color.RGBA{A: 255}, color.RGBA{B: 255, A: 255})
		}
	})
}
