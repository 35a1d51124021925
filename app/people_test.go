package app

import (
	"strings"
	"testing"
)

func TestValidatePersonName(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"plain", "Kim Junpyo", true},
		{"hyphen and initials", "J.-Y. Le Drian", true},
		{"other script", "عباس عراقچی", true},
		{"digits only", "007", true},
		{"empty", "", false},
		{"blank", "   ", false},
		{"punctuation only", "-- . --", false},
		{"too long", strings.Repeat("Kim ", 51), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidatePersonName(tt.in)
			if (err == nil) != tt.ok {
				t.Fatalf("ValidatePersonName(%q) = %v, want ok %v", tt.in, err, tt.ok)
			}
			if err != nil && ErrorCode(err) != EInvalid {
				t.Errorf("code = %q, want %q", ErrorCode(err), EInvalid)
			}
		})
	}
}

func TestEditAction_String_person(t *testing.T) {
	tests := []struct {
		name string
		a    EditAction
		want string
	}{
		{"merge lists each kind of change once", EditAction{PersonID: 7, Fields: []string{"person", "alias", "person", "alias", "person"}},
			"person 7: alias, person"},
		{"rename", EditAction{PersonID: 3, Fields: []string{"name", "alias"}}, "person 3: alias, name"},
		{"a meeting's action names the meeting", EditAction{MeetingID: 2, PersonID: 3, Fields: []string{"participants"}},
			"meeting 2: participants"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}
