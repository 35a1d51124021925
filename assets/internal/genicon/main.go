// Command genicon draws Parley's application icon: two overlapping speech
// bubbles, one light and one amber, on a dark blue rounded square, which
// stays legible at 32x32 because it is made of a few large shapes.
//
//	go run ./internal/genicon -out icon.png -size 512
//
// It is a program rather than an SVG so that the icon needs no renderer
// outside the standard library and is reproducible byte for byte.
package main

import (
	"flag"
	"image/png"
	"log"
	"os"
)

func main() {
	out := flag.String("out", "icon.png", "output PNG file")
	size := flag.Int("size", 512, "width and height in pixels")
	flag.Parse()
	if *size < 16 || *size > 4096 {
		log.Fatalf("genicon: -size %d: want 16 to 4096", *size)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatalf("genicon: %v", err)
	}
	if err := png.Encode(f, Draw(*size)); err != nil {
		log.Fatalf("genicon: %s: %v", *out, err)
	}
	if err := f.Close(); err != nil {
		log.Fatalf("genicon: %s: %v", *out, err)
	}
}
