package app

import "testing"

func TestValidateParticipants(t *testing.T) {
	two := []Participant{{Name: "Kim Junpyo", Country: "KR"}, {Name: "Leila Navabi", Country: "ir"}}
	tests := []struct {
		name    string
		ps      []Participant
		unnamed bool
		ok      bool
	}{
		{"two named", two, false, true},
		{"one", two[:1], false, false},
		{"one with unnamed counterpart", two[:1], true, true},
		{"none", nil, false, false},
		{"blank name", []Participant{two[0], {Name: "  "}}, false, false},
		{"bad country", []Participant{two[0], {Name: "A", Country: "IRN"}}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateParticipants(tt.ps, tt.unnamed)
			if (err == nil) != tt.ok {
				t.Fatalf("ValidateParticipants = %v, want ok %v", err, tt.ok)
			}
			if err != nil && ErrorCode(err) != EInvalid {
				t.Errorf("code = %q, want invalid", ErrorCode(err))
			}
		})
	}
}

func TestMeetingUpdate_Validate(t *testing.T) {
	bad := Kind("fax")
	tests := []struct {
		name string
		u    MeetingUpdate
		ok   bool
	}{
		{"empty", MeetingUpdate{}, true},
		{"real date", MeetingUpdate{Date: &Date{Year: 2024, Month: 2, Day: 29}}, true},
		{"impossible date", MeetingUpdate{Date: &Date{Year: 2025, Month: 2, Day: 30}}, false},
		{"unknown kind", MeetingUpdate{Kind: &bad}, false},
		{"bad place country", MeetingUpdate{Place: &Place{City: "X", Country: "1A"}}, false},
		{"one participant", MeetingUpdate{Participants: &[]Participant{{Name: "A"}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.u.Validate(nil); (err == nil) != tt.ok {
				t.Errorf("Validate = %v, want ok %v", err, tt.ok)
			}
		})
	}
	one := MeetingUpdate{Participants: &[]Participant{{Name: "A"}}}
	if err := one.Validate([]string{FlagUnnamedCounterpart}); err != nil {
		t.Errorf("one participant with the unnamed-counterpart flag: %v", err)
	}
}
