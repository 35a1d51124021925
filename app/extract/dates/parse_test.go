package dates

import (
	"testing"

	"parley/app"
)

func TestParse(t *testing.T) {
	ref := app.Date{Year: 2025, Month: 10, Day: 2}
	tests := []struct {
		name string
		in   string
		want string
		ok   bool
	}{
		{"ISO", "2025-10-02", "2025-10-02", true},
		{"ISO month", "2025-09", "2025-09", true},
		{"header line", " date 2025-10-02", "2025-10-02", true},
		{"abbreviated month without year", "Oct. 2", "2025-10-02", true},
		{"day and abbreviated month", "21 Nov", "2025-11-21", true},
		{"day long after the reference takes the year before", "21 Dec", "2024-12-21", true},
		{"ordinal with comma year", "15th Aug, 2020", "2020-08-15", true},
		{"published with time", "Published Jun 11, 2024 09:59 am", "2024-06-11", true},
		{"published with zone", "Published 21 November 2024, 07:15 GMT", "2024-11-21", true},
		{"updated with pipe", "Updated: 3 October 2025 | 10:15 IST", "2025-10-03", true},
		{"posted numeric", "Posted: 2024/08/13", "2024-08-13", true},
		{"day first slashes", "20/05/2025", "2025-05-20", true},
		{"month first slashes", "Published: 2/13/2025", "2025-02-13", true},
		{"dots", "16.11.2016", "2016-11-16", true},
		{"spaced", "2017 10 17", "2017-10-17", true},
		{"month day year", "April 2, 2025", "2025-04-02", true},
		{"weekday first", "Saturday, March 8, 2025", "2025-03-08", true},
		{"timestamp", "2025-10-02T09:59:00Z", "2025-10-02", true},
		{"solar hijri", "24 Dey 1403", "2025-01-13", true},
		{"page furniture", "11 November, 2025, 8:00 pm Central - 23°C Rain", "", false},
		{"byline name", "By Litia Naivalu", "", false},
		{"sentence", "The minister met the ambassador on 3 May 2025.", "", false},
		{"range", "4-6 May 2024", "", false},
		{"empty", "  ", "", false},
		{"time only", "09:59 am", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Parse(tt.in, ref)
			if got.String() != tt.want || ok != tt.ok {
				t.Errorf("Parse(%q) = %q, %v; want %q, %v", tt.in, got.String(), ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParse_withoutReference(t *testing.T) {
	d, ok := Parse("Oct. 2", app.Date{})
	if !ok || !d.IsZero() {
		t.Errorf("Parse(Oct. 2) without a reference = %s, %v; want a recognised date with no value", d, ok)
	}
	d, ok = Parse("April 2, 2025", app.Date{})
	if !ok || d.String() != "2025-04-02" {
		t.Errorf("Parse(April 2, 2025) without a reference = %s, %v", d, ok)
	}
}
