package extract

import (
	"strings"
	"testing"
)

func TestClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"said splits", "After talks, Ana Ruiz said the visit went well", []string{"After talks", "Ana Ruiz", "said the visit went well"}},
		{"and then with", "Ana met Tom and then with Eva", []string{"Ana met Tom", "with Eva"}},
		{"and with", "Ana met Tom on Monday, and with Eva on Tuesday", []string{"Ana met Tom on Monday ,", "with Eva on Tuesday"}},
		{"second predicate", "Ana met Tom and is due to meet Eva", []string{"Ana met Tom", "and is due to meet Eva"}},
		{"quoted splitter stays", "Ana met Tom, “when it rained”", []string{"Ana met Tom , “ when it rained ”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text))
			var got []string
			for _, c := range clauses(toks) {
				var w []string
				for _, tk := range toks[c.a:c.b] {
					w = append(w, tt.text[tk.start:tk.end])
				}
				got = append(got, strings.Join(w, " "))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Your Comment", true},
		{"ADVERTISEMENT", true},
		{"Share on Facebook · Share on X", true},
		{"This news has been read 214 times in total", true},
		{"ADD A COMMENT to THE NEWS", true},
		{"-- BERNAMA", true},
		{"By Jane Doe", true},
		{"2 hours ago", true},
		{"Subscribe to our newsletter for the day's top stories.", true},
		{"Sharing the same border, the two states met often.", false},
		{"By the end of the visit, Minister Ana Ruiz had met Tom Berg.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := isFurniture(tt.line); got != tt.want {
				t.Errorf("isFurniture(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestStripTail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"They met on Friday. — VNA/VNS Photo", "They met on Friday."},
		{"He thanked them. –ONA", "He thanked them."},
		{"Ties were reviewed. (end)", "Ties were reviewed."},
		{"Rector meets ambassador", "Rector meets ambassador"},
		{"A long line. And then more words follow here without any credit at all", "A long line. And then more words follow here without any credit at all"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := stripTail(tt.in); got != tt.want {
				t.Errorf("stripTail(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // kind:text(title,country)
	}{
		{"title then name", "Chilean President Gabriel Boric spoke", []string{"1:Gabriel Boric(President,CL)"}},
		{"title alone", "the governor of Isfahan spoke", []string{"2:governor of Isfahan(governor of Isfahan,IR)"}},
		{"pronoun and group", "He met the two leaders", []string{"3:He(,)", "4:the two leaders(,)"}},
		{"venue is no person", "Ana Ruiz arrived at Raj Bhavan", []string{"1:Ana Ruiz(,)"}},
		{"place before title", "Tamil Nadu Governor R. N. Ravi spoke", []string{"1:R. N. Ravi(Governor,)"}},
		{"particles", "Ursula von der Leyen and Salim bin Ali al Harthi", []string{"1:Ursula von der Leyen(,)", "1:Salim bin Ali al Harthi(,)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range findMentions(testX.gaz.withCache(), tt.text, tokenize(tt.text, 0, len(tt.text))) {
				got = append(got, string(rune('0'+m.kind))+":"+tt.text[m.start:m.end]+"("+m.title+","+m.country+")")
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
