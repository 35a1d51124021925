package extract

import (
	"sort"
	"strings"

	"parley/app"
	"parley/app/extract/dates"
)

// ownDate sets c's date from the first date expression in its clause, else
// in its sentence. Future expressions are skipped. An expression that
// cannot be resolved (an undated article's "on Sunday") still counts:
// the date is then unknown, not borrowed from elsewhere.
func (a *analysis) ownDate(c *candidate) {
	s := &a.sents[c.sent]
	lo, hi := s.toks[c.a].start, s.toks[c.b-1].end
	if m, ok := a.firstDate(lo, hi); ok {
		a.setDate(c, m)
		return
	}
	if m, ok := a.firstDate(s.start, s.end); ok {
		a.setDate(c, m)
		return
	}
	if c.lead > 0 {
		l := &a.sents[c.lead-1]
		if m, ok := a.firstDate(l.start, l.end); ok {
			a.setDate(c, m)
		}
	}
}

func (a *analysis) setDate(c *candidate, m dates.Mention) {
	c.date, c.dateSet, c.conflict = m.Date, true, m.Conflict
	if m.Date.IsZero() && m.HasWeekday {
		c.weekday = int(m.Weekday) + 1
	}
}

// firstDate returns the first non-future date expression in [lo, hi).
func (a *analysis) firstDate(lo, hi int) (dates.Mention, bool) {
	var first dates.Mention
	found := false
	for _, m := range a.dates[a.dateFrom(lo):] {
		if m.Start >= hi {
			break
		}
		if m.Start < lo || m.Future || a.inQuote(m.Start) || a.boundary(m.Start) {
			continue
		}
		if !m.Date.IsZero() {
			return m, true // a resolved date beats an unresolved "on Tuesday" before it
		}
		if !found {
			first, found = m, true
		}
	}
	return first, found
}

// dateFrom returns the index of the first date mention starting at or
// after byte offset lo (mentions are in text order).
func (a *analysis) dateFrom(lo int) int {
	return sort.Search(len(a.dates), func(i int) bool { return a.dates[i].Start >= lo })
}

// boundary reports whether the date at byte offset off is a limit, not an
// occasion: "has not met since 2019", "until June".
func (a *analysis) boundary(off int) bool {
	t := strings.TrimRight(a.text[max(0, off-8):off], " ")
	for _, w := range []string{"since", "until", "till"} {
		if strings.HasSuffix(strings.ToLower(t), w) {
			return true
		}
	}
	return sinceClause(a.text[max(0, off-60):off])
}

// sinceClause reports whether the text before a date, back to the last
// comma or sentence end, holds "since": "since his appointment as governor
// in January" dates the appointment, not the meeting.
func sinceClause(before string) bool {
	if i := strings.LastIndexAny(before, ",.;:!?"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(before)) {
		if w == "since" {
			return true
		}
	}
	return false
}

// inQuote reports whether byte offset off lies inside quotation marks.
func (a *analysis) inQuote(off int) bool {
	si := a.sentenceOf(off)
	if si < 0 {
		return false
	}
	for _, t := range a.sents[si].toks {
		if t.start >= off {
			return t.quoted
		}
	}
	return false
}

// inheritDates dates the meetings whose sentences carry no date: a series
// of meetings shares the previous meeting's date ("Anwar also met ..."),
// else the latest date in the two sentences before applies ("arrived on
// Tuesday. Receiving the guests, ...").
func (a *analysis) inheritDates() {
	var main *candidate // the first dated meeting: the article's main occasion
	for _, c := range a.cands {
		switch {
		case c.weekday > 0:
			a.sameWeekday(c)
		case c.dateSet:
		case main != nil:
			c.date, c.dateSet, c.inherited = main.date, true, true
		default:
			if m, ok := a.dateBefore(c.sent); ok {
				a.setDate(c, m)
				c.inherited = true
			}
		}
		if main == nil && c.dateSet && !c.date.IsZero() {
			main = c
		}
	}
}

// sameWeekday dates "Later on Tuesday" in an article without a date of its
// own by an earlier meeting that was on a Tuesday ("on Tuesday (8 Mehr 1404)").
func (a *analysis) sameWeekday(c *candidate) {
	for _, p := range a.cands {
		if p == c {
			return
		}
		if t, ok := p.date.Time(); ok && p.date.Precision() == app.PrecisionDay && int(t.Weekday())+1 == c.weekday {
			c.date, c.inherited = p.date, true
			return
		}
	}
}

// dateBefore returns the last date expression in the two sentences before si.
func (a *analysis) dateBefore(si int) (dates.Mention, bool) {
	lo := a.sents[max(si-2, 0)].start
	hi := a.sents[si].start
	var out dates.Mention
	ok := false
	for _, m := range a.dates[a.dateFrom(lo):] {
		if m.Start >= hi {
			break
		}
		if !m.Future {
			out, ok = m, true
		}
	}
	return out, ok
}

// validDate keeps only dates that exist on the calendar.
func validDate(d app.Date) app.Date {
	if d.Validate() != nil {
		return app.Date{}
	}
	return d
}
