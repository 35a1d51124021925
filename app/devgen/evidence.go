package devgen

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"parley/app"
)

// evidence writes the sentence that reports m, naming its participants
// with their titles, its place, date (to its precision) and topics.
func (g *Generator) evidence(m app.Meeting) string {
	names := make([]string, len(m.Participants))
	for i, p := range m.Participants {
		names[i] = p.Title + " " + p.Name
	}
	first, rest := names[0], join(names[1:])
	when, about := datePhrase(m.Date), join(m.Topics)
	switch m.Kind {
	case app.KindPhone:
		return fmt.Sprintf("%s spoke by telephone with %s%s about %s.", first, rest, when, about)
	case app.KindVideo:
		return fmt.Sprintf("%s held a video conference%s on %s.", join(names), when, about)
	}
	where := ""
	if m.Venue != "" {
		where = " at " + m.Venue
	}
	if m.Place.City != "" {
		where += " in " + m.Place.City
	}
	if g.rng.IntN(2) == 0 {
		return fmt.Sprintf("%s met %s%s%s to discuss %s.", first, rest, where, when, about)
	}
	return fmt.Sprintf("%s held talks with %s%s%s on %s.", first, rest, where, when, about)
}

// datePhrase is how an article gives a date of d's precision.
func datePhrase(d app.Date) string {
	switch d.Precision() {
	case app.PrecisionDay:
		return fmt.Sprintf(" on %d %s %d", d.Day, monthNames[d.Month-1], d.Year)
	case app.PrecisionMonth:
		return fmt.Sprintf(" in %s %d", monthNames[d.Month-1], d.Year)
	case app.PrecisionYear:
		return fmt.Sprintf(" in %d", d.Year)
	}
	return ""
}

// join lists words as English does: "a", "a and b", "a, b and c".
func join(l []string) string {
	if len(l) < 2 {
		return strings.Join(l, "")
	}
	return strings.Join(l[:len(l)-1], ", ") + " and " + l[len(l)-1]
}

// stripMarks removes combining marks after decomposing (José -> Jose), the
// way storage folds names, so both spellings are one person.
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// spelling returns p's name as an article may write it: usually as is,
// one time in ten without its accents or with the surname in capitals
// (storage matches names folded, so these are the same person), and for a
// person with a variant, one time in four the other transliteration
// (another person to storage, until mergeVariants merges them).
func (g *Generator) spelling(p person) string {
	name := p.name
	if p.variant != "" && g.rng.IntN(4) == 0 {
		name = p.variant
	}
	switch g.rng.IntN(20) {
	case 0:
		if plain, _, err := transform.String(stripMarks, name); err == nil {
			return plain
		}
	case 1:
		i := strings.LastIndexByte(name, ' ')
		return name[:i+1] + strings.ToUpper(name[i+1:])
	}
	return name
}

// foldKey folds a name as storage does: accents removed, lower case,
// words separated by one space ("Dae-jung" and "Dae Jung" are one key).
func foldKey(name string) string {
	if plain, _, err := transform.String(stripMarks, name); err == nil {
		name = plain
	}
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	return strings.Join(words, " ")
}
