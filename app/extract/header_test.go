package extract

import (
	"testing"

	"parley/app"
)

func TestHeaderDate(t *testing.T) {
	tests := []struct {
		name  string
		lines []line
		want  app.Date
	}{
		{"byline with weekday and clock", []line{
			{text: "Ministers agree on new ferry route"},
			{text: "Staff Reporter"},
			{text: "Thu Mar 6, 2025 09:00 AM  Last update on: Thu Mar 6, 2025 10:15 AM"},
			{text: longBody("The minister met the visiting envoy on 2 March 2025 and discussed ports.")},
		}, app.Date{Year: 2025, Month: 3, Day: 6}},
		{"agency stamp with section", []line{
			{text: "SOME WIRE - Feb 3, 2024 - 14:20 | Asia"},
			{text: longBody("Talks were held on Friday.")},
		}, app.Date{Year: 2024, Month: 2, Day: 3}},
		{"numeric stamp after a name", []line{
			{text: "Jane Roe   |11.07.2023 - Update : 11.07.2023"},
			{text: longBody("The two envoys met.")},
		}, app.Date{Year: 2023, Month: 7, Day: 11}},
		{"dateline part of the first paragraph", []line{
			{text: "Envoy calls on the governor"},
			{text: longBody("Harbourtown, Rajab 3, 1446, January 3, 2025, NEWS -- The governor received the envoy today.")},
		}, app.Date{Year: 2025, Month: 1, Day: 3}},
		{"body dates are not the publication date", []line{
			{text: "Envoy calls on the governor"},
			{text: longBody("The governor received the envoy on 3 January 2025 at his office, where they discussed trade.")},
		}, app.Date{}},
		{"furniture is skipped", []line{
			{text: "11 November, 2025, 8:00 pm", furniture: true},
			{text: longBody("The governor received the envoy.")},
		}, app.Date{}},
		{"a month without a day is not enough", []line{
			{text: "Posted in March 2025"},
			{text: longBody("The governor received the envoy.")},
		}, app.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headerDate(tt.lines); got != tt.want {
				t.Errorf("headerDate = %v, want %v", got, tt.want)
			}
		})
	}
}

// longBody pads s past headerLineMax so it reads as a body paragraph.
func longBody(s string) string {
	for len(s) <= headerLineMax {
		s += " The sides exchanged views on regional matters of common interest."
	}
	return s
}

func TestExtract_datelineWithDateThenAgency(t *testing.T) {
	text := " date 2025-01-24\nLima, Jan 24 (Andina) Minister Ana Ruiz on Friday called on President Tom Berg at the palace here and discussed fisheries."
	ex := extract(t, text)
	if ex.Outlet != "Andina" || ex.DatelineCity != "Lima" || ex.DatelineDate.String() != "2025-01-24" {
		t.Errorf("outlet %q city %q date %q, want Andina Lima 2025-01-24", ex.Outlet, ex.DatelineCity, ex.DatelineDate)
	}
	if len(ex.Meetings) != 1 || ex.Meetings[0].Place.City != "Lima" || ex.Meetings[0].Date.String() != "2025-01-24" {
		t.Errorf("meetings = %+v, want one in Lima on 2025-01-24", ex.Meetings)
	}
}

func TestExtract_countryNameIsNoCity(t *testing.T) {
	ex := extract(t, " date 2025-03-05\nMinister Ana Ruiz met Minister Tom Berg in Venezuela on Monday.\n\nMinister Ana Ruiz met Prime Minister Lee Wong in Singapore on Tuesday.")
	if len(ex.Meetings) != 2 {
		t.Fatalf("got %d meetings, want 2", len(ex.Meetings))
	}
	if got := ex.Meetings[0].Place; got.City != "" {
		t.Errorf("first meeting city %q, want none (Venezuela is a country)", got.City)
	}
	if got := ex.Meetings[1].Place; got.City != "Singapore" || got.Country != "SG" {
		t.Errorf("second meeting place %+v, want Singapore, SG (a city-state)", got)
	}
}

func TestExtract_leadInKeepsTheCallsKind(t *testing.T) {
	ex := extract(t, " date 2025-05-06\nHARBOURTOWN, May 6 (NEWS) -- President Ana Ruiz received a phone call today from Prime Minister Tom Berg.\n\nDuring the call, Prime Minister Tom Berg briefed President Ana Ruiz on the border, and the two sides reviewed bilateral relations.")
	if len(ex.Meetings) != 1 {
		t.Fatalf("got %d meetings, want the one call: %+v", len(ex.Meetings), ex.Meetings)
	}
	if m := ex.Meetings[0]; m.Kind != app.KindPhone || m.Place.City != "" {
		t.Errorf("meeting kind %q city %q, want a phone call with no place", m.Kind, m.Place.City)
	}
}

func TestExtract_credentialsAndAudiences(t *testing.T) {
	tests := []struct{ name, text, a, b string }{
		{"credentials presented", "President Ana Ruiz on Monday accepted the credentials of the new Ambassador of Norway, Tom Berg, at the palace.", "Ana Ruiz", "Tom Berg"},
		{"letters of credence received", "President Ana Ruiz on Monday received the letters of credence of the new Ambassador of Norway, Tom Berg.", "Ana Ruiz", "Tom Berg"},
		{"farewell audience", "President Ana Ruiz on Monday granted a farewell audience to the outgoing Ambassador of Norway, Tom Berg.", "Ana Ruiz", "Tom Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if len(ex.Meetings) != 1 {
				t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
			}
			meetingWith(t, ex, tt.a, tt.b)
		})
	}
}
