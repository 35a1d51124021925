package dates

import (
	"parley/app"
)

// jalaaliBreaks are the years (Solar Hijri) at which the 33-year leap cycle
// of the Persian calendar shifts, from Kazimierz Borkowski's algorithm as
// published in jalaali-js; they make the arithmetic agree with the
// astronomical calendar Iran uses over years -61..3177.
var jalaaliBreaks = [...]int{-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181,
	1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178}

// jalCal returns, for Solar Hijri year jy, the Gregorian year in which it
// starts, the March day of 1 Farvardin, and the years since the last leap
// year (0 when jy itself is a leap year).
func jalCal(jy int) (gy, march, leap int) {
	gy = jy + 621
	leapJ, jp, jump := -14, jalaaliBreaks[0], 0
	for _, jm := range jalaaliBreaks[1:] {
		jump = jm - jp
		if jy < jm {
			break
		}
		leapJ += jump/33*8 + jump%33/4
		jp = jm
	}
	n := jy - jp
	leapJ += n/33*8 + (n%33+3)/4
	if jump%33 == 4 && jump-n == 4 {
		leapJ++
	}
	leapG := gy/4 - (gy/100+1)*3/4 - 150
	march = 20 + leapJ - leapG
	if jump-n < 6 {
		n = n - jump + (jump+4)/33*33
	}
	leap = ((n+1)%33 - 1) % 4
	if leap == -1 {
		leap = 4
	}
	return gy, march, leap
}

// hijriYearOK reports whether jy is a year the algorithm covers; we accept
// only years after 1 AP so that every remainder above is non-negative.
func hijriYearOK(jy int) bool { return jy >= 1 && jy < 3178 }

// hijriMonthDays returns the length of month jm of year jy: six months of
// 31 days, five of 30, and Esfand with 29 days, 30 in a leap year.
func hijriMonthDays(jy, jm int) int {
	switch {
	case jm <= 6:
		return 31
	case jm <= 11:
		return 30
	}
	if _, _, leap := jalCal(jy); leap == 0 {
		return 30
	}
	return 29
}

// hijriDays returns the day number (see days) of jy-jm-jd.
func hijriDays(jy, jm, jd int) int {
	gy, march, _ := jalCal(jy)
	return days(gy, 3, march) + (jm-1)*31 - jm/7*(jm-7) + jd - 1
}

// SolarHijriToGregorian converts the Solar Hijri (Persian, Jalali) date
// year-month-day, e.g. 1403-10-24 (24 Dey 1403), to its Gregorian day
// (2025-01-13). Month 0 or day 0 mean "not known": the result then has the
// Gregorian precision that certainly contains the whole month or year
// (Dey 1403 straddles two Gregorian years, so it yields the zero Date).
// It fails with an app.EInvalid error when the date does not exist.
func SolarHijriToGregorian(year, month, day int) (app.Date, error) {
	if !hijriYearOK(year) || month < 0 || month > 12 || day < 0 ||
		(month == 0 && day != 0) || (month > 0 && day > hijriMonthDays(year, month)) {
		return app.Date{}, app.Errorf(app.EInvalid, "%d-%02d-%02d is not a Solar Hijri date", year, month, day)
	}
	switch {
	case month == 0:
		return span(hijriDays(year, 1, 1), hijriDays(year+1, 1, 1)-1), nil
	case day == 0:
		return span(hijriDays(year, month, 1), hijriDays(year, month, hijriMonthDays(year, month))), nil
	}
	return dayDate(hijriDays(year, month, day)), nil
}

// GregorianToSolarHijri converts a day-precision Gregorian date to the Solar
// Hijri calendar, returning year, month and day (2025-09-30 -> 1404, 7, 8).
// It fails with an app.EInvalid error for an invalid or imprecise date.
func GregorianToSolarHijri(d app.Date) (year, month, day int, err error) {
	if d.Precision() != app.PrecisionDay || d.Validate() != nil || d.Year < 623 {
		return 0, 0, 0, app.Errorf(app.EInvalid, "%q is not a day the Solar Hijri calendar can express", d.String())
	}
	n := days(d.Year, d.Month, d.Day)
	jy := d.Year - 621
	gy, march, _ := jalCal(jy)
	k := n - days(gy, 3, march)
	if k >= 0 {
		if k <= 185 {
			return jy, 1 + k/31, k%31 + 1, nil
		}
		k -= 186
	} else {
		jy--
		k += 179
		if _, _, leap := jalCal(jy); leap == 0 {
			k++
		}
	}
	return jy, 7 + k/30, k%30 + 1, nil
}
