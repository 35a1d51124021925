package dates

// numberLed matches what starts with a bare number once explicit dates
// have failed: a day range ("4-6 May"), a year after a preposition ("in
// 2018") and a count of units ago ("three days ago").
func (p *parser) numberLed(i int) (expr, int, bool) {
	if e, next, ok := p.dayRangeFirst(i); ok {
		return e, next, true
	}
	if e, next, ok := p.ago(i, p.t[i].a); ok {
		return e, next, true
	}
	y, ok := p.yearAt(i, minBareYear, maxBareYear)
	if !ok || !p.trigger(i-1) || p.punct(i+1, '-') && p.glued(i+1) {
		return expr{}, 0, false
	}
	e := newExpr(opDate)
	e.y = y
	return e, i + 1, true
}

// trigger reports whether token i is a preposition that makes a bare month
// or year a date: "in April", "since 2018", "by March", "end of May".
func (p *parser) trigger(i int) bool {
	switch p.key(i) {
	case kIn, kSince, kBy, kDuring, kUntil, kTill, kFrom, kOf, kBefore, kAfter:
		return true
	}
	return false
}

// ago matches "N days ago", "a week ago", "two months ago", and days
// counted from the day last named: "two days later", "a day earlier".
func (p *parser) ago(i, n int) (expr, int, bool) {
	u := p.key(i + 1)
	if later := p.key(i + 2); u == kDay && (later == kLater || later == kEarlier) && n <= 100 {
		e := newExpr(opAnchored)
		e.n = n
		if later == kEarlier {
			e.n = -n
		}
		return e, i + 3, true
	}
	if p.key(i+2) != kAgo || n < 1 || n > 100 {
		return expr{}, 0, false
	}
	switch u {
	case kDay:
		e := newExpr(opDayOffset)
		e.n = -n
		return e, i + 3, true
	case kWeek, kMonth, kYear:
		e := newExpr(opUnit)
		e.unit, e.n = u, -n
		return e, i + 3, true
	}
	return expr{}, 0, false
}

// monthOnly matches a full month name with no day: "June 2024", "June last
// year", or after a preposition "in April", "since January".
func (p *parser) monthOnly(i int) (expr, int, bool) {
	m, j, abbr, ok := p.monthAt(i, cMonth)
	if !ok {
		return expr{}, 0, false
	}
	if e, next, ok := p.monthYear(m, j); ok {
		return e, next, true
	}
	if abbr || !p.trigger(i-1) {
		return expr{}, 0, false
	}
	e := newExpr(opMonth)
	e.m = m
	return e, j, true
}

// monthYear matches the year after a month name: "June 2024", "June of
// 2024", "June last year", "June this year".
func (p *parser) monthYear(m, j int) (expr, int, bool) {
	k := j
	if p.key(k) == kOf {
		k++
	}
	if y, next := p.optYear(k, minYear, maxYear); y != 0 {
		e := newExpr(opDate)
		e.y, e.m = y, m
		return e, next, true
	}
	if off, ok := yearOffset(p.key(k)); ok && p.key(k+1) == kYear {
		e := newExpr(opMonth)
		e.m, e.yearRel, e.y = m, true, off
		return e, k + 2, true
	}
	return expr{}, 0, false
}

// yearOffset maps "last", "this" and "next" to -1, 0 and +1.
func yearOffset(k key) (int, bool) {
	switch k {
	case kLast:
		return -1, true
	case kThis:
		return 0, true
	case kNext:
		return 1, true
	}
	return 0, false
}

// weekdayLed matches a weekday: with a date ("Tuesday (August 13, 2024)",
// "Monday 20 May", "Sun, 12 May 2024") or alone ("on Sunday",
// "Wednesday evening"), resolved then to the most recent such day.
func (p *parser) weekdayLed(i int) (expr, int, bool) {
	w, ok := p.weekdayAt(i)
	if !ok {
		return expr{}, 0, false
	}
	j := i + 1
	if p.t[i].lex.abbr && p.punct(j, '.') && p.glued(j) {
		j++
	}
	paren := p.punct(j, '(')
	if paren || p.punct(j, ',') {
		j++
	}
	if j < len(p.t) {
		if e, next, ok := p.explicit(j); ok {
			if paren && p.punct(next, ')') {
				next++
			}
			e.wd = int8(w)
			return e, next, true
		}
	}
	if p.t[i].lex.abbr || p.inName(i) {
		return expr{}, 0, false
	}
	return p.weekdayRel(w, dirPlain, i+1)
}

// inName reports whether the weekday at i is part of a name: a newspaper
// ("Sunday Times", "Mail on Sunday") or a feast or event ("Good Friday",
// "Super Tuesday").
func (p *parser) inName(i int) bool {
	cls := func(j int) class {
		if j < 0 || j >= len(p.t) || p.t[j].kind != tWord || !p.t[j].upper {
			return cNone
		}
		return p.t[j].lex.cls
	}
	return cls(i+1) == cMasthead || cls(i-1) == cFeast || p.key(i-1) == kOn && cls(i-2) == cMasthead
}

// weekdayRel finishes a relative weekday, taking in a part of the day
// after it ("Tuesday evening") and a week that places it ("Tuesday next
// week", "Friday of last week").
func (p *parser) weekdayRel(w, dir, next int) (expr, int, bool) {
	if partOfDay(p.key(next)) {
		next++
	}
	e := newExpr(opWeekday)
	e.wd, e.dir = int8(w), int8(dir)
	if dir != dirPlain {
		return e, next, true
	}
	j := next
	if p.key(j) == kOf {
		j++
	}
	if off, ok := yearOffset(p.key(j)); ok && p.key(j+1) == kWeek {
		e.dir, e.n = dirThis, off
		return e, j + 2, true
	}
	return e, next, true
}

func partOfDay(k key) bool {
	return k == kMorning || k == kAfternoon || k == kEvening || k == kNight
}
