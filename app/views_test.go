package app

import (
	"context"
	"testing"
	"time"
)

func TestDaySpan(t *testing.T) {
	day := func(y, m, d int) int32 { return DayNumber(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)) }
	tests := []struct {
		name       string
		date       Date
		start, end int32
	}{
		{"day", Date{2025, 9, 30}, day(2025, 9, 30), day(2025, 10, 1)},
		{"month", Date{2025, 2, 0}, day(2025, 2, 1), day(2025, 3, 1)},
		{"year", Date{2024, 0, 0}, day(2024, 1, 1), day(2025, 1, 1)},
		{"unknown", Date{}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := DaySpan(tt.date)
			if s != tt.start || e != tt.end {
				t.Errorf("DaySpan(%v) = %d, %d; want %d, %d", tt.date, s, e, tt.start, tt.end)
			}
		})
	}
	if got := DayTime(day(2025, 9, 30)); !got.Equal(time.Date(2025, 9, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DayTime round trip = %v", got)
	}
}

func TestViewBuilder(t *testing.T) {
	tehran := Place{City: "Tehran", Country: "IR", Lat: 35.69, Lon: 51.42}
	isfahan := Place{City: "Isfahan", Country: "IR", Lat: 32.65, Lon: 51.67}
	kim := Participant{Name: "Kim Junpyo", Country: "KR"}
	b := NewViewBuilder()
	b.Add(Meeting{ID: 1, Kind: KindInPerson, Date: Date{2025, 9, 30}, Place: tehran, Participants: []Participant{kim}})
	b.Add(Meeting{ID: 2, Kind: KindInPerson, Date: Date{2025, 9, 23}, Place: isfahan, Participants: []Participant{kim}})
	b.Add(Meeting{ID: 3, Kind: KindPhone, Date: Date{2025, 9, 1}, Place: tehran})
	b.Add(Meeting{ID: 4, Kind: KindInPerson, Place: tehran})
	b.Add(Meeting{ID: 5, Kind: KindInPerson, Date: Date{2024, 0, 0}, Place: Place{City: "Nowhere"}})
	d := b.Done()

	var ids []int64
	for _, m := range d.Meetings {
		ids = append(ids, m.ID)
	}
	if want := []int64{5, 3, 2, 1, 4}; !equalIDs(ids, want) {
		t.Errorf("meeting order = %v, want %v", ids, want)
	}
	if d.Undated != 1 || d.NoPlace != 2 {
		t.Errorf("Undated, NoPlace = %d, %d; want 1, 2", d.Undated, d.NoPlace)
	}
	if len(d.Cities) != 2 {
		t.Fatalf("cities = %+v, want Tehran and Isfahan", d.Cities)
	}
	th := d.Cities[0]
	if th.Name != "Tehran" || th.Count != 2 || th.Dated != 1 || th.First != th.Last {
		t.Errorf("Tehran = %+v, want 2 meetings, one dated", th)
	}
	if d.Meetings[3].Summary != "Kim Junpyo" || d.Countries[d.Meetings[3].Country] != "IR" || d.People[d.Meetings[3].Person] != "Kim Junpyo" {
		t.Errorf("meeting 1 = %+v", d.Meetings[3])
	}
	if d.Meetings[1].City != -1 {
		t.Errorf("phone call has city %d, want -1", d.Meetings[1].City)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// walkStore serves meetings from memory through EachMeeting and, when
// brief is set, through EachMeetingBrief too; other Store methods are not used.
type walkStore struct {
	Store
	meetings []Meeting
	walked   string // which walk served the last load
}

func (s *walkStore) EachMeeting(_ context.Context, _ MeetingFilter, fn func(Meeting) error) error {
	s.walked = "full"
	for _, m := range s.meetings {
		if err := fn(m); err != nil {
			return err
		}
	}
	return nil
}

// briefWalkStore is a walkStore with the brief walk.
type briefWalkStore struct{ *walkStore }

func (s briefWalkStore) EachMeetingBrief(ctx context.Context, f MeetingFilter, fn func(Meeting) error) error {
	err := s.EachMeeting(ctx, f, fn)
	s.walked = "brief"
	return err
}

func TestLoadViewData(t *testing.T) {
	ws := &walkStore{meetings: []Meeting{
		{ID: 1, Date: Date{2025, 9, 30}, Participants: []Participant{{Name: "Masoud Pezeshkian"}, {Name: "Kim Junpyo"}}},
		{ID: 2, Date: Date{2025, 9, 23}, Participants: []Participant{{Name: "Kim Junpyo"}}},
		{ID: 3, Participants: []Participant{{Name: "Mas'ud PEZEŠKIAN"}}},
		{ID: 4, Participants: []Participant{{Title: "Pezeshkian's deputy"}}},
	}}
	tests := []struct {
		name   string
		store  Store
		person string
		ids    []int64
		walked string
	}{
		{"everyone", ws, "", []int64{2, 1, 3, 4}, "full"},
		{"person ignores case and diacritics", ws, " PEZES", []int64{1, 3}, "full"},
		{"no one", ws, "Lee", nil, "full"},
		{"brief walk preferred", briefWalkStore{ws}, "kim", []int64{2, 1}, "brief"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := LoadViewData(context.Background(), tt.store, ViewFilter{Person: tt.person})
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, m := range d.Meetings {
				ids = append(ids, m.ID)
			}
			if !equalIDs(ids, tt.ids) || ws.walked != tt.walked {
				t.Errorf("meetings %v through the %s walk, want %v through the %s walk", ids, ws.walked, tt.ids, tt.walked)
			}
		})
	}
}

func TestLoadViewData_cancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ws := &walkStore{meetings: []Meeting{{ID: 1}}}
	if _, err := LoadViewData(ctx, ws, ViewFilter{}); err != context.Canceled {
		t.Errorf("LoadViewData after cancel = %v, want context.Canceled", err)
	}
}
