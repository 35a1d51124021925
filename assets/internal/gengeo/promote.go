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
// it in English, an exact name of that country's GeoNames capital (PPLC)
// when GeoNames knows the capital by that name only as an alternate: GeoNames
// names Panama's capital "Panamá" and keeps "Panama City" among alternates,
// where an exact match of Panama City, Florida would beat it. A capital
// name GeoNames does not know at all is left alone rather than pinned on
// another city.
func promoteCapitals(cities []city, countries []country) {
	capitals := map[string][]int{}
	for i := range cities {
		if cities[i].code == "PPLC" {
			capitals[cities[i].country] = append(capitals[cities[i].country], i)
		}
	}
	for _, co := range countries {
		k := fold.String(co.Capital)
		for _, i := range capitals[co.Code] {
			if slices.Contains(cities[i].alts, k) {
				cities[i].promote(co.Capital)
				break
			}
		}
	}
}

// promoteExtra reads the hand-made supplement of English city names (lines
// "GeoNames id<TAB>English name<TAB>name|name", # comments; see the file's
// header), shows the English name instead of GeoNames' and makes every name
// an exact name of its city.
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
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		c := byID[cols[0]]
		if c == nil || len(cols) > 3 || len(cols) < 2 {
			return fmt.Errorf("%s:%d: want a kept GeoNames id, an English name and other names separated by tabs, got %q", path, n, line)
		}
		if cols[1] != "" {
			c.rename(cols[1])
		}
		if len(cols) == 3 && cols[2] != "" {
			for name := range strings.SplitSeq(cols[2], "|") {
				c.promote(name)
			}
		}
	}
	return sc.Err()
}

// rename shows name instead of GeoNames' name. The old name and ASCII name
// stay exact keys; the ASCII name follows when name is plain ASCII.
func (c *city) rename(name string) {
	c.promote(name)
	c.name = name
	if isASCII(name) {
		c.ascii = name
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
