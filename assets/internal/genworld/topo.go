package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
)

// topology is the part of a TopoJSON document genworld reads.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64      `json:"arcs"`
	Objects map[string]geometry `json:"objects"`
}

// geometry is a TopoJSON geometry or collection; Arcs holds the rings of a
// Polygon ([][]int) or MultiPolygon ([][][]int).
type geometry struct {
	Type       string          `json:"type"`
	Arcs       json.RawMessage `json:"arcs"`
	Geometries []geometry      `json:"geometries"`
}

// Point is a longitude, latitude pair in degrees.
type Point [2]float64

// DecodeLand returns the outer and inner rings of the "land" object.
func DecodeLand(data []byte) ([][]Point, error) {
	var t topology
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("not TopoJSON: %w", err)
	}
	land, ok := t.Objects["land"]
	if !ok {
		return nil, fmt.Errorf("no \"land\" object")
	}
	arcs := t.decodeArcs()
	var rings [][]Point
	err := collectRings(land, func(ring []int) error {
		r, err := stitch(arcs, ring)
		rings = append(rings, r)
		return err
	})
	return rings, err
}

// decodeArcs undoes the quantisation and delta encoding of the arcs.
func (t topology) decodeArcs() [][]Point {
	out := make([][]Point, len(t.Arcs))
	for i, arc := range t.Arcs {
		var x, y float64
		for _, p := range arc {
			if t.Transform == nil {
				out[i] = append(out[i], Point{p[0], p[1]})
				continue
			}
			x, y = x+p[0], y+p[1]
			s, tr := t.Transform.Scale, t.Transform.Translate
			out[i] = append(out[i], Point{x*s[0] + tr[0], y*s[1] + tr[1]})
		}
	}
	return out
}

// collectRings calls fn with every ring's arc indexes under g.
func collectRings(g geometry, fn func([]int) error) error {
	switch g.Type {
	case "GeometryCollection":
		for _, c := range g.Geometries {
			if err := collectRings(c, fn); err != nil {
				return err
			}
		}
	case "Polygon":
		var rings [][]int
		if err := json.Unmarshal(g.Arcs, &rings); err != nil {
			return fmt.Errorf("bad polygon arcs: %w", err)
		}
		return eachRing(rings, fn)
	case "MultiPolygon":
		var polys [][][]int
		if err := json.Unmarshal(g.Arcs, &polys); err != nil {
			return fmt.Errorf("bad multipolygon arcs: %w", err)
		}
		for _, p := range polys {
			if err := eachRing(p, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

func eachRing(rings [][]int, fn func([]int) error) error {
	for _, r := range rings {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// stitch joins a ring's arcs; ~i (negative) means arc i reversed, and each
// arc after the first repeats the previous one's last point.
func stitch(arcs [][]Point, ring []int) ([]Point, error) {
	var out []Point
	for k, i := range ring {
		rev := i < 0
		if rev {
			i = ^i
		}
		if i >= len(arcs) {
			return nil, fmt.Errorf("arc %d out of range", i)
		}
		a := arcs[i]
		pts := make([]Point, len(a))
		for j := range a {
			if rev {
				pts[j] = a[len(a)-1-j]
			} else {
				pts[j] = a[j]
			}
		}
		if k > 0 && len(pts) > 0 {
			pts = pts[1:]
		}
		out = append(out, pts...)
	}
	return out, nil
}

// Encode writes rings as: "PLND", a uint32 ring count, then per ring a
// uint32 point count and int16 pairs of lon and lat in hundredths of a
// degree, all little-endian. Consecutive points that round to the same
// pair are dropped.
func Encode(rings [][]Point) []byte {
	out := []byte("PLND")
	out = binary.LittleEndian.AppendUint32(out, uint32(len(rings)))
	for _, r := range rings {
		q := quantise(r)
		out = binary.LittleEndian.AppendUint32(out, uint32(len(q)))
		for _, p := range q {
			out = binary.LittleEndian.AppendUint16(out, uint16(p[0]))
			out = binary.LittleEndian.AppendUint16(out, uint16(p[1]))
		}
	}
	return out
}

func quantise(r []Point) [][2]int16 {
	var q [][2]int16
	for _, p := range unwrap(r) {
		v := [2]int16{int16(math.Round(p[0] * 100)), int16(math.Round(p[1] * 100))}
		if len(q) > 0 && q[len(q)-1] == v {
			continue
		}
		q = append(q, v)
	}
	return q
}

// unwrap keeps a ring that crosses the antimeridian continuous: a step of
// more than 180 degrees of longitude is taken the short way round, so the
// ring runs past 180 (or -180) instead of jumping across the whole map,
// which would paint stripes across the world when filled. The ring is then
// moved by whole turns so its middle lies on the map. A ring that winds
// round the pole (Antarctica) cannot be unwrapped and is kept as it is.
func unwrap(r []Point) []Point {
	if len(r) == 0 {
		return r
	}
	out := make([]Point, len(r))
	shift := 0.0
	lo, hi := r[0][0], r[0][0]
	for i, p := range r {
		if i > 0 {
			switch d := p[0] + shift - out[i-1][0]; {
			case d > 180:
				shift -= 360
			case d < -180:
				shift += 360
			}
		}
		out[i] = Point{p[0] + shift, p[1]}
		lo, hi = min(lo, out[i][0]), max(hi, out[i][0])
	}
	if math.Abs(out[len(out)-1][0]-out[0][0]) > 180 {
		return r
	}
	turns := math.Round((lo + hi) / 2 / 360)
	for i := range out {
		out[i][0] -= turns * 360
	}
	return out
}
