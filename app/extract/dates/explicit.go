package dates

// explicit matches a written calendar date at i, then a range continuing
// it and a weekday in brackets after it ("June 11 (Tuesday)").
func (p *parser) explicit(i int) (expr, int, bool) {
	e, next, ok := p.dayAtom(i)
	if !ok {
		return expr{}, 0, false
	}
	e, next = p.rangeAfter(i, e, next)
	if p.punct(next, '(') && p.punct(next+2, ')') {
		if w, ok := p.weekdayAt(next + 1); ok && !p.t[next+1].lex.abbr {
			e.wd, next = int8(w), next+3
		}
	}
	return e, next, true
}

// dayAtom matches one written date to the day (or a Solar Hijri one).
func (p *parser) dayAtom(i int) (expr, int, bool) {
	t := &p.t[i]
	switch {
	case t.kind == tNumDate:
		return p.numericDate(i)
	case t.kind == tNum:
		if e, next, ok := p.spacedDate(i); ok {
			return e, next, ok
		}
		return p.dayMonth(i)
	case t.lex.cls == cMonth:
		return p.monthDay(i, cMonth)
	case t.lex.cls == cHijri:
		return p.monthDay(i, cHijri)
	}
	return expr{}, 0, false
}

// numericDate turns a numeric date token into a date; years 1300-1499 are
// Solar Hijri ("1403/10/24").
func (p *parser) numericDate(i int) (expr, int, bool) {
	t := &p.t[i]
	if t.a >= 1300 && t.a < 1500 {
		return p.hijriExpr(t.a, t.b, t.c, i+1)
	}
	if !validDay(t.a, t.b, t.c) {
		return expr{}, 0, false
	}
	e := newExpr(opDate)
	e.y, e.m, e.d = t.a, t.b, t.c
	return e, i + 1, true
}

// spacedDate matches the year-month-day form with spaces that Baltic and
// East Asian outlets use ("2017 10 17"); two-digit month and day, and no
// preposition before it, keep "in 2017 15 people" out.
func (p *parser) spacedDate(i int) (expr, int, bool) {
	y, ok := p.yearAt(i, minBareYear, maxBareYear)
	if !ok || p.trigger(i-1) || i+2 >= len(p.t) || p.t[i+1].kind != tNum || p.t[i+2].kind != tNum ||
		p.t[i+1].digits != 2 || p.t[i+2].digits != 2 || p.t[i+1].ord || p.t[i+2].ord {
		return expr{}, 0, false
	}
	if i+3 < len(p.t) && (p.t[i+3].kind == tNum || !p.t[i+3].space && p.t[i+3].kind != tPunct || p.dash(i+3)) {
		return expr{}, 0, false // "in 2017 10 17-year-olds"
	}
	m, d := p.t[i+1].a, p.t[i+2].a
	if !validDay(y, m, d) {
		return expr{}, 0, false
	}
	e := newExpr(opDate)
	e.y, e.m, e.d = y, m, d
	return e, i + 3, true
}

// dayMonth matches day-first dates: "30 September 2025", "15th Aug, 2020",
// "30th of September", "20 May", "24 Dey 1403".
func (p *parser) dayMonth(i int) (expr, int, bool) {
	d, ok := p.dayAt(i)
	if !ok {
		return expr{}, 0, false
	}
	j := i + 1
	dashed := p.dash(j)
	switch {
	case p.t[i].ord && p.key(j) == kOf:
		j++
	case dashed:
		j++
	}
	if m, next, _, ok := p.monthAt(j, cMonth); ok {
		if dashed { // "13-Aug-2024" needs its year, or "4-May" would be a date
			return p.dashedYear(d, m, next)
		}
		return p.gregorian(d, m, next)
	}
	if m, next, _, ok := p.monthAt(j, cHijri); ok {
		y, next := p.optYear(next, minHijriYear, maxHijri)
		return p.hijriExpr(y, m, d, next)
	}
	return expr{}, 0, false
}

// monthDay matches month-first dates: "September 30, 2025", "Sept. 30",
// "Sep 30th", "Mehr 8, 1404" (a Solar Hijri one needs its year).
func (p *parser) monthDay(i int, c class) (expr, int, bool) {
	m, j, _, ok := p.monthAt(i, c)
	if !ok {
		return expr{}, 0, false
	}
	d, ok := p.dayAt(j)
	if !ok {
		return expr{}, 0, false
	}
	if c == cHijri {
		y, next := p.optYear(j+1, minHijriYear, maxHijri)
		if y == 0 {
			return expr{}, 0, false
		}
		return p.hijriExpr(y, m, d, next)
	}
	return p.gregorian(d, m, j+1)
}

// gregorian finishes a Gregorian day and month with an optional year at i.
func (p *parser) gregorian(d, m, i int) (expr, int, bool) {
	y, next := p.optYear(i, minYear, maxYear)
	if !validDay(y, m, d) {
		return expr{}, 0, false
	}
	e := newExpr(opMonthDay)
	if y != 0 {
		e.op = opDate
	}
	e.y, e.m, e.d = y, m, d
	return e, next, true
}

func (p *parser) hijriExpr(y, m, d, next int) (expr, int, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || (m > 6 && d > 30) {
		return expr{}, 0, false
	}
	if y != 0 {
		if _, err := SolarHijriToGregorian(y, m, d); err != nil {
			return expr{}, 0, false
		}
	}
	e := newExpr(opHijri)
	e.y, e.m, e.d = y, m, d
	return e, next, true
}

// weekdayAt reads a weekday name at i (see named).
func (p *parser) weekdayAt(i int) (int, bool) {
	if i >= len(p.t) || p.t[i].kind != tWord || p.t[i].lex.cls != cWeekday || !p.named(i) {
		return 0, false
	}
	return int(p.t[i].lex.val), true
}

// dash reports whether token i is a dash or slash glued to both
// neighbours, as in "13-Aug-2024" and "13/Aug/2024".
func (p *parser) dash(i int) bool {
	return (p.punct(i, '-') || p.punct(i, '/')) && p.glued(i) && p.glued(i+1)
}

// dashedYear finishes "13-Aug-2024": the year after a second glued dash.
func (p *parser) dashedYear(d, m, i int) (expr, int, bool) {
	y, ok := p.yearAt(i+1, minYear, maxYear)
	if !p.dash(i) || !ok || !validDay(y, m, d) {
		return expr{}, 0, false
	}
	e := newExpr(opDate)
	e.y, e.m, e.d = y, m, d
	return e, i + 2, true
}

// hijriMonthYear matches a Solar Hijri month and year ("Esfand 1403"). No
// Solar Hijri month lies within one Gregorian month, so it resolves to a
// Gregorian year at best.
func (p *parser) hijriMonthYear(i int) (expr, int, bool) {
	m, j, _, ok := p.monthAt(i, cHijri)
	if !ok {
		return expr{}, 0, false
	}
	y, next := p.optYear(j, minHijriYear, maxHijri)
	if y == 0 {
		return expr{}, 0, false
	}
	e := newExpr(opHijri)
	e.y, e.m = y, m
	return e, next, true
}
