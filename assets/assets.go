// Package assets holds the data files Parley embeds in its binary, so that
// it runs offline and needs no download at build time: the gazetteer's
// cities and countries (see docs/data.md for sources and licences).
//
// The files are generated from public datasets by `go generate ./assets/`
// and committed; nothing is decoded here, and nothing runs at init: the
// packages that use a file decode it when first needed.
package assets

import _ "embed"

//go:generate sh gen.sh

// The city table is embedded as a string, not compressed: its text then
// stays in the binary's read-only data, the gazetteer's names are slices of
// it, and loading neither decompresses (a third of the time it took) nor
// copies 2.8 MB onto the heap.
//
//go:embed geo/cities.tsv
var cities string

//go:embed geo/countries.json
var countries []byte

//go:embed geo/common-words.txt
var commonWords string

// Cities returns the GeoNames city table: a "#cities" header line, then one
// city a line with the columns documented in internal/gengeo (cities.go,
// encodeCities), largest population first.
func Cities() string { return cities }

// Countries returns the JSON array of countries with their names, demonyms,
// capitals and centres, as written by internal/gengeo. The slice is shared:
// do not modify it.
func Countries() []byte { return countries }

// CommonWords returns the city and country names that are also common
// English words, one fold key a line after "#" comment lines.
func CommonWords() string { return commonWords }
