package dates

import (
	"strings"

	"parley/app"
)

// Parse reads a standalone date such as a header, byline or dateline date:
// "2025-10-02", "Oct. 2", "21 Nov", "15th Aug, 2020", "Published Jun 11,
// 2024 09:59 am", "20/05/2025", "16.11.2016", "2017 10 17", "April 2, 2025".
// A label before the date ("Published", "Updated", "Date:") and a clock
// time or time zone after it are allowed; any other text is not, so that
// a line of page furniture ("11 November, 2025, 8:00 pm Central - 23°C
// Rain") is not taken for a date. ok reports whether s is such a date; the
// Date is zero when s lacks a year (or is relative) and ref cannot supply it.
func Parse(s string, ref app.Date) (d app.Date, ok bool) {
	s = strings.TrimSpace(s)
	if d, err := app.ParseDate(s); err == nil && !d.IsZero() {
		return d, true
	}
	ms := Find(s, ref)
	if len(ms) == 0 || ms[0].Kind == Range {
		return app.Date{}, false
	}
	m := ms[0]
	if !onlyLabel(s[:m.Start]) || !onlyClock(s[m.End:]) {
		return app.Date{}, false
	}
	return m.Date, true
}

// onlyLabel reports whether s holds nothing but the words and punctuation
// that introduce a date in a header.
func onlyLabel(s string) bool {
	for _, w := range strings.FieldsFunc(s, isPunctOrSpace) {
		switch strings.ToLower(w) {
		case "published", "updated", "posted", "last", "modified", "date", "dated",
			"on", "created", "issued", "released", "first", "time":
		default:
			return false
		}
	}
	return true
}

// onlyClock reports whether s holds nothing but a clock time and a time
// zone: "09:59 am", "8:00 pm", "10:30 GMT", "T09:59:00Z", "(IST)".
func onlyClock(s string) bool {
	for _, w := range strings.FieldsFunc(s, isPunctOrSpace) {
		if !isClockWord(w) {
			return false
		}
	}
	return true
}

func isClockWord(w string) bool {
	switch strings.ToLower(w) {
	case "am", "pm", "a", "p", "m", "hrs", "hours", "h", "local", "time", "utc", "gmt", "z":
		return true
	}
	if w[0] == 'T' && len(w) > 1 && isDigit(w[1]) { // T09 of an ISO timestamp
		w = w[1:]
	}
	if n := len(w); n > 1 && w[n-1] == 'Z' && isDigit(w[n-2]) { // 00Z: seconds in UTC
		w = w[:n-1]
	}
	digits, upper := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			digits++
		case c >= 'A' && c <= 'Z':
			upper++
		}
	}
	// A time ("0959", "8") or a zone abbreviation ("IST", "CEST", "Z").
	return digits == len(w) && digits <= 4 || upper == len(w) && upper >= 2 && upper <= 5
}

// isPunctOrSpace splits header text: everything but letters and digits.
func isPunctOrSpace(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 0x7f)
}
