package extract

import (
	"strings"
	"testing"
)

func TestRecase(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lower case", "governor huang qiang met consul general anna berg in chengdu on sunday.",
			"Governor Huang Qiang met consul general Anna Berg in Chengdu on Sunday."},
		{"capitals", "TRADE SECRETARY MARIA DELA PAZ MET WITH SINGAPORE'S MINISTER FOR TRADE AND INDUSTRY GAN KIM HOCK IN MAKATI CITY.",
			"Trade secretary Maria Dela Paz met with Singapore's minister for trade and industry Gan Kim Hock in Makati City."},
		{"name before a title", "chen xiaoyu, director general of the office, was present.",
			"Chen Xiaoyu, director general of the office, was present."},
		{"common words stay low", "the talks covered green energy and marks of progress.",
			"The talks covered green energy and marks of progress."},
		{"header kept", " date 2024-07-08 mayor ali reza met envoy tom berg.",
			" date 2024-07-08 mayor Ali Reza met envoy Tom Berg."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := recase(testX.gaz.withCache(), lexicons(), tt.in)
			if got != tt.want {
				t.Errorf("recase(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOneCase(t *testing.T) {
	long := strings.Repeat("the minister met the ambassador in the capital today. ", 6)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"lower case", long, true},
		{"capitals", strings.ToUpper(long), true},
		{"normal", strings.ReplaceAll(long, "the minister", "The Minister Ana Ruiz"), false},
		{"too short to judge", "the minister met the ambassador in lima.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := oneCase(tt.text); got != tt.want {
				t.Errorf("oneCase = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestExtract_oneCasePage extracts a page written all in capitals: the
// names are found, and the evidence is the page as written.
func TestExtract_oneCasePage(t *testing.T) {
	text := strings.ToUpper("LIMA, OCT. 7 (ANDINA) -- FOREIGN MINISTER ANA RUIZ RECEIVED AMBASSADOR TOM BERG OF CHILE AT THE TORRE TAGLE PALACE ON MONDAY. " +
		"THE TWO DISCUSSED TRADE, MINING AND THE PACIFIC ALLIANCE AND AGREED TO MEET AGAIN NEXT YEAR IN SANTIAGO.")
	ex := extract(t, text)
	if len(ex.Meetings) != 1 {
		t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
	}
	m := ex.Meetings[0]
	if !hasName(m, "Ana Ruiz") || !hasName(m, "Tom Berg") {
		t.Errorf("participants %q, want Ana Ruiz and Tom Berg", names(m))
	}
	if ev := m.Sources[0].Evidence; ev != strings.ToUpper(ev) {
		t.Errorf("evidence %q is not the page as written", ev)
	}
}

func FuzzRecase(f *testing.F) {
	f.Add("governor huang qiang met consul general anna berg in chengdu on sunday.")
	f.Add("İSTANBUL, ĞÜŞÖÇ — BAKAN ALİ YILMAZ.")
	f.Fuzz(func(t *testing.T, s string) {
		got := recase(testX.gaz.withCache(), lexicons(), s)
		if len(got) != len(s) {
			t.Fatalf("recase changed the length: %d -> %d", len(s), len(got))
		}
	})
}
