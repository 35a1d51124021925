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

//go:embed geo/cities.tsv.gz
var cities []byte

//go:embed geo/countries.json.gz
var countries []byte

//go:embed geo/common-words.txt
var commonWords []byte

// Cities returns the gzipped GeoNames city table: one city a line, with the
// columns documented in internal/gengeo (cities.go, encodeCities), largest
// population first. The slice is shared: do not modify it.
func Cities() []byte { return cities }

// Countries returns the gzipped JSON array of countries with their names,
// demonyms, capitals and centres, as written by internal/gengeo.
// The slice is shared: do not modify it.
func Countries() []byte { return countries }

// CommonWords returns the city and country names that are also common
// English words, one fold key a line after "#" comment lines. The slice is
// shared: do not modify it.
func CommonWords() []byte { return commonWords }
