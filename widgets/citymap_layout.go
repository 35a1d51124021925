package widgets

import (
	"encoding/binary"
	"errors"
	"image"
	"image/color"
	"math"
	"sort"
	"sync"

	"fyne.io/fyne/v2"

	"parley/app"
	"parley/assets"
)

// mapViewport is an equirectangular view: the point at the widget's centre
// and how many units of width one degree takes. Equirectangular keeps the
// projection a scale and a shift, so zoom, pan and hit tests are exact and
// cheap; the distortion near the poles matters little for meeting places.
type mapViewport struct {
	Lon, Lat float64
	PxPerDeg float64
}

// project is where lon, lat falls in a view of this size.
func (v mapViewport) project(lon, lat float64, size fyne.Size) (x, y float32) {
	return float32(float64(size.Width)/2 + (lon-v.Lon)*v.PxPerDeg),
		float32(float64(size.Height)/2 - (lat-v.Lat)*v.PxPerDeg)
}

// unproject is the longitude and latitude at a position.
func (v mapViewport) unproject(p fyne.Position, size fyne.Size) (lon, lat float64) {
	return v.Lon + float64(p.X-size.Width/2)/v.PxPerDeg, v.Lat - float64(p.Y-size.Height/2)/v.PxPerDeg
}

// zoom scales by factor (>1 in) keeping the point under p in place, from
// the whole world down to about a city's width.
func (v mapViewport) zoom(factor float64, p fyne.Position, size fyne.Size) mapViewport {
	lon, lat := v.unproject(p, size)
	per := math.Min(math.Max(v.PxPerDeg*factor, 0.5), 2000)
	return mapViewport{
		Lon:      lon - float64(p.X-size.Width/2)/per,
		Lat:      lat + float64(p.Y-size.Height/2)/per,
		PxPerDeg: per,
	}
}

// fitMap frames the cities with a margin; the whole world when there are none.
func fitMap(cities []app.CityStat, size fyne.Size) mapViewport {
	if len(cities) == 0 || size.Width <= 0 || size.Height <= 0 {
		return mapViewport{PxPerDeg: math.Max(float64(size.Width)/360, 0.5)}
	}
	minLon, maxLon, minLat, maxLat := 180.0, -180.0, 90.0, -90.0
	for _, c := range cities {
		minLon, maxLon = math.Min(minLon, c.Lon), math.Max(maxLon, c.Lon)
		minLat, maxLat = math.Min(minLat, c.Lat), math.Max(maxLat, c.Lat)
	}
	// At least 20 by 12 degrees, so that a single city shows its region.
	w, h := math.Max(maxLon-minLon, 20)*1.3, math.Max(maxLat-minLat, 12)*1.3
	per := math.Min(float64(size.Width)/w, float64(size.Height)/h)
	return mapViewport{Lon: (minLon + maxLon) / 2, Lat: (minLat + maxLat) / 2, PxPerDeg: math.Min(math.Max(per, 0.5), 2000)}
}

// landRing is one ring of the land outline and its bounding box, in degrees.
type landRing struct {
	pts                    []float32 // lon, lat pairs
	minX, minY, maxX, maxY float32
}

var (
	landOnce  sync.Once
	landRings []landRing
	landErr   error
)

// worldLand decodes the embedded outline once.
func worldLand() ([]landRing, error) {
	landOnce.Do(func() { landRings, landErr = decodeLand(assets.Land()) })
	return landRings, landErr
}

// decodeLand reads the ring format of assets.Land.
func decodeLand(s string) ([]landRing, error) {
	b := []byte(s)
	if len(b) < 8 || string(b[:4]) != "PLND" {
		return nil, errors.New("the embedded land outline is not a PLND file")
	}
	n := int(binary.LittleEndian.Uint32(b[4:]))
	b = b[8:]
	rings := make([]landRing, 0, n)
	for i := 0; i < n; i++ {
		if len(b) < 4 {
			return nil, errors.New("the embedded land outline is truncated")
		}
		k := int(binary.LittleEndian.Uint32(b))
		b = b[4:]
		if len(b) < 4*k {
			return nil, errors.New("the embedded land outline is truncated")
		}
		rings = append(rings, readRing(b[:4*k], k))
		b = b[4*k:]
	}
	return rings, nil
}

