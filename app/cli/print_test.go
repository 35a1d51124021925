package cli

import "testing"

func TestPrintable(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "news/a.txt", "news/a.txt"},
		{"non-Latin", "خبر/기사.txt", "خبر/기사.txt"},
		{"newline", "a\nb.txt", `"a\nb.txt"`},
		{"tab", "a\tb.txt", `"a\tb.txt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := printable(tt.in); got != tt.want {
				t.Errorf("printable(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
