package app

import (
	"reflect"
	"testing"
)

func twoMeetings() (Meeting, Meeting) {
	keep := Meeting{
		ID: 1, Kind: KindInPerson, Date: Date{Year: 2025, Month: 9}, Status: StatusConfirmed, Confidence: 0.4,
		Place:  Place{Country: "IR"},
		Topics: []string{"Trade"}, Flags: []string{"no date"}, Notes: "checked",
		Participants: []Participant{{PersonID: 7, Name: "Kim Junpyo", Country: "KR"}, {PersonID: 8, Name: "Ali Rafi"}},
		Sources:      []Source{{ArticleID: 10, Evidence: "Kim met Rafi.", Span: Span{0, 13}}},
	}
	other := Meeting{
		ID: 2, Kind: KindPhone, Date: Date{Year: 2025, Month: 9, Day: 30}, Status: StatusNew, Confidence: 0.9,
		Place: Place{City: "Isfahan", Country: "IR", Lat: 32.6, Lon: 51.7}, Venue: "City hall",
		Topics: []string{"trade", "culture"}, Flags: []string{"no date", "guessed place"}, Notes: "second report",
		Participants: []Participant{{PersonID: 8, Name: "Rafizadeh", Title: "Vice President", Country: "IR"},
			{PersonID: 9, Name: "Lee Sora"}},
		Sources: []Source{{ArticleID: 11, Evidence: "The two men met.", Span: Span{5, 21}},
			{ArticleID: 10, Evidence: "Kim met Rafi.", Span: Span{0, 13}}},
	}
	return keep, other
}

func TestMergeMeeting(t *testing.T) {
	keep, other := twoMeetings()
	m := MergeMeeting(keep, other)
	want := Meeting{
		ID: 1, Kind: KindInPerson, Date: Date{Year: 2025, Month: 9, Day: 30}, Status: StatusConfirmed, Confidence: 0.9,
		Place: other.Place, Venue: "City hall",
		Topics: []string{"Trade", "culture"}, Flags: []string{"no date", "guessed place"}, Notes: "checked\n\nsecond report",
		Participants: []Participant{{PersonID: 7, Name: "Kim Junpyo", Country: "KR"},
			{PersonID: 8, Name: "Ali Rafi", Title: "Vice President", Country: "IR"}, {PersonID: 9, Name: "Lee Sora"}},
		Sources: []Source{keep.Sources[0], other.Sources[0]},
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("MergeMeeting =\n%+v\nwant\n%+v", m, want)
	}
	if len(keep.Participants) != 2 || len(keep.Sources) != 1 {
		t.Error("MergeMeeting changed its keep argument")
	}
}

func TestFinerDate(t *testing.T) {
	tests := []struct {
		name       string
		a, b, want Date
	}{
		{"unknown takes other", Date{}, Date{Year: 2024}, Date{Year: 2024}},
		{"month refined by a day in it", Date{Year: 2025, Month: 9}, Date{Year: 2025, Month: 9, Day: 3}, Date{Year: 2025, Month: 9, Day: 3}},
		{"year refined by a month in it", Date{Year: 2025}, Date{Year: 2025, Month: 2}, Date{Year: 2025, Month: 2}},
		{"a day elsewhere does not refine", Date{Year: 2025, Month: 9}, Date{Year: 2025, Month: 10, Day: 1}, Date{Year: 2025, Month: 9}},
		{"keep's day wins over another day", Date{Year: 2025, Month: 9, Day: 1}, Date{Year: 2025, Month: 9, Day: 2}, Date{Year: 2025, Month: 9, Day: 1}},
		{"coarser other is ignored", Date{Year: 2025, Month: 9, Day: 1}, Date{Year: 2025}, Date{Year: 2025, Month: 9, Day: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := finerDate(tt.a, tt.b); got != tt.want {
				t.Errorf("finerDate(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestSamePerson_byNameWhenUnresolved(t *testing.T) {
	ps := uniteParticipants([]Participant{{Name: "Anna  Berg"}}, []Participant{{Name: "anna berg", Title: "Mayor"}, {Name: "Tom"}})
	if len(ps) != 2 || ps[0].Title != "Mayor" || ps[1].Name != "Tom" {
		t.Errorf("united = %+v, want Anna Berg (Mayor) and Tom", ps)
	}
}

func TestSplitMeeting(t *testing.T) {
	keep, other := twoMeetings()
	m := MergeMeeting(keep, other) // 2 sources, 3 participants
	tests := []struct {
		name                    string
		split                   MeetingSplit
		restSources, newSources []int64 // article ids
		restPeople, newPeople   []int64 // person ids
	}{
		{"by source", MeetingSplit{Sources: []int{1}}, []int64{10}, []int64{11}, []int64{7, 8, 9}, []int64{7, 8, 9}},
		{"by participants", MeetingSplit{Participants: []int{2}}, []int64{10, 11}, []int64{10, 11}, []int64{7, 8}, []int64{9}},
		{"both", MeetingSplit{Sources: []int{0}, Participants: []int{0, 2}}, []int64{11}, []int64{10}, []int64{8}, []int64{7, 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest, split, err := SplitMeeting(m, tt.split)
			if err != nil {
				t.Fatal(err)
			}
			check := func(what string, got, want []int64) {
				t.Helper()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %v, want %v", what, got, want)
				}
			}
			check("rest sources", articles(rest), tt.restSources)
			check("new sources", articles(split), tt.newSources)
			check("rest people", people(rest), tt.restPeople)
			check("new people", people(split), tt.newPeople)
			if rest.ID != 1 || split.ID != 0 || split.Status != StatusNew || rest.Status != StatusConfirmed {
				t.Errorf("ids %d/%d statuses %s/%s, want 1/0 confirmed/new", rest.ID, split.ID, rest.Status, split.Status)
			}
			if split.Date != m.Date || split.Place != m.Place || split.Kind != m.Kind {
				t.Errorf("new meeting %v %v %v does not copy the date, place and kind", split.Date, split.Place, split.Kind)
			}
		})
	}
}

func TestMeetingSplit_Validate(t *testing.T) {
	keep, other := twoMeetings()
	m := MergeMeeting(keep, other)
	tests := []struct {
		name  string
		split MeetingSplit
	}{
		{"nothing chosen", MeetingSplit{}},
		{"every source", MeetingSplit{Sources: []int{0, 1}}},
		{"every participant", MeetingSplit{Participants: []int{0, 1, 2}}},
		{"out of range", MeetingSplit{Sources: []int{2}}},
		{"negative", MeetingSplit{Participants: []int{-1}}},
		{"twice", MeetingSplit{Participants: []int{1, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.split.Validate(m)
			if ErrorCode(err) != EInvalid {
				t.Errorf("Validate(%+v) = %v, want an invalid-input error", tt.split, err)
			}
		})
	}
}

func TestDuplicatePair_Key(t *testing.T) {
	a, b := DuplicatePair{A: Meeting{ID: 5}, B: Meeting{ID: 3}}, DuplicatePair{A: Meeting{ID: 3}, B: Meeting{ID: 5}}
	if a.Key() != b.Key() || a.Key() != [2]int64{3, 5} {
		t.Errorf("keys %v and %v, want both [3 5]", a.Key(), b.Key())
	}
}

func articles(m Meeting) []int64 {
	var out []int64
	for _, s := range m.Sources {
		out = append(out, s.ArticleID)
	}
	return out
}

func people(m Meeting) []int64 {
	var out []int64
	for _, p := range m.Participants {
		out = append(out, p.PersonID)
	}
	return out
}
