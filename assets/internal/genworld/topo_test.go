package main

import (
	"encoding/binary"
	"testing"
)

// A two-arc square ring, quantised with scale 1 and translate 0.
const square = `{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
"arcs":[[[0,0],[10,0],[0,10]],[[10,10],[-10,0],[0,-10]]],
"objects":{"land":{"type":"GeometryCollection","geometries":[{"type":"MultiPolygon","arcs":[[[0,1]]]}]}}}`

func TestDecodeLand(t *testing.T) {
	rings, err := DecodeLand([]byte(square))
	if err != nil {
		t.Fatal(err)
	}
	want := []Point{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}
	if len(rings) != 1 || len(rings[0]) != len(want) {
		t.Fatalf("rings = %v, want one ring %v", rings, want)
	}
	for i, p := range want {
		if rings[0][i] != p {
			t.Errorf("point %d = %v, want %v", i, rings[0][i], p)
		}
	}
}

func TestDecodeLand_errors(t *testing.T) {
	for name, in := range map[string]string{
		"not json": "{",
		"no land":  `{"type":"Topology","arcs":[],"objects":{}}`,
		"bad arc":  `{"type":"Topology","arcs":[],"objects":{"land":{"type":"Polygon","arcs":[[3]]}}}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := DecodeLand([]byte(in)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestEncode(t *testing.T) {
	b := Encode([][]Point{{{1.234, -5.678}, {1.2341, -5.6779}, {-180, 90}}})
	if string(b[:4]) != "PLND" || binary.LittleEndian.Uint32(b[4:]) != 1 || binary.LittleEndian.Uint32(b[8:]) != 2 {
		t.Fatalf("header = % x", b[:12])
	}
	if x, y := int16(binary.LittleEndian.Uint16(b[12:])), int16(binary.LittleEndian.Uint16(b[14:])); x != 123 || y != -568 {
		t.Errorf("first point = %d, %d; want 123, -568", x, y)
	}
}

func TestUnwrap(t *testing.T) {
	tests := []struct {
		name    string
		in, out []Point
	}{
		{"across the antimeridian", []Point{{179, 60}, {-179, 61}, {-178, 62}, {179.5, 60}}, []Point{{-181, 60}, {-179, 61}, {-178, 62}, {-180.5, 60}}},
		{"starting on the far side is moved back on the map", []Point{{-179, 60}, {170, 61}, {10, 62}, {-179, 60}}, []Point{{181, 60}, {170, 61}, {10, 62}, {181, 60}}},
		{"round the pole is kept", []Point{{-180, -80}, {-90, -75}, {0, -70}, {90, -75}, {180, -80}}, []Point{{-180, -80}, {-90, -75}, {0, -70}, {90, -75}, {180, -80}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unwrap(tt.in)
			for i := range tt.out {
				if got[i] != tt.out[i] {
					t.Errorf("point %d = %v, want %v", i, got[i], tt.out[i])
				}
			}
		})
	}
}
