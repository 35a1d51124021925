package extract

import (
	"strings"
	"testing"
)

// meetingPeople returns each meeting's participant names joined by "+".
func meetingPeople(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, m := range extract(t, text).Meetings {
		out = append(out, strings.Join(names(m), "+"))
	}
	return out
}

func TestExtract_shapes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"separately with a list", "Foreign Minister Ana Ruiz on Monday met separately with Ambassador Tom Berg, Ambassador Lea Stone and Ambassador Juan Pérez.",
			[]string{"Ana Ruiz+Tom Berg", "Ana Ruiz+Lea Stone", "Ana Ruiz+Juan Pérez"}},
		{"plural meetings", "Governor Ravi Menon held meetings with Consul General Judith Ames and Ambassador Tom Berg in Chennai.",
			[]string{"Ravi Menon+Judith Ames", "Ravi Menon+Tom Berg"}},
		{"a list met together stays one meeting", "Foreign Minister Ana Ruiz met Ambassador Tom Berg and Ambassador Lea Stone.",
			[]string{"Ana Ruiz+Tom Berg+Lea Stone"}},
		{"attendees in the next sentence", "Foreign Minister Ana Ruiz held talks with Ambassador Tom Berg in Lima on Monday. Also present were Deputy Minister Lea Stone and Consul Juan Pérez.",
			[]string{"Ana Ruiz+Tom Berg+Lea Stone+Juan Pérez"}},
		{"bullets under a lead cue", "Minister Ana Ruiz visited Lima on Monday.\n\nIn Lima she held talks with:\n- the Minister of Trade, Tom Berg;\n- Mayor Lea Stone.\n",
			[]string{"Ana Ruiz+Tom Berg", "Ana Ruiz+Lea Stone"}},
		{"bullets with their own cue", "During his visit, Ambassador Tom Berg:\n- met the Minister of Trade, Lea Stone;\n- called on Governor Ravi Menon.\n",
			[]string{"Tom Berg+Lea Stone", "Tom Berg+Ravi Menon"}},
		{"a dash line after a colon without a cue", "The programme of Ambassador Tom Berg:\n- a lecture by Professor Lea Stone\n",
			nil},
		{"first person with a byline", "Notes from Lima\n\nPosted by Helen Marsh, Consul General\n\nThis morning I called on Mayor Lea Stone at city hall.\n",
			[]string{"Lea Stone+Helen Marsh"}},
		{"first person without a writer", "This morning I called on Mayor Lea Stone at city hall.\n",
			nil},
		{"first person in a quote", "Posted by Helen Marsh\n\n\"I met Mayor Lea Stone,\" said Governor Ravi Menon.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := meetingPeople(t, tt.text)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("meetings %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBylineName(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"Posted by Helen Marsh, Consul General in Ho Chi Minh City", "Helen Marsh, Consul General in Ho Chi Minh City"},
		{"By Ann Lee | Updated: Mar 3, 2024", "Ann Lee "},
		{"Posted by admin", ""},
		{"By the way, the minister met nobody", ""},
		{"Written by Staff Reporter 24", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			s, e, ok := bylineName(tt.line)
			got := ""
			if ok {
				got = tt.line[s:e]
			}
			if got != tt.want {
				t.Errorf("bylineName(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

func TestExtract_datelineOpensWithDate(t *testing.T) {
	tests := []struct {
		name, text, pub, city, outlet string
	}{
		{"solar hijri", "24 Dey 1403 - TEHRAN (ISNA) - Minister Ali Rezaei received Ambassador Tom Berg today.", "2025-01-13", "Tehran", "ISNA"},
		{"numeric with a bar", "2024/08/13 | LIMA (Andina) -- Minister Ana Ruiz received Ambassador Tom Berg.", "2024-08-13", "Lima", "Andina"},
		{"a sentence opening with a date is no dateline", "On 24 Dey 1403 Minister Ali Rezaei received Ambassador Tom Berg in Tehran.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if got := ex.Published.String(); got != tt.pub && !(tt.pub == "" && ex.Published.IsZero()) {
				t.Errorf("published %q, want %q", got, tt.pub)
			}
			if ex.DatelineCity != tt.city || ex.Outlet != tt.outlet {
				t.Errorf("dateline city %q outlet %q, want %q %q", ex.DatelineCity, ex.Outlet, tt.city, tt.outlet)
			}
		})
	}
}
