package dates

import "parley/app"

// op names the rule that resolves an expression.
type op uint8

const (
	opDate      op = iota + 1 // y, m, d as written; m and d may be 0
	opMonthDay                // m, d without a year
	opHijri                   // Solar Hijri y, m, d; y may be 0
	opWeekday                 // weekday wd in direction dir
	opDayOffset               // n days from the reference day
	opUnit                    // the week, month or year n units from the reference's
	opMonth                   // month m in direction dir, or in year ref+y when yearRel
	opRange                   // y-m-d .. y2-m2-d2; a zero year comes from the reference
	opAnchored                // n days from the day of the previous day expression, anchor
)

// Directions of a relative weekday or month.
const (
	dirPlain = 0  // the most recent on or before the reference ("on Sunday", "in April")
	dirLast  = -1 // the most recent strictly before it ("last Sunday", "last November")
	dirNext  = 1  // the first strictly after it ("next Sunday")
	dirThis  = 2  // the one in the reference's week or year ("this Sunday", "this April")
)

// expr is what the grammar understood of an expression, independent of
// any reference date, so that it can be resolved again against another.
type expr struct {
	op         op
	dir        int8
	wd         int8 // stated weekday, -1 when none
	yearRel    bool // y of an opMonth is an offset from the reference year
	earlier    bool // only the days up to the reference: "earlier this week", "over the weekend"
	unit       key  // kWeek, kMonth or kYear for opUnit
	y, m, d    int
	y2, m2, d2 int
	n          int
	anchor     *expr // for opAnchored: the day expression it counts from
}

// result is a resolved expression.
type result struct{ from, until app.Date }

func (e expr) kind() Kind {
	switch e.op {
	case opDate, opMonthDay:
		return Explicit
	case opHijri:
		return Hijri
	case opRange:
		return Range
	case opWeekday, opDayOffset, opUnit, opMonth, opAnchored:
		return RelativeDate
	}
	return 0
}

func (e expr) relative() bool {
	switch e.op {
	case opDate:
		return false
	case opHijri:
		return e.y == 0
	case opRange:
		return e.y == 0 && e.y2 == 0
	case opAnchored:
		return e.anchor == nil || e.anchor.relative()
	}
	return true
}

// dayLevel reports whether e names one day (or a range of days), so that
// "the following day" may count from it.
func (e expr) dayLevel() bool {
	switch e.op {
	case opDate, opHijri:
		return e.d != 0
	case opMonthDay, opWeekday, opDayOffset, opRange, opAnchored:
		return true
	}
	return false
}

func (e expr) future() bool {
	switch e.op {
	case opWeekday, opMonth:
		return e.dir == dirNext || e.dir == dirThis && e.n > 0 || e.yearRel && e.y > 0
	case opDayOffset, opUnit:
		return e.n > 0
	}
	return false
}

// resolve resolves e against ref.
func (e expr) resolve(ref app.Date) result {
	switch e.op {
	case opDate:
		return result{from: app.Date{Year: e.y, Month: e.m, Day: e.d}}
	case opMonthDay:
		return result{from: monthDay(e.m, e.d, ref)}
	case opHijri:
		return result{from: hijri(e.y, e.m, e.d, ref)}
	case opWeekday:
		return result{from: weekday(int(e.wd), int(e.dir), e.n, ref)}
	case opDayOffset:
		if r, ok := refDay(ref); ok {
			return result{from: dayDate(r + e.n)}
		}
	case opUnit:
		if e.unit == kWeekend {
			return result{from: weekend(e.n, e.earlier, ref)}
		}
		return result{from: unit(e.unit, e.n, e.earlier, ref)}
	case opMonth:
		return result{from: month(e, ref)}
	case opRange:
		return dayRange(e, ref)
	case opAnchored:
		return result{from: anchored(e, ref)}
	}
	return result{}
}
