package dates

import (
	"testing"

	"parley/app"
)

// FuzzFind checks that Find never panics, that its offsets are ordered,
// inside the text and on rune boundaries, and that every date it resolves
// exists on the calendar, with and without a reference date.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"on Sunday, September 30, 2025 (Tuesday) from April 4 to May 31",
		"24 Dey 1403 and 1403/12/30 and Mehr 8, 1404",
		"2024-08-13T09:59 16.11.2016 20/05/2025 2017 10 17 4–6 May",
		"last week, earlier this month, the day before yesterday, two weeks ago",
	} {
		f.Add(s, 2025, 8, 14)
	}
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		ref := app.Date{Year: y, Month: m, Day: d}
		if ref.Validate() != nil {
			ref = app.Date{}
		}
		checkMentions(t, text, Find(text, ref))
		Parse(text, ref)
	})
}

func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	bounds := map[int]bool{len(text): true}
	for i := range text { // decoding positions, also where the UTF-8 is invalid
		bounds[i] = true
	}
	last := 0
	for _, m := range ms {
		if m.Start < last || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("mention %d..%d out of order or outside a text of %d bytes", m.Start, m.End, len(text))
		}
		if !bounds[m.Start] || !bounds[m.End] {
			t.Fatalf("mention %d..%d splits a rune in %q", m.Start, m.End, text)
		}
		for _, d := range []app.Date{m.Date, m.Until} {
			if err := d.Validate(); err != nil {
				t.Fatalf("mention %q resolved to an invalid date %+v: %v", m.Text(text), d, err)
			}
		}
		last = m.End
	}
}
