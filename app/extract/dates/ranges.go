package dates

// connector reports whether token i joins the two ends of a range: a
// dash, "to", "until", "till", "through", or "and" after "between".
func (p *parser) connector(i, start int) bool {
	switch p.key(i) {
	case kTo, kUntil, kTill, kThrough:
		return true
	case kAnd:
		return p.key(start-1) == kBetween
	}
	return p.punct(i, '-')
}

// rangeAfter extends the day date e (tokens start..next) into a range
// when a connector and a second date follow: "April 4 to May 31",
// "April 4-6, 2024", "30 September - 2 October 2025", "Aug. 13 and 14,".
// Otherwise it returns e unchanged.
func (p *parser) rangeAfter(start int, e expr, next int) (expr, int) {
	_, endDay := p.dayAt(next + 1)
	pair := p.key(next) == kAnd && endDay && p.clauseEnd(next+2)
	if (e.op != opDate && e.op != opMonthDay) || e.d == 0 || !p.connector(next, start) && !pair {
		return e, next
	}
	// A bare day after "to" needs "from" or "between" before the range:
	// "aid on April 4 to 20 countries" is no range, "from April 4 to 6" is.
	bare := pair || p.punct(next, '-') || p.key(start-1) == kFrom || p.key(start-1) == kBetween
	end, after, ok := p.rangeEnd(next+1, e.m, bare)
	if !ok {
		return e, next
	}
	r := newExpr(opRange)
	r.y, r.m, r.d = e.y, e.m, e.d
	r.y2, r.m2, r.d2 = end.y, end.m, end.d
	if r.y != 0 && r.y2 != 0 && days(r.y2, r.m2, r.d2) < days(r.y, r.m, r.d) {
		return e, next
	}
	if r.y == 0 && r.y2 == 0 && r.m == r.m2 && r.d2 < r.d {
		return e, next
	}
	return r, after
}

// rangeEnd reads the second end of a range at j: a full day date or, when
// bare allows it, a day number taking month m from the first end ("4-6").
func (p *parser) rangeEnd(j, m int, bare bool) (expr, int, bool) {
	if j >= len(p.t) {
		return expr{}, 0, false
	}
	if e, after, ok := p.dayAtom(j); ok && (e.op == opDate || e.op == opMonthDay) && e.d != 0 {
		return e, after, true
	}
	d, ok := p.dayAt(j)
	if !ok || !bare {
		return expr{}, 0, false
	}
	e, after, ok := p.gregorian(d, m, j+1)
	return e, after, ok
}

// dayRangeFirst matches ranges whose first end is a bare day: "4-6 May",
// "4 to 6 May 2024", "between 4 and 6 May", "on 2 and 3 May".
func (p *parser) dayRangeFirst(i int) (expr, int, bool) {
	d, ok := p.dayAt(i)
	if !ok || !p.connector(i+1, i) && p.key(i+1) != kAnd {
		return expr{}, 0, false
	}
	end, after, ok := p.dayMonth(i + 2)
	if !ok || end.op == opHijri || end.d <= d || !validDay(end.y, end.m, d) {
		return expr{}, 0, false
	}
	r := newExpr(opRange)
	r.y, r.m, r.d = end.y, end.m, d
	r.y2, r.m2, r.d2 = end.y, end.m, end.d
	return r, after, true
}
