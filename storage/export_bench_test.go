package storage

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"parley/app/export"
)

// BenchmarkExportCSV measures File > Export and `parley export`: every
// meeting of the generated database streamed from storage and written as
// CSV to a file (issue 7's target: under 2 s for 100,000 meetings).
func BenchmarkExportCSV(b *testing.B) {
	n := benchMeetings(b)
	s := generated(b, n)
	out := filepath.Join(b.TempDir(), "meetings.csv")
	for _, layout := range export.Layouts {
		b.Run(string(layout), func(b *testing.B) {
			for b.Loop() {
				f, err := os.Create(out)
				if err != nil {
					b.Fatal(err)
				}
				got, err := export.Meetings(context.Background(), s, f, export.Options{Layout: layout})
				if err := f.Close(); err != nil {
					b.Fatal(err)
				}
				if err != nil || got != n {
					b.Fatalf("exported %d meetings, want %d: %v", got, n, err)
				}
			}
		})
	}
}
