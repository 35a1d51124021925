// Package geo is Parley's gazetteer: the world's countries with their names,
// short forms and demonyms, and about 28,000 cities (GeoNames) with
// coordinates and alternate spellings, so that extraction can turn "in
// Esfahan" into Isfahan, Iran, 32.65N 51.67E and "the South Korean
// ambassador" into KR.
//
// The data is embedded (package assets) and decoded once, on the first call
// of Default. Names are matched by their Fold key, so case, diacritics,
// apostrophes and hyphens never matter, and a possessive "'s" is tried
// without ("Tehran's mayor"). IsCommonWord tells which place names are
// also ordinary English words ("Nice", "Reading"), where free text needs
// more evidence before taking the word for a place. docs/data.md gives the
// sources, their licences and how the data is rebuilt.
package geo

import (
	"sync"

	"parley/app/geo/fold"
)

// City is one populated place of the GeoNames gazetteer.
type City struct {
	ID         int64  // GeoNames id
	Name       string // common English name: GeoNames', e.g. "Isfahan", "Łódź", or English where GeoNames has a local form ("Geneva" for Genève)
	ASCII      string // the name in plain ASCII, e.g. "Lodz"
	Country    string // ISO 3166-1 alpha-2
	Admin1     string // GeoNames first-level administrative division code
	Lat, Lon   float64
	Population int
	Capital    bool // the capital of its country (GeoNames PPLC)
}

// Country is one country or territory of the world-countries dataset.
type Country struct {
	Code     string   // ISO 3166-1 alpha-2, e.g. "KR"
	Code3    string   // ISO 3166-1 alpha-3, e.g. "KOR"
	Name     string   // common English name, e.g. "South Korea"
	Official string   // e.g. "Republic of Korea"
	AltNames []string // other names and short forms, e.g. "Korea", "ROK"
	Demonyms []string // e.g. "South Korean", "Korean"
	Capital  string
	Lat, Lon float64 // a central point
}

// Gazetteer answers place-name questions over one loaded dataset. Its
// methods are safe for concurrent use: nothing changes after loading.
type Gazetteer struct {
	cities []City           // largest population first
	keys   []cityKeys       // parallel to cities, for Complete
	byKey  map[string]match // see multiple
	multi  [][]match
	idOnce sync.Once
	byID   map[int64]int32 // built by the first CityByID

	countries []Country
	byCode    map[string]int
	byName    map[string]nameEntry
	byDemonym map[string]nameEntry

	common map[string]bool // fold keys of place names that are English words
}

// Fold returns the key under which names are matched: lower case,
// diacritics removed (đ->d, ł->l, ß->ss, æ->ae...), apostrophes and okinas
// removed, hyphens and runs of spaces made one space. Fold("Đà Nẵng") and
// Fold("da-nang") are both "da nang".
func Fold(s string) string { return fold.String(s) }

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer of the embedded data, decoding it on the
// first call. It panics only if the embedded data is corrupt, which the
// package's tests rule out for the data that is built in.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := Load()
		if err != nil {
			panic("geo: embedded gazetteer data is corrupt: " + err.Error())
		}
		defaultGaz = g
	})
	return defaultGaz
}
