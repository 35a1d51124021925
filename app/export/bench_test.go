package export

import (
	"fmt"
	"io"
	"testing"

	"parley/app"
)

// BenchmarkCSV writes 100,000 meetings (the scale of issue 7) per
// iteration; the target is under 2 s.
func BenchmarkCSV(b *testing.B) {
	base := sample()
	ms := make([]app.Meeting, 100_000)
	for i := range ms {
		m := base[i%len(base)]
		m.ID = int64(i + 1)
		m.Venue = fmt.Sprintf("Hall %d", i)
		ms[i] = m
	}
	for _, layout := range Layouts {
		b.Run(string(layout), func(b *testing.B) {
			for b.Loop() {
				c, err := NewCSV(io.Discard, layout)
				if err != nil {
					b.Fatal(err)
				}
				for _, m := range ms {
					if err := c.Write(m); err != nil {
						b.Fatal(err)
					}
				}
				if err := c.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
