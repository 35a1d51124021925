package dates

import (
	"strings"
	"testing"

	"parley/app"
)

// thu is the reference date of most tests: Thursday 14 August 2025.
var thu = app.Date{Year: 2025, Month: 8, Day: 14}

// describe renders a mention compactly for table tests:
// `text|kind|date[..until][ rel][ future][ wd=Day][ conflict]`.
func describe(m Mention, text string) string {
	var b strings.Builder
	b.WriteString(m.Text(text) + "|" + m.Kind.String() + "|" + m.Date.String())
	if !m.Until.IsZero() {
		b.WriteString(".." + m.Until.String())
	}
	if m.Relative {
		b.WriteString(" rel")
	}
	if m.Future {
		b.WriteString(" future")
	}
	if m.HasWeekday {
		b.WriteString(" wd=" + m.Weekday.String())
	}
	if m.Conflict {
		b.WriteString(" conflict")
	}
	return b.String()
}

// findAll returns the described mentions of text resolved against ref.
func findAll(t *testing.T, text string, ref app.Date) []string {
	t.Helper()
	var out []string
	for _, m := range Find(text, ref) {
		out = append(out, describe(m, text))
	}
	return out
}

// sameList fails the test unless got equals want, showing both.
func sameList(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
