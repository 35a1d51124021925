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
	names := []string{"Isfahan", "Đà Nẵng", "New Delhi", "Washington", "Nowhereville"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		g.City(names[i%len(names)])
	}
}

func BenchmarkComplete(b *testing.B) {
	g := Default()
	for b.Loop() {
		g.Complete("Isf", 10)
	}
}
