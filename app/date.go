package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision string

// The precisions a meeting date can have.
const (
	PrecisionDay     Precision = "day"
	PrecisionMonth   Precision = "month"
	PrecisionYear    Precision = "year"
	PrecisionUnknown Precision = "unknown"
)

// Date is a calendar date that may be known only to the month or the year.
// A zero field means "not known": Day 0 with a Month is month precision,
// Month 0 with a Year is year precision and the zero Date is unknown.
// Precision is derived from the fields so it can never disagree with them.
type Date struct {
	Year  int
	Month int
	Day   int
}

// DayDate returns the day-precision Date of t (in t's location).
func DayDate(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// Precision reports how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionUnknown
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	default:
		return PrecisionDay
	}
}

// IsZero reports whether nothing of d is known.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats d as ISO 8601 to its precision: 2025-09-30, 2025-09, 2025,
// or "" when unknown.
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	}
	return ""
}

// Time returns the first instant of d in UTC; ok is false for an unknown date.
func (d Date) Time() (t time.Time, ok bool) {
	if d.IsZero() {
		return time.Time{}, false
	}
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC), true
}

// Validate reports whether d names a real calendar date (2025-02-30 does not).
func (d Date) Validate() error {
	if d.IsZero() {
		if d.Month != 0 || d.Day != 0 {
			return fmt.Errorf("a date with a month or day needs a year")
		}
		return nil
	}
	if d.Year < 1 || d.Year > 9999 {
		return fmt.Errorf("year %d is out of range", d.Year)
	}
	if d.Month < 0 || d.Month > 12 {
		return fmt.Errorf("month %d is not between 1 and 12", d.Month)
	}
	if d.Month == 0 && d.Day != 0 {
		return fmt.Errorf("a date with a day needs a month")
	}
	if d.Day != 0 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return fmt.Errorf("%s has no day %d", time.Month(d.Month), d.Day)
		}
	}
	return nil
}

// ParseDate reads an ISO date at any precision ("2025-09-30", "2025-09",
// "2025") or "" for unknown, and checks that it exists on the calendar.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%q is not a date like 2025-09-30, 2025-09 or 2025", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("%q is not a date like 2025-09-30, 2025-09 or 2025", s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if (len(parts) > 1 && d.Month == 0) || (len(parts) > 2 && d.Day == 0) {
		return Date{}, fmt.Errorf("%q is not a date like 2025-09-30, 2025-09 or 2025", s)
	}
	if err := d.Validate(); err != nil {
		return Date{}, fmt.Errorf("%q is not a real date: %w", s, err)
	}
	return d, nil
}

// Before reports whether d starts before e (unknown dates sort last).
func (d Date) Before(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return !d.IsZero() && e.IsZero()
	}
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}
