package geo

import "strings"

// IsCommonWord reports whether s, taken as a place name, is also a common
// English word: "Of", "Nice", "Split", "Reading", "Mobile", "Bath", "Male",
// "Turkey". The list is generated from the gazetteer and SCOWL's common
// English words (see docs/data.md), not written by hand. City and
// CountryByName still find these places; a caller reading free text should
// want more evidence (a preposition such as "in", a following country, a
// dateline) before taking such a word for a place.
func (g *Gazetteer) IsCommonWord(s string) bool {
	return g.common[Fold(s)]
}

// parseCommonWords reads one fold key a line, skipping "#" comments.
func parseCommonWords(text string) map[string]bool {
	set := make(map[string]bool, strings.Count(text, "\n"))
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
		}
	}
	return set
}
