package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"

	"parley/app/geo/fold"
)

// promoteCapitals makes each country's capital, as world-countries spells
// it in English, an exact name of that country's GeoNames capital (PPLC).
// GeoNames names Panama's capital "Panamá" and keeps "Panama City" among
// alternates, where an exact match of Panama City, Florida would beat it.
func promoteCapitals(cities []city, countries []country) {
	capitals := map[string][]int{}
	for i := range cities {
		if cities[i].code == "PPLC" {
			capitals[cities[i].country] = append(capitals[cities[i].country], i)
		}
	}
	for _, co := range countries {
		idx := capitals[co.Code]
		if co.Capital == "" || len(idx) == 0 {
			continue
		}
		cities[pickCapital(cities, idx, co.Capital)].promote(co.Capital)
	}
}

// pickCapital chooses among a country's PPLC cities (a few countries have
// two) the one already known by the name, else the first (largest).
func pickCapital(cities []city, idx []int, name string) int {
	k := fold.String(name)
	for _, i := range idx {
		if slices.Contains(cities[i].keys, k) || slices.Contains(cities[i].alts, k) {
			return i
		}
	}
	return idx[0]
}

// promoteExtra reads the hand-made supplement of English city names
// (lines "GeoNames id<TAB>name|name", # comments) and makes each an exact
// name of its city.
func promoteExtra(cities []city, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	byID := make(map[string]*city, len(cities))
	for i := range cities {
		byID[cities[i].id] = &cities[i]
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, names, ok := strings.Cut(line, "\t")
		c := byID[id]
		if !ok || c == nil {
			return fmt.Errorf("%s:%d: want a kept GeoNames id, a tab and names, got %q", path, n, line)
		}
		for name := range strings.SplitSeq(names, "|") {
			c.promote(name)
		}
	}
	return sc.Err()
}
