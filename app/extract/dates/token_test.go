package dates

import (
	"strings"
	"testing"
)

// kindNames renders token kinds for test failures.
var kindNames = map[kind]string{tWord: "word", tNum: "num", tNumDate: "date", tJunk: "junk", tPunct: "punct"}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ordinal", "30th", "num:30th"},
		{"clock time", "09:59", "junk:09:59"},
		{"grouped number", "2,000", "junk:2,000"},
		{"decimal", "3.5", "junk:3.5"},
		{"decade", "1990s", "junk:1990s"},
		{"glued letters", "5G", "junk:5G"},
		{"letters then digits", "G20", "word:G20"},
		{"currency", "$2024 €2025", "punct:$ junk:2024 punct:€ junk:2025"},
		{"percent", "30%", "junk:30 punct:%"},
		{"phone sign", "+98", "punct:+ junk:98"},
		{"ISO date", "2024-08-13", "date:2024-08-13"},
		{"ISO timestamp", "2024-08-13T09:59", "date:2024-08-13 word:T09 punct:: num:59"},
		{"dotted date", "16.11.2016.", "date:16.11.2016 punct:."},
		{"version", "1.2.3.4", "junk:1.2.3.4"},
		{"day range", "4-6", "num:4 punct:- num:6"},
		{"en dash folded", "4–6", "num:4 punct:- num:6"},
		{"non-breaking space", "30\u00a0May", "num:30 word:May"},
		{"non-Latin letters", "Sơn’s", "word:Sơn punct:’ word:s"},
		{"web address", "at https://x.org/2024/08/13, now", "word:at junk:https://x.org/2024/08/13, word:now"},
		{"invalid UTF-8", "a\xffb", "word:a punct:\xff word:b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.in, nil) {
				text := tt.in[tok.start:tok.end]
				if tok.kind == tPunct && tok.a < 0x80 {
					text = string(rune(tok.a)) // shows dash folding
				}
				got = append(got, kindNames[tok.kind]+":"+text)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("tokenize(%q) = %s, want %s", tt.in, g, tt.want)
			}
		})
	}
}
