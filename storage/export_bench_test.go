package storage

import (
	"context"
	"fmt"
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
			loop(b, func() error {
				f, err := os.Create(out)
				if err != nil {
					return err
				}
				got, err := export.Meetings(context.Background(), s, f, export.Options{Layout: layout})
				if cerr := f.Close(); err == nil {
					err = cerr
				}
				if err == nil && got != n {
					err = fmt.Errorf("exported %d meetings, want %d", got, n)
				}
				return err
			})
		})
	}
}
