package app

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in string
		want     Date
		prec     Precision
		wantErr  bool
	}{
		{"day", "2025-09-30", Date{2025, 9, 30}, PrecisionDay, false},
		{"month", "2025-09", Date{2025, 9, 0}, PrecisionMonth, false},
		{"year", "2025", Date{2025, 0, 0}, PrecisionYear, false},
		{"empty", "", Date{}, PrecisionUnknown, false},
		{"spaces", " 2024-02-29 ", Date{2024, 2, 29}, PrecisionDay, false},
		{"feb30", "2025-02-30", Date{}, "", true},
		{"feb29 non leap", "2025-02-29", Date{}, "", true},
		{"month13", "2025-13", Date{}, "", true},
		{"month00", "2025-00", Date{}, "", true},
		{"short month", "2025-9-30", Date{}, "", true},
		{"words", "September 30", Date{}, "", true},
		{"too many parts", "2025-09-30-01", Date{}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseDate(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if got != tt.want || got.Precision() != tt.prec {
				t.Errorf("ParseDate(%q) = %+v (%s), want %+v (%s)", tt.in, got, got.Precision(), tt.want, tt.prec)
			}
			if got.String() != trimmed(tt.in) {
				t.Errorf("String() = %q, want %q", got.String(), trimmed(tt.in))
			}
		})
	}
}

func trimmed(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

func TestDate_Before(t *testing.T) {
	a, b := Date{2025, 9, 30}, Date{2025, 10, 1}
	if !a.Before(b) || b.Before(a) {
		t.Errorf("2025-09-30 should be before 2025-10-01")
	}
	if !a.Before(Date{}) || (Date{}).Before(a) {
		t.Errorf("unknown dates should sort last")
	}
	if !(Date{2025, 9, 0}).Before(Date{2025, 9, 1}) {
		t.Errorf("a month sorts before its days")
	}
}

func TestDate_Time(t *testing.T) {
	if _, ok := (Date{}).Time(); ok {
		t.Errorf("unknown date should have no time")
	}
	got, ok := Date{2025, 9, 0}.Time()
	if !ok || !got.Equal(time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("month date Time() = %v, %v", got, ok)
	}
	if d := DayDate(got); d != (Date{2025, 9, 1}) {
		t.Errorf("DayDate = %+v", d)
	}
}

func TestMeeting_Validate(t *testing.T) {
	ok := Meeting{Kind: KindPhone, Status: StatusNew, Date: Date{2025, 1, 13}, Confidence: 0.7}
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid meeting: %v", err)
	}
	bad := []Meeting{
		{Kind: "fax"},
		{Status: "maybe"},
		{Date: Date{2025, 2, 30}},
		{Confidence: 1.5},
	}
	for _, m := range bad {
		if err := m.Validate(); err == nil {
			t.Errorf("Validate(%+v) = nil, want an error", m)
		}
	}
}
