package geo

import "testing"

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCity(b *testing.B) {
	g := Default()
	for _, bb := range []struct {
		name  string
		names []string
	}{
		{"ascii", []string{"Isfahan", "New Delhi", "Washington", "Nowhereville"}},
		{"diacritics", []string{"Đà Nẵng", "Brasília", "Łódź"}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				g.City(bb.names[i%len(bb.names)])
			}
		})
	}
}

func BenchmarkComplete(b *testing.B) {
	g := Default()
	for b.Loop() {
		g.Complete("Isf", 10)
	}
}
