// Command genworld turns Natural Earth's land outline, as TopoJSON from the
// npm package world-atlas (land-110m.json), into the compact ring file
// Parley embeds (assets/world/land.bin): see Encode for the format.
//
//	go run ./internal/genworld -in land-110m.json -out world/land.bin
package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	in := flag.String("in", "", "world-atlas land TopoJSON file")
	out := flag.String("out", "", "output ring file")
	flag.Parse()
	if *in == "" || *out == "" {
		log.Fatal("genworld: -in and -out are required")
	}
	data, err := os.ReadFile(*in)
	if err != nil {
		log.Fatalf("genworld: %v", err)
	}
	rings, err := DecodeLand(data)
	if err != nil {
		log.Fatalf("genworld: %s: %v", *in, err)
	}
	if err := os.WriteFile(*out, Encode(rings), 0o644); err != nil {
		log.Fatalf("genworld: %v", err)
	}
	log.Printf("genworld: %d rings written to %s", len(rings), *out)
}
