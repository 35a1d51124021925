package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"parley/app"
)

// hardWrap breaks every paragraph of text into lines of at most width
// bytes, as PDF text layers and e-mails do.
func hardWrap(text string, width int) string {
	var b strings.Builder
	for i, para := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		n := 0
		for k, w := range strings.Fields(para) {
			if k > 0 && n+1+len(w) > width {
				b.WriteByte('\n')
				n = 0
			} else if k > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += len(w)
		}
	}
	return b.String()
}

// TestExtract_hardWrapped checks that hard-wrapped text (PDF) yields the
// same meetings as the same article with one line per paragraph.
func TestExtract_hardWrapped(t *testing.T) {
	files := corpusTexts()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		flat := testX.Extract(app.Document{Text: string(b)})
		wrappedText := hardWrap(string(b), 72)
		wrapped := testX.Extract(app.Document{Text: wrappedText})
		checkExtraction(t, wrappedText, wrapped)
		if got, want := meetingKeys(wrapped), meetingKeys(flat); got != want {
			t.Errorf("%s wrapped:\n got %s\nwant %s", filepath.Base(f), got, want)
		}
	}
}

func meetingKeys(ex app.Extraction) string {
	var out []string
	for _, m := range ex.Meetings {
		n := names(m)
		sort.Strings(n)
		out = append(out, strings.Join(n, "+")+"@"+m.Date.String()+"@"+m.Place.City)
	}
	return strings.Join(out, " | ")
}
