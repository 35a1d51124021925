package assets

import _ "embed"

// The land outline is small (250 KB) binary ring data, embedded as a
// string so it stays in read-only data like the city table.
//
//go:embed world/land-50m.bin
var land string

// Land returns Natural Earth's 1:50m land outline as written by
// internal/genworld (Encode): "PLND", a ring count, then per ring a point
// count and little-endian int16 lon, lat pairs in hundredths of a degree.
func Land() string { return land }
