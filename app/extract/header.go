package extract

import (
	"strings"

	"parley/app"
	"parley/app/extract/dates"
)

// headerLineMax is the longest line still read as header furniture (a
// byline, a time stamp, a section label); longer lines are body text.
const headerLineMax = 120

// headerLines is how many short lines before the body are searched.
const headerLines = 8

// headerDate is the last resort for the publication date: the first
// complete calendar date (day, month and year, written out) in the
// article's header, that is on a short line before the body or in the
// dateline part of the first paragraph. Bylines and stamps come in too
// many shapes to list ("Wed Jul 16, 2025 12:00 AM Last update on ...",
// "AGENCY NEWS - Nov 1, 2025 - 08:55 | World", "Posted by Newsroom on
// Sep 9, 2025", "Jane Roe |08.04.2025 - Update : 08.04.2025"), so this
// looks for the date rather than the shape. Body sentences are never
// searched: their dates are the meetings', not the article's.
func headerDate(lines []line) app.Date {
	short := 0
	for _, ln := range lines {
		if ln.furniture {
			continue
		}
		if len(ln.text) > headerLineMax {
			return firstFullDate(datelinePart(ln.text))
		}
		if d := firstFullDate(ln.text); !d.IsZero() {
			return d
		}
		if short++; short >= headerLines {
			break
		}
	}
	return app.Date{}
}

// datelinePart is the start of a first paragraph up to the dash or colon
// that ends a wire dateline ("Riyadh, May 06, 2025, AGENCY -- ..."), or ""
// when no such mark comes early.
func datelinePart(p string) string {
	if len(p) > 110 {
		p = p[:110]
	}
	best := -1
	for _, mark := range []string{" -- ", " — ", " – ", " - ", "):", ": "} {
		if i := strings.Index(p, mark); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return p[:best]
}

// firstFullDate is the first explicit, day-precision date in s.
func firstFullDate(s string) app.Date {
	if s == "" {
		return app.Date{}
	}
	for _, m := range dates.Find(s, app.Date{}) {
		if m.Kind == dates.Explicit && !m.Relative && m.Date.Precision() == app.PrecisionDay {
			return m.Date
		}
	}
	return app.Date{}
}
