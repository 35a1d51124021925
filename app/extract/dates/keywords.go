package dates

// keyLed matches expressions that start with a keyword or a number word:
// "yesterday", "last week", "next Sunday", "earlier this month", "mid-May",
// "the day before yesterday", "two weeks ago".
func (p *parser) keyLed(i int) (expr, int, bool) {
	if p.t[i].lex.cls == cCount {
		return p.ago(i, int(p.t[i].lex.val))
	}
	if e, next, ok := p.anchoredAt(i); ok {
		return e, next, true
	}
	switch k := p.key(i); k {
	case kYesterday, kToday, kTonight, kTomorrow:
		return dayOffset(dayWord(k), i+1)
	case kLast, kThis, kNext, kComing:
		return p.deictic(i, k)
	case kEarlier, kLater:
		return p.earlier(i, k)
	case kEarly, kMid, kLate:
		return p.partOf(i)
	case kEnd:
		if p.punct(i+1, '-') && p.glued(i+1) { // "end-2025", "end-March"
			return p.partOf(i)
		}
	case kThe:
		if p.key(i+1) == kWeekend {
			return p.theWeekend(i)
		}
		return p.dayBeforeAfter(i)
	}
	return expr{}, 0, false
}

func dayWord(k key) int {
	switch k {
	case kYesterday:
		return -1
	case kTomorrow:
		return 1
	}
	return 0
}

func dayOffset(n, next int) (expr, int, bool) {
	e := newExpr(opDayOffset)
	e.n = n
	return e, next, true
}

// deictic matches "last", "this", "next" or "coming" (and "this coming")
// before a weekday, a month, a unit or a part of the day.
func (p *parser) deictic(i int, k key) (expr, int, bool) {
	j := i + 1
	dir, n := dirNext, 1
	switch k {
	case kLast:
		dir, n = dirLast, -1
	case kThis:
		dir, n = dirThis, 0
	}
	switch {
	case k == kThis && p.key(j) == kComing:
		dir, n, j = dirNext, 1, j+1
	case k == kThis && p.key(j) == kPast:
		dir, n, j = dirLast, -1, j+1
	}
	if w, ok := p.weekdayAt(j); ok && !p.t[j].lex.abbr {
		return p.weekdayRel(w, dir, j+1)
	}
	if m, next, abbr, ok := p.monthAt(j, cMonth); ok && !abbr && k != kComing {
		e := newExpr(opMonth)
		e.m, e.dir = m, int8(dir)
		return e, next, true
	}
	switch u := p.key(j); {
	case u == kWeek || u == kMonth || u == kYear || u == kWeekend:
		e := newExpr(opUnit)
		e.unit, e.n = u, n
		return e, j + 1, k != kComing
	case k == kLast && (u == kNight || u == kEvening):
		return dayOffset(-1, j+1)
	case k == kThis && partOfDay(u):
		return dayOffset(0, j+1)
	}
	return expr{}, 0, false
}

// earlier matches "earlier today", "earlier this week", "later this
// month", "earlier in the year".
func (p *parser) earlier(i int, k key) (expr, int, bool) {
	j := i + 1
	switch p.key(j) {
	case kToday:
		return dayOffset(0, j+1)
	case kThis:
		j++
	case kIn:
		if p.key(j+1) != kThe {
			return expr{}, 0, false
		}
		j += 2
	default:
		return expr{}, 0, false
	}
	u := p.key(j)
	if u != kWeek && u != kMonth && u != kYear {
		return expr{}, 0, false
	}
	e := newExpr(opUnit)
	e.unit, e.earlier = u, k == kEarlier
	return e, j + 1, true
}

// partOf matches "early June", "mid-May", "late 2018", "early last year".
func (p *parser) partOf(i int) (expr, int, bool) {
	j := i + 1
	if p.punct(j, '-') {
		j++
	}
	if m, next, abbr, ok := p.monthAt(j, cMonth); ok && !abbr {
		if e, after, ok := p.monthYear(m, next); ok {
			return e, after, true
		}
		e := newExpr(opMonth)
		e.m = m
		return e, next, true
	}
	if y, ok := p.yearAt(j, minBareYear, maxBareYear); ok {
		e := newExpr(opDate)
		e.y = y
		return e, j + 1, true
	}
	if k := p.key(j); k == kLast || k == kThis || k == kNext {
		if e, next, ok := p.deictic(j, k); ok && e.op == opUnit && e.unit != kWeek {
			return e, next, true
		}
	}
	return expr{}, 0, false
}

// dayBeforeAfter matches "the day before yesterday", "the day after
// tomorrow", and, ending a clause, "the day before" and "the day after",
// counted from the day last named ("the day before the summit" names no
// day of its own and is left out).
func (p *parser) dayBeforeAfter(i int) (expr, int, bool) {
	if !p.isDay(i + 1) {
		return expr{}, 0, false
	}
	k, n := p.key(i+2), 1
	switch {
	case k == kBefore && p.key(i+3) == kYesterday:
		return dayOffset(-2, i+4)
	case k == kAfter && p.key(i+3) == kTomorrow:
		return dayOffset(2, i+4)
	case k != kBefore && k != kAfter || !p.clauseEnd(i+3):
		return expr{}, 0, false
	case k == kBefore:
		n = -1
	}
	e := newExpr(opAnchored)
	e.n = n
	return e, i + 3, true
}

// clauseEnd reports whether token i ends a clause: the end of the text or
// a punctuation mark that closes one.
func (p *parser) clauseEnd(i int) bool {
	if i >= len(p.t) {
		return true
	}
	return p.punct(i, '.') || p.punct(i, ',') || p.punct(i, ';') || p.punct(i, ')') || p.punct(i, ':')
}

// theWeekend matches "over the weekend", "at the weekend", "during the
// weekend": the most recent Saturday and Sunday on or before the reference.
func (p *parser) theWeekend(i int) (expr, int, bool) {
	switch p.key(i - 1) {
	case kOver, kAt, kDuring, kOn:
		e := newExpr(opUnit)
		e.unit, e.earlier = kWeekend, true
		return e, i + 2, true
	}
	return expr{}, 0, false
}

// anchoredAt matches days counted from the day the text last named: "the
// following day", "the next day", "the previous day", "the same day",
// "later that day", "later in the day", "that same day".
func (p *parser) anchoredAt(i int) (expr, int, bool) {
	k, j := p.key(i), i+1
	switch {
	case (k == kLater || k == kEarlier) && p.key(j) == kIn && p.key(j+1) == kThe && p.isDay(j+2):
		e := newExpr(opAnchored)
		return e, j + 3, true
	case k == kThe || k == kThat:
	case (k == kLater || k == kEarlier) && p.key(j) == kThat:
		j++
	default:
		return expr{}, 0, false
	}
	n := 0
	switch p.key(j) {
	case kFollowing, kNext:
		n = 1
	case kPrevious:
		n = -1
	case kSame:
	case kDay:
		if k != kThat && j == i+1 {
			return expr{}, 0, false
		}
		j--
	default:
		return expr{}, 0, false
	}
	if !p.isDay(j + 1) {
		return expr{}, 0, false
	}
	e := newExpr(opAnchored)
	e.n = n
	return e, j + 2, true
}

// isDay reports whether token i is the word "day" (not "days").
func (p *parser) isDay(i int) bool {
	return p.key(i) == kDay && p.t[i].end-p.t[i].start == 3
}
