package fold

import "testing"

func TestString(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "tehran", "tehran"},
		{"upper", "TEHRAN", "tehran"},
		{"vietnamese", "Đà Nẵng", "da nang"},
		{"vietnamese hanoi", "Hà Nội", "ha noi"},
		{"hyphen", "Da-Nang", "da nang"},
		{"spaces", "  New   Delhi ", "new delhi"},
		{"polish", "Łódź", "lodz"},
		{"german umlaut", "Nürnberg", "nurnberg"},
		{"eszett", "Straße", "strasse"},
		{"dotless i", "Diyarbakır", "diyarbakir"},
		{"dotted capital I", "İstanbul", "istanbul"},
		{"danish", "Ærøskøbing", "aeroskobing"},
		{"oe ligature", "Œuf", "oeuf"},
		{"apostrophe", "Nuku'alofa", "nukualofa"},
		{"curly apostrophe", "Nuku‘alofa", "nukualofa"},
		{"okina", "Hawaiʻi", "hawaii"},
		{"abbreviation", "Washington, D.C.", "washington dc"},
		{"brasilia", "Brasília", "brasilia"},
		{"fullwidth", "ＴＯＫＹＯ", "tokyo"},
		{"cyrillic kept", "Москва", "москва"},
		{"digits", "6th of October", "6th of october"},
		{"only punctuation", " - ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppend(t *testing.T) {
	for _, s := range []string{"", "Washington, D.C.", "  New   Delhi ", "Nuku'alofa", "Đà Nẵng", "A-B", "6th of October", "..."} {
		t.Run(s, func(t *testing.T) {
			got := string(Append([]byte("x|"), s))
			if want := "x|" + String(s); got != want {
				t.Errorf("Append(x|, %q) = %q, want %q", s, got, want)
			}
		})
	}
}

func TestAppend_noAllocation(t *testing.T) {
	var buf [64]byte
	if n := testing.AllocsPerRun(100, func() { Append(buf[:0], "Washington, D.C.") }); n != 0 {
		t.Errorf("Append of ASCII text allocated %v times, want 0", n)
	}
}

func TestStringIdempotent(t *testing.T) {
	for _, s := range []string{"Đà Nẵng", "Łódź", "Washington, D.C.", "Москва", "x  y"} {
		once := String(s)
		if twice := String(once); twice != once {
			t.Errorf("String(String(%q)) = %q, want %q", s, twice, once)
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"Đà Nẵng", "Nuku'alofa", " a--b ", "\xff\xfe", "İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := String(s)
		if a := string(Append(nil, s)); a != k {
			t.Errorf("Append(nil, %q) = %q, String = %q", s, a, k)
		}
		if String(k) != k {
			t.Errorf("String is not idempotent on %q: %q then %q", s, k, String(k))
		}
		if len(k) > 0 && (k[0] == ' ' || k[len(k)-1] == ' ') {
			t.Errorf("String(%q) = %q has an outer space", s, k)
		}
	})
}

func BenchmarkString(b *testing.B) {
	for b.Loop() {
		String("Đà Nẵng")
		String("Isfahan")
	}
}
