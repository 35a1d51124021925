package dates

import (
	"testing"

	"parley/app"
)

func TestSolarHijri(t *testing.T) {
	tests := []struct {
		name    string
		y, m, d int
		want    string
	}{
		{"new year 1403", 1403, 1, 1, "2024-03-20"},
		{"24 Dey 1403", 1403, 10, 24, "2025-01-13"},
		{"8 Mehr 1404", 1404, 7, 8, "2025-09-30"},
		{"new year 1404", 1404, 1, 1, "2025-03-21"},
		{"leap day 30 Esfand 1403", 1403, 12, 30, "2025-03-20"},
		{"revolution day 22 Bahman 1357", 1357, 11, 22, "1979-02-11"},
		{"new year 1300", 1300, 1, 1, "1921-03-21"},
		{"last day of Shahrivar", 1404, 6, 31, "2025-09-22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := SolarHijriToGregorian(tt.y, tt.m, tt.d)
			if err != nil || g.String() != tt.want {
				t.Fatalf("SolarHijriToGregorian(%d, %d, %d) = %s, %v; want %s", tt.y, tt.m, tt.d, g, err, tt.want)
			}
			y, m, d, err := GregorianToSolarHijri(g)
			if err != nil || y != tt.y || m != tt.m || d != tt.d {
				t.Errorf("GregorianToSolarHijri(%s) = %d-%d-%d, %v; want %d-%d-%d", g, y, m, d, err, tt.y, tt.m, tt.d)
			}
		})
	}
}

func TestSolarHijri_invalid(t *testing.T) {
	tests := []struct {
		name    string
		y, m, d int
	}{
		{"30 Esfand in a common year", 1404, 12, 30},
		{"31 Mehr", 1404, 7, 31},
		{"month 13", 1404, 13, 1},
		{"year zero", 0, 1, 1},
		{"day without month", 1404, 0, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := SolarHijriToGregorian(tt.y, tt.m, tt.d)
			if app.ErrorCode(err) != app.EInvalid {
				t.Errorf("SolarHijriToGregorian(%d, %d, %d) error = %v, want an invalid-input error", tt.y, tt.m, tt.d, err)
			}
		})
	}
	if _, _, _, err := GregorianToSolarHijri(app.Date{Year: 2025, Month: 9}); app.ErrorCode(err) != app.EInvalid {
		t.Errorf("GregorianToSolarHijri(2025-09) error = %v, want an invalid-input error", err)
	}
}

func TestSolarHijri_partial(t *testing.T) {
	tests := []struct {
		name string
		y, m int
		want string
	}{
		{"Mehr lies in September and October", 1404, 7, "2025"},
		{"Dey straddles two years", 1403, 10, ""},
		{"a whole year straddles two", 1403, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := SolarHijriToGregorian(tt.y, tt.m, 0)
			if err != nil || g.String() != tt.want {
				t.Errorf("SolarHijriToGregorian(%d, %d, 0) = %q, %v; want %q", tt.y, tt.m, g.String(), err, tt.want)
			}
		})
	}
}

// arithmeticLeap is the 33-year arithmetic rule, which agrees with the
// astronomical Persian calendar over the years tested here; it is an
// independent check on the Borkowski algorithm in hijri.go.
func arithmeticLeap(y int) bool { return (25*y+11)%33 < 8 }

// TestSolarHijri_againstArithmetic walks every day of 1300-1500 AP with
// the arithmetic rule, anchored at 1 Farvardin 1300 = 1921-03-21, and
// checks both conversions, which also makes it a round-trip test.
func TestSolarHijri_againstArithmetic(t *testing.T) {
	n := days(1921, 3, 21)
	for y := 1300; y <= 1500; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= arithmeticMonthDays(y, m); d++ {
				g, err := SolarHijriToGregorian(y, m, d)
				gy, gm, gd := civil(n)
				if err != nil || g != (app.Date{Year: gy, Month: gm, Day: gd}) {
					t.Fatalf("SolarHijriToGregorian(%d, %d, %d) = %s, %v; want %04d-%02d-%02d", y, m, d, g, err, gy, gm, gd)
				}
				ry, rm, rd, err := GregorianToSolarHijri(g)
				if err != nil || ry != y || rm != m || rd != d {
					t.Fatalf("GregorianToSolarHijri(%s) = %d-%d-%d, %v; want %d-%d-%d", g, ry, rm, rd, err, y, m, d)
				}
				n++
			}
		}
	}
}

func arithmeticMonthDays(y, m int) int {
	switch {
	case m <= 6:
		return 31
	case m <= 11, arithmeticLeap(y):
		return 30
	}
	return 29
}

func TestCivil_roundTrip(t *testing.T) {
	for n := days(1600, 1, 1); n < days(2400, 1, 1); n++ {
		y, m, d := civil(n)
		if !validDay(y, m, d) || days(y, m, d) != n {
			t.Fatalf("civil(%d) = %d-%d-%d does not round-trip", n, y, m, d)
		}
	}
	if got := weekdayOf(days(2025, 8, 14)).String(); got != "Thursday" {
		t.Errorf("weekday of 2025-08-14 = %s, want Thursday", got)
	}
}
