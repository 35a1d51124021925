package dates

// parser holds the tokens of a text while Find matches them.
type parser struct {
	t []token
}

func newExpr(o op) expr { return expr{op: o, wd: -1} }

// match tries every rule at token i and returns the expression, the index
// of the token after it, and whether one matched.
func (p *parser) match(i int) (expr, int, bool) {
	t := &p.t[i]
	switch {
	case t.kind == tNumDate || t.kind == tNum || t.kind == tWord && (t.lex.cls == cMonth || t.lex.cls == cHijri):
		if e, next, ok := p.explicit(i); ok {
			return e, next, true
		}
		if t.kind == tNum {
			return p.numberLed(i)
		}
		if i > 0 && p.t[i-1].kind == tNum {
			return expr{}, 0, false // the day before failed: "31 April 2025" is no April 2025
		}
		if t.lex.cls == cMonth {
			return p.monthOnly(i)
		}
		if t.lex.cls == cHijri {
			return p.hijriMonthYear(i)
		}
	case t.kind == tWord && t.lex.cls == cWeekday:
		return p.weekdayLed(i)
	case t.kind == tWord && (t.lex.cls == cKey || t.lex.cls == cCount):
		return p.keyLed(i)
	}
	return expr{}, 0, false
}

// canStart reports whether an expression may begin at t: the tokens
// match looks at further.
func (t *token) canStart() bool {
	switch t.kind {
	case tNumDate, tNum:
		return true
	case tWord:
		switch t.lex.cls {
		case cMonth, cHijri, cWeekday, cKey, cCount:
			return true
		}
	}
	return false
}

// key returns the keyword at i, or kNone.
func (p *parser) key(i int) key {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tWord || p.t[i].lex.cls != cKey {
		return kNone
	}
	return key(p.t[i].lex.val)
}

// punct reports whether token i is the punctuation r.
func (p *parser) punct(i int, r rune) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == tPunct && p.t[i].a == int(r)
}

// glued reports whether token i follows token i-1 with no space.
func (p *parser) glued(i int) bool { return i < len(p.t) && !p.t[i].space }

// monthAt reads a month name at i, skipping the full stop of "Sept." It
// returns the month, the next token index and whether the name was
// abbreviated. See named for when a word counts as a name.
func (p *parser) monthAt(i int, c class) (m, next int, abbr, ok bool) {
	if i >= len(p.t) || p.t[i].kind != tWord || p.t[i].lex.cls != c || !p.named(i) {
		return 0, 0, false, false
	}
	l := p.t[i].lex
	next = i + 1
	if l.abbr && p.punct(next, '.') && p.glued(next) {
		next++
	}
	return int(l.val), next, l.abbr, true
}

// named reports whether the month or weekday word at i counts as a name:
// capitalised, or a full name in lower case (pages that lost their
// capitals still say "on sunday"), except "may" and "march", which in
// lower case are a verb, and the Solar Hijri names, which are common words
// or names in other languages.
func (p *parser) named(i int) bool {
	t := &p.t[i]
	if t.upper {
		return true
	}
	if t.lex.abbr || t.lex.cls == cHijri {
		return false
	}
	return t.lex.cls != cMonth || (t.lex.val != 3 && t.lex.val != 5)
}

// dayAt reads a day of the month at i: a number 1..31 of at most two digits.
func (p *parser) dayAt(i int) (int, bool) {
	if i >= len(p.t) || p.t[i].kind != tNum || p.t[i].digits > 2 || p.t[i].a < 1 || p.t[i].a > 31 {
		return 0, false
	}
	return p.t[i].a, true
}

// yearAt reads a four-digit year in lo..hi at i, with no ordinal suffix.
func (p *parser) yearAt(i, lo, hi int) (int, bool) {
	if i >= len(p.t) || p.t[i].kind != tNum || p.t[i].digits != 4 || p.t[i].ord || p.t[i].a < lo || p.t[i].a > hi {
		return 0, false
	}
	return p.t[i].a, true
}

// Year bounds: a written date may carry any plausible year; a bare "in
// 2018" only a modern one, so that counts ("in 1500 cases") stay out.
const (
	minYear, maxYear         = 1000, 2999
	minBareYear, maxBareYear = 1900, 2100
	minHijriYear, maxHijri   = 1200, 1599
)

// optYear reads an optional year after a date at i, with or without a
// comma before it ("September 30, 2025", "30 September 2025").
func (p *parser) optYear(i, lo, hi int) (y, next int) {
	j := i
	if p.punct(j, ',') {
		j++
	}
	if y, ok := p.yearAt(j, lo, hi); ok && !p.punct(j+1, ':') {
		return y, j + 1
	}
	return 0, i
}
