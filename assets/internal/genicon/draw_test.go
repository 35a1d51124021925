package main

import (
	"bytes"
	"image/png"
	"os"
	"testing"
)

// TestDraw_matchesCommittedIcon fails when draw.go changed but icon.png
// was not regenerated (go run ./internal/genicon -out icon.png).
func TestDraw_matchesCommittedIcon(t *testing.T) {
	want, err := os.ReadFile("../../icon.png")
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := png.Encode(&got, Draw(512)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Error("Draw(512) differs from assets/icon.png; regenerate it")
	}
}
