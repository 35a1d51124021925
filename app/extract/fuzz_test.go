package extract

import (
	"os"
	"testing"

	"parley/app"
	"parley/app/geo"
)

// FuzzExtract feeds arbitrary text to Extract: it must not panic, every
// evidence must be the text at its span, dates must be real and
// confidences within [0, 1].
func FuzzExtract(f *testing.F) {
	f.Add("TEHRAN, Oct. 2 (IRNA) -- Ambassador Kim Junpyo met Mayor Ali Ghasemzade on Sunday.")
	f.Add(" date 2024-06-04\nKUWAIT CITY, June 3 (KUNA) -- X was received today by His Highness the Amir Sheikh Y Z.")
	f.Add("“He met”, she said. Mr. . Dr\n\n—\u00a0ʻ")
	x := New(geo.Default())
	f.Fuzz(func(t *testing.T, text string) {
		checkExtraction(t, text, x.Extract(app.Document{Text: text}))
	})
}

// checkExtraction asserts the invariants every extraction keeps.
func checkExtraction(t *testing.T, text string, ex app.Extraction) {
	t.Helper()
	for _, d := range []app.Date{ex.Published, ex.DatelineDate} {
		if err := d.Validate(); err != nil {
			t.Fatalf("invalid article date %+v: %v", d, err)
		}
	}
	for _, m := range ex.Meetings {
		if err := m.Validate(); err != nil {
			t.Fatalf("invalid meeting: %v", err)
		}
		if len(m.Sources) != 1 {
			t.Fatalf("meeting has %d sources, want 1", len(m.Sources))
		}
		s := m.Sources[0]
		if !s.Span.Valid(len(text)) || text[s.Span.Start:s.Span.End] != s.Evidence {
			t.Fatalf("evidence %q is not the text at %+v", s.Evidence, s.Span)
		}
		if m.Confidence < 0 || m.Confidence > 1 {
			t.Fatalf("confidence %v out of range", m.Confidence)
		}
		if len(m.Participants) == 0 {
			t.Fatalf("meeting without participants: %+v", m)
		}
	}
}

// TestExtract_corpusInvariants runs the invariants over every corpus text.
func TestExtract_corpusInvariants(t *testing.T) {
	files := corpusTexts()
	if len(files) < 27 {
		t.Fatalf("found %d corpus texts, want 27", len(files))
	}
	x := New(geo.Default())
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkExtraction(t, string(b), x.Extract(app.Document{Text: string(b)}))
	}
}

func BenchmarkExtract(b *testing.B) {
	files := corpusTexts()
	var docs []app.Document
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, app.Document{Text: string(t)})
		size += len(t)
	}
	x := New(geo.Default())
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}

// TestExtract_concurrent runs one Extractor from several goroutines: the
// results must equal a sequential run (and -race must stay quiet).
func TestExtract_concurrent(t *testing.T) {
	files := corpusTexts()
	x := New(geo.Default())
	var docs []app.Document
	var want []int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := app.Document{Text: string(b)}
		docs = append(docs, d)
		want = append(want, len(x.Extract(d).Meetings))
	}
	errs := make(chan string, len(docs)*4)
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i, d := range docs {
				if n := len(x.Extract(d).Meetings); n != want[i] {
					errs <- files[i]
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for f := range errs {
		t.Errorf("%s: a concurrent run found a different number of meetings", f)
	}
}
