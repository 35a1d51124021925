package widgets

import (
	"testing"

	"parley/app"
)

func TestFormatParticipants(t *testing.T) {
	tests := []struct {
		name string
		ps   []app.Participant
		want string
	}{
		{"none", nil, "no participants"},
		{"two with countries", []app.Participant{{Name: "Kim Junpyo", Country: "KR"}, {Name: "Ali Ghasemzade", Country: "IR"}}, "Kim Junpyo (KR) – Ali Ghasemzade (IR)"},
		{"no country", []app.Participant{{Name: "Kim Junpyo"}}, "Kim Junpyo"},
		{"unnamed uses title", []app.Participant{{Title: "Mayor of Isfahan", Country: "IR"}}, "Mayor of Isfahan (IR)"},
		{"nothing known", []app.Participant{{}}, "unnamed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatParticipants(tt.ps); got != tt.want {
				t.Errorf("formatParticipants = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFormatParticipant(t *testing.T) {
	tests := []struct {
		name string
		p    app.Participant
		want string
	}{
		{"full", app.Participant{Name: "Kim Junpyo", Title: "Ambassador", Organization: "Embassy of Korea", Country: "KR"}, "Kim Junpyo — Ambassador, Embassy of Korea (KR)"},
		{"name only", app.Participant{Name: "Kim"}, "Kim"},
		{"no name", app.Participant{Title: "Mayor"}, "unnamed — Mayor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatParticipant(tt.p); got != tt.want {
				t.Errorf("formatParticipant = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFormatDateAndPlace(t *testing.T) {
	tests := []struct {
		name             string
		d                app.Date
		p                app.Place
		wantDate, wantDP string
		wantPlace        string
	}{
		{"day", app.Date{Year: 2025, Month: 9, Day: 30}, app.Place{City: "Isfahan", Country: "IR"}, "2025-09-30", "2025-09-30 (day precision)", "Isfahan, IR"},
		{"month", app.Date{Year: 2025, Month: 9}, app.Place{Country: "KR"}, "2025-09", "2025-09 (month precision)", "KR"},
		{"year", app.Date{Year: 2025}, app.Place{City: "Tehran"}, "2025", "2025 (year precision)", "Tehran"},
		{"unknown", app.Date{}, app.Place{}, "date unknown", "date unknown", "place unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatDate(tt.d); got != tt.wantDate {
				t.Errorf("formatDate = %q, want %q", got, tt.wantDate)
			}
			if got := formatDateWithPrecision(tt.d); got != tt.wantDP {
				t.Errorf("formatDateWithPrecision = %q, want %q", got, tt.wantDP)
			}
			if got := formatPlace(tt.p); got != tt.wantPlace {
				t.Errorf("formatPlace = %q, want %q", got, tt.wantPlace)
			}
		})
	}
}

func TestFormatCounts(t *testing.T) {
	tests := []struct {
		name string
		c    app.Counts
		want string
	}{
		{"empty", app.Counts{}, "0 articles · 0 meetings"},
		{"singular", app.Counts{Articles: 1, Meetings: 1}, "1 article · 1 meeting"},
		{"to review", app.Counts{Articles: 12, Meetings: 15, ByStatus: map[app.Status]int{app.StatusNew: 15}}, "12 articles · 15 meetings (15 need review)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatCounts(tt.c); got != tt.want {
				t.Errorf("formatCounts = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestImportMessage(t *testing.T) {
	tests := []struct {
		name string
		rep  app.Report
		want string
	}{
		{"done", app.Report{Results: make([]app.FileResult, 3), Imported: 3, Meetings: 5}, "Imported 3 files: 3 imported (5 meetings), 0 duplicates, 0 failed"},
		{"canceled", app.Report{Results: make([]app.FileResult, 2), Imported: 1, Meetings: 1, Canceled: 1}, "Import canceled after 2 files: 1 imported (1 meeting), 0 duplicates, 0 failed, 1 canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := importMessage(tt.rep); got != tt.want {
				t.Errorf("importMessage = %q, want %q", got, tt.want)
			}
		})
	}
}