func readRing(b []byte, k int) landRing {
	r := landRing{pts: make([]float32, 0, 2*k), minX: 360, minY: 90, maxX: -360, maxY: -90}
	for j := 0; j < k; j++ {
		x := float32(int16(binary.LittleEndian.Uint16(b[4*j:]))) / 100
		y := float32(int16(binary.LittleEndian.Uint16(b[4*j+2:]))) / 100
		r.pts = append(r.pts, x, y)
		r.minX, r.maxX = min(r.minX, x), max(r.maxX, x)
		r.minY, r.maxY = min(r.minY, y), max(r.maxY, y)
	}
	return r
}

// rasterLand fills the land in an image of w by h pixels, scale pixels per
// unit, with an even-odd scanline fill: each edge adds its crossings to the
// rows it spans, then every row is filled between pairs of crossings. The
// cost follows the outline's length on screen, not the image area times
// the number of edges, so the 50m outline fills a window in milliseconds.
// A raster looks better than thousands of canvas.Line segments (filled
// land, no seams) and draws as one texture.
func rasterLand(rings []landRing, v mapViewport, w, h int, scale float32, land, sea color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	fillRGBA(img, sea)
	size := fyne.NewSize(float32(w)/scale, float32(h)/scale)
	rows := make([][]float32, h)
	for i := range rings {
		r := &rings[i]
		addRingCrossings(rows, r, 0, v, size, scale, w)
		if r.maxX > 180 { // rings that cross the antimeridian also show on the other side
			addRingCrossings(rows, r, -360, v, size, scale, w)
		}
		if r.minX < -180 {
			addRingCrossings(rows, r, 360, v, size, scale, w)
		}
	}
	for y, xs := range rows {
		sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
		for k := 0; k+1 < len(xs); k += 2 {
			fillSpan(img, y, xs[k], xs[k+1], land)
		}
	}
	return img
}

// addRingCrossings adds the x of every crossing of a pixel row's centre
// line by the ring's edges, shifted by shift degrees of longitude,
// skipping rings out of view.
func addRingCrossings(rows [][]float32, r *landRing, shift float64, v mapViewport, size fyne.Size, scale float32, w int) {
	x0, y1 := v.project(float64(r.minX)+shift, float64(r.minY), size)
	x1, y0 := v.project(float64(r.maxX)+shift, float64(r.maxY), size)
	if x1*scale < 0 || x0*scale > float32(w) || y1*scale < 0 || y0*scale > float32(len(rows)) {
		return
	}
	n := len(r.pts) / 2
	px, py := v.project(float64(r.pts[2*n-2])+shift, float64(r.pts[2*n-1]), size)
	px, py = px*scale, py*scale
	for j := 0; j < n; j++ {
		qx, qy := v.project(float64(r.pts[2*j])+shift, float64(r.pts[2*j+1]), size)
		qx, qy = qx*scale, qy*scale
		addEdge(rows, px, py, qx, qy)
		px, py = qx, qy
	}
}

