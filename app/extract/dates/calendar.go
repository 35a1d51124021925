package dates

import (
	"time"

	"parley/app"
)

// days counts days since 1970-01-01 in the proleptic Gregorian calendar
// (Howard Hinnant's days_from_civil): plain integer arithmetic is cheaper
// than time.Date and cannot overflow for the years we accept.
func days(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil is the inverse of days.
func civil(n int) (y, m, d int) {
	n += 719468
	era := floorDiv(n, 146097)
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// weekdayOf returns the day of the week of a day number from days.
func weekdayOf(n int) time.Weekday {
	// 1970-01-01 was a Thursday.
	return time.Weekday(((n % 7) + 7 + 4) % 7)
}

// monthDays returns how many days month m of year y has.
func monthDays(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// validDay reports whether y-m-d exists; a zero year allows February 29.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		return d <= 29 || (m != 2 && d <= monthDays(2000, m))
	}
	return d <= monthDays(y, m)
}

// dayDate turns a day number into a day-precision Date, or the zero Date
// outside the years app.Date accepts.
func dayDate(n int) app.Date {
	y, m, d := civil(n)
	if y < 1 || y > 9999 {
		return app.Date{}
	}
	return app.Date{Year: y, Month: m, Day: d}
}

// span returns the most precise Date that contains every day from a to b
// (day numbers, a <= b): the day itself, their common month or their common
// year, or the zero Date when they lie in different years.
func span(a, b int) app.Date {
	ya, ma, _ := civil(a)
	yb, mb, _ := civil(b)
	switch {
	case a == b:
		return dayDate(a)
	case ya != yb || ya < 1 || ya > 9999:
		return app.Date{}
	case ma != mb:
		return app.Date{Year: ya}
	}
	return app.Date{Year: ya, Month: ma}
}

// addMonths shifts year and month by n months.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return floorDiv(k, 12), k - floorDiv(k, 12)*12 + 1
}

// refDay returns ref's day number when ref is known to the day.
func refDay(ref app.Date) (int, bool) {
	if ref.Precision() != app.PrecisionDay {
		return 0, false
	}
	return days(ref.Year, ref.Month, ref.Day), true
}
