package dates

import (
	"time"

	"parley/app"
)

// anchored resolves "the following day", "two days later": n days after
// the anchor's day, or after the last day of an anchoring range.
func anchored(e expr, ref app.Date) app.Date {
	if e.anchor == nil {
		return app.Date{}
	}
	r := e.anchor.resolve(ref)
	base := r.from
	if !r.until.IsZero() {
		base = r.until
	}
	if base.Precision() != app.PrecisionDay {
		return app.Date{}
	}
	return dayDate(days(base.Year, base.Month, base.Day) + e.n)
}

// yearFor picks the year of a month and day written without one: the
// year that puts it within about ten months before and two months after
// ref, since news reports what happened and what is about to happen.
// It returns 0 when ref is not known to the month or the day cannot exist.
func yearFor(m, d int, ref app.Date) int {
	if ref.Precision() != app.PrecisionDay && ref.Precision() != app.PrecisionMonth {
		return 0
	}
	r := days(ref.Year, ref.Month, max(ref.Day, 1))
	for _, y := range [...]int{ref.Year, ref.Year - 1, ref.Year + 1} {
		if !validDay(y, m, d) {
			continue
		}
		if c := days(y, m, d); c-r <= 61 && r-c < 365-61 {
			return y
		}
	}
	return 0
}

func monthDay(m, d int, ref app.Date) app.Date {
	if y := yearFor(m, d, ref); y != 0 {
		return app.Date{Year: y, Month: m, Day: d}
	}
	return app.Date{}
}

// hijri converts a Solar Hijri date; without a year it takes the Solar
// Hijri year that yearFor's window around ref implies.
func hijri(y, m, d int, ref app.Date) app.Date {
	if y == 0 {
		r, ok := refDay(ref)
		if !ok {
			return app.Date{}
		}
		jy, _, _, err := GregorianToSolarHijri(ref)
		if err != nil {
			return app.Date{}
		}
		for _, c := range [...]int{jy, jy - 1, jy + 1} {
			if g, err := SolarHijriToGregorian(c, m, d); err == nil {
				if n := days(g.Year, g.Month, g.Day); n-r <= 61 && r-n < 365-61 {
					return g
				}
			}
		}
		return app.Date{}
	}
	g, err := SolarHijriToGregorian(y, m, d)
	if err != nil {
		return app.Date{}
	}
	return g
}

// weekday resolves a weekday against ref in direction dir; with dirThis,
// weeks weeks after ref's week ("Tuesday next week").
func weekday(wd, dir, weeks int, ref app.Date) app.Date {
	r, ok := refDay(ref)
	if !ok {
		return app.Date{}
	}
	rw := int(weekdayOf(r))
	switch dir {
	case dirLast:
		return dayDate(r - ((rw-wd+6)%7 + 1))
	case dirNext:
		return dayDate(r + (wd-rw+6)%7 + 1)
	case dirThis: // weeks run Monday to Sunday
		return dayDate(r + (wd+6)%7 - (rw+6)%7 + 7*weeks)
	}
	return dayDate(r - (rw-wd+7)%7)
}

// unit resolves "last week", "this month", "next year" and the like. A
// week is Monday to Sunday; since a Date cannot hold a week, a week
// resolves to its month when it lies within one month, to its year when it
// straddles two months, and to nothing when it straddles two years.
func unit(u key, n int, earlier bool, ref app.Date) app.Date {
	switch {
	case u == kYear && ref.Year != 0:
		return app.Date{Year: ref.Year + n}
	case u == kMonth && ref.Month != 0:
		y, m := addMonths(ref.Year, ref.Month, n)
		return app.Date{Year: y, Month: m}
	case u == kWeek:
		r, ok := refDay(ref)
		if !ok {
			return app.Date{}
		}
		monday := r - (int(weekdayOf(r))+6)%7 + 7*n
		if earlier && n == 0 {
			return span(monday, r)
		}
		return span(monday, monday+6)
	}
	return app.Date{}
}

// weekend resolves the Saturday and Sunday of the week n weeks from ref's,
// or with latest the most recent ones on or before ref.
func weekend(n int, latest bool, ref app.Date) app.Date {
	r, ok := refDay(ref)
	if !ok {
		return app.Date{}
	}
	wd := weekdayOf(r)
	if latest {
		n = -1
		if wd == time.Saturday || wd == time.Sunday {
			n = 0
		}
	}
	sat := r - (int(wd)+6)%7 + 7*n + 5
	return span(sat, sat+1)
}

// month resolves a month named without its year.
func month(e expr, ref app.Date) app.Date {
	if ref.Month == 0 {
		return app.Date{}
	}
	y := ref.Year
	switch {
	case e.yearRel:
		y += e.y
	case e.dir == dirPlain && e.m > ref.Month, e.dir == dirLast && e.m >= ref.Month:
		y--
	case e.dir == dirNext && e.m <= ref.Month:
		y++
	}
	return app.Date{Year: y, Month: e.m}
}

// dayRange resolves a range; a missing year comes from the other end or,
// when neither states one, from ref as for a single month and day.
func dayRange(e expr, ref app.Date) result {
	y, y2 := e.y, e.y2
	switch {
	case y == 0 && y2 == 0:
		if y = yearFor(e.m, e.d, ref); y == 0 {
			return result{}
		}
		y2 = y
		if before(e.m2, e.d2, e.m, e.d) {
			y2++
		}
	case y == 0:
		y = y2
		if before(e.m2, e.d2, e.m, e.d) {
			y--
		}
	case y2 == 0:
		y2 = y
		if before(e.m2, e.d2, e.m, e.d) {
			y2++
		}
	}
	if !validDay(y, e.m, e.d) || !validDay(y2, e.m2, e.d2) {
		return result{}
	}
	return result{from: app.Date{Year: y, Month: e.m, Day: e.d}, until: app.Date{Year: y2, Month: e.m2, Day: e.d2}}
}

// before reports whether month m, day d comes before month m2, day d2.
func before(m, d, m2, d2 int) bool { return m < m2 || m == m2 && d < d2 }
