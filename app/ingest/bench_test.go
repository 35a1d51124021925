package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func BenchmarkReadFile(b *testing.B) {
	for _, name := range []string{"article-utf8.txt", "persian-1256.txt", "article.md", "article.html", "article.pdf", "article.docx"} {
		path := filepath.Join("testdata", name)
		info, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(info.Size())
			for b.Loop() {
				if _, err := ReadFile(path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	s := strings.Repeat("Minister Varga met envoy Reyes in Valmora on Tuesday.  \r\n\r\n\r\n", 2000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Normalize(s)
	}
}
