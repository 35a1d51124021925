package assets

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func TestEmbeddedGzip(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		head string // how the decompressed file starts
	}{
		{"cities", Cities(), "#cities\t"},
		{"countries", Countries(), "[\n{"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			zr, err := gzip.NewReader(bytes.NewReader(tt.data))
			if err != nil {
				t.Fatalf("%s is not gzip: %v", tt.name, err)
			}
			text, err := io.ReadAll(zr)
			if err != nil {
				t.Fatalf("%s is damaged: %v", tt.name, err)
			}
			if !strings.HasPrefix(string(text), tt.head) {
				t.Errorf("%s starts %.20q, want %q", tt.name, text, tt.head)
			}
		})
	}
}

func TestCommonWords(t *testing.T) {
	text := string(CommonWords())
	for _, w := range []string{"\nnice\n", "\nof\n", "\nreading\n"} {
		if !strings.Contains(text, w) {
			t.Errorf("CommonWords() lacks %q", strings.TrimSpace(w))
		}
	}
	if strings.Contains(text, "\ntehran\n") {
		t.Error("CommonWords() lists tehran, which is no English word")
	}
}