// addEdge records where the edge crosses each row centre y+0.5.
func addEdge(rows [][]float32, x0, y0, x1, y1 float32) {
	if y0 == y1 {
		return
	}
	if y0 > y1 {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	first := int(math.Ceil(float64(y0 - 0.5)))
	last := int(math.Ceil(float64(y1-0.5))) - 1
	first, last = max(first, 0), min(last, len(rows)-1)
	slope := (x1 - x0) / (y1 - y0)
	for y := first; y <= last; y++ {
		rows[y] = append(rows[y], x0+(float32(y)+0.5-y0)*slope)
	}
}

func fillSpan(img *image.RGBA, y int, a, b float32, c color.RGBA) {
	x0 := max(int(math.Round(float64(a))), 0)
	x1 := min(int(math.Round(float64(b))), img.Rect.Dx())
	row := img.Pix[y*img.Stride:]
	for x := x0; x < x1; x++ {
		row[4*x], row[4*x+1], row[4*x+2], row[4*x+3] = c.R, c.G, c.B, c.A
	}
}

func fillRGBA(img *image.RGBA, c color.RGBA) {
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
}

// cityDot is one city drawn on the map: its index in ViewData.Cities, its
// centre and radius, its recency from 0 (oldest) to 1 (newest) and, when
// it got one, its label's box.
type cityDot struct {
	City     int
	X, Y, R  float32
	Recency  float32
	Label    string
	LabelPos fyne.Position
	Labelled bool
}

// The city map's label settings.
const (
	mapMaxLabels    = 40
	mapLabelSize    = 11
	mapMaxDotRadius = 18
	mapMinDotRadius = 3
)

// layoutCityMap places the dots of the cities in view, largest drawn
// first so small ones stay on top, and labels the largest without overlap.
// measure is the width of a label (fyne.MeasureText in the widget, a
// stub in benchmarks).
func layoutCityMap(cities []app.CityStat, v mapViewport, size fyne.Size, measure func(string) float32) []cityDot {
	maxCount, oldest, newest := cityRanges(cities)
	k := mapMaxDotRadius / math.Sqrt(float64(maxCount))
	dots := make([]cityDot, 0, len(cities))
	for i, c := range cities {
		x, y := v.project(c.Lon, c.Lat, size)
		r := float32(math.Max(k*math.Sqrt(float64(c.Count)), mapMinDotRadius)) // area follows the count
		if x+r < 0 || y+r < 0 || x-r > size.Width || y-r > size.Height {
			continue
		}
		dots = append(dots, cityDot{City: i, X: x, Y: y, R: r, Recency: recency(c, oldest, newest), Label: c.Name})
	}
	sort.Slice(dots, func(i, j int) bool {
		a, b := cities[dots[i].City], cities[dots[j].City]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Name < b.Name
	})
	placeLabels(dots, size, measure)
	return dots
}

// cityRanges is the largest count and the span of last dates.
func cityRanges(cities []app.CityStat) (maxCount int, oldest, newest int32) {
	maxCount, oldest, newest = 1, math.MaxInt32, math.MinInt32
	for _, c := range cities {
		maxCount = max(maxCount, c.Count)
		if c.Dated > 0 {
			oldest, newest = min(oldest, c.Last), max(newest, c.Last)
		}
	}
	return maxCount, oldest, newest
}

// recency places a city's last meeting between the oldest and newest.
func recency(c app.CityStat, oldest, newest int32) float32 {
	if c.Dated == 0 || newest <= oldest {
		return 0
	}
	return float32(c.Last-oldest) / float32(newest-oldest)
}

// placeLabels labels dots in order (largest first), greedily: each label
// tries the right, the left, above and below its dot and takes the first
// spot inside the view that overlaps no label already placed.
func placeLabels(dots []cityDot, size fyne.Size, measure func(string) float32) {
	var placed []labelBox
	for i := range dots {
		if len(placed) == mapMaxLabels {
			return
		}
		d := &dots[i]
		w, h := measure(d.Label), float32(mapLabelSize+3)
		for _, p := range []fyne.Position{
			{X: d.X + d.R + 2, Y: d.Y - h/2}, {X: d.X - d.R - 2 - w, Y: d.Y - h/2},
			{X: d.X - w/2, Y: d.Y - d.R - h}, {X: d.X - w/2, Y: d.Y + d.R},
		} {
			b := labelBox{p.X, p.Y, p.X + w, p.Y + h}
			if b.inside(size) && !b.overlapsAny(placed) {
				placed = append(placed, b)
				d.LabelPos, d.Labelled = p, true
				break
			}
		}
	}
}

// labelBox is a label's rectangle.
type labelBox struct{ x0, y0, x1, y1 float32 }

func (b labelBox) inside(s fyne.Size) bool {
	return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= s.Width && b.y1 <= s.Height
}

func (b labelBox) overlapsAny(others []labelBox) bool {
	for _, o := range others {
		if b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1 {
			return true
		}
	}
	return false
}

// hitDot is the dot under p, the smallest when several are (it is drawn
// on top), or -1.
func hitDot(dots []cityDot, p fyne.Position) int {
	best := -1
	for i, d := range dots {
		dx, dy := p.X-d.X, p.Y-d.Y
		r := max(d.R, 5) // small dots get a finger-sized target
		if dx*dx+dy*dy <= r*r && (best < 0 || d.R < dots[best].R) {
			best = i
		}
	}
	return best
}

// recencyColor runs from a pale yellow (oldest last meeting) to a deep red
// (newest).
func recencyColor(t float32) color.NRGBA {
	lerp := func(a, b uint8) uint8 { return uint8(float32(a) + (float32(b)-float32(a))*t) }
	return color.NRGBA{R: lerp(0xf2, 0xb7), G: lerp(0xc1, 0x1c), B: lerp(0x4e, 0x1c), A: 0xd8}
}
