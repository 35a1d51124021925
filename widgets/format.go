package widgets

import (
	"fmt"
	"path/filepath"
	"strings"

	"parley/app"
)

// formatParticipants is the one-line form of who met:
// "Name (KR) – Name (IR)"; a participant without a country is just a name.
func formatParticipants(ps []app.Participant) string {
	names := make([]string, 0, len(ps))
	for _, p := range ps {
		name := strings.TrimSpace(p.Name)
		if name == "" {
			name = firstNonBlank(p.Title, p.Organization, "unnamed")
		}
		if p.Country != "" {
			name += " (" + p.Country + ")"
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return "no participants"
	}
	return strings.Join(names, " – ")
}

// formatParticipant is the detailed form for the details panel:
// "Name — Title, Organization (KR)".
func formatParticipant(p app.Participant) string {
	s := firstNonBlank(p.Name, "unnamed")
	if role := joinNonBlank(", ", p.Title, p.Organization); role != "" {
		s += " — " + role
	}
	if p.Country != "" {
		s += " (" + p.Country + ")"
	}
	return s
}

// formatPlace is "City, CC", either part alone, or "place unknown".
func formatPlace(p app.Place) string {
	if s := joinNonBlank(", ", p.City, p.Country); s != "" {
		return s
	}
	return "place unknown"
}

// formatDate is the ISO date to its precision, or "date unknown".
func formatDate(d app.Date) string {
	if d.IsZero() {
		return "date unknown"
	}
	return d.String()
}

// formatDateWithPrecision adds the precision for the details panel:
// "2025-09 (month precision)".
func formatDateWithPrecision(d app.Date) string {
	if d.IsZero() {
		return "date unknown"
	}
	return fmt.Sprintf("%s (%s precision)", d, d.Precision())
}

// formatConfidence is a confidence as a whole percentage, "87%".
func formatConfidence(c float64) string {
	return fmt.Sprintf("%.0f%%", c*100)
}

// lowConfidence is the confidence under which the mark is shown as a warning.
const lowConfidence = 0.5

// formatCounts is the status bar's summary:
// "12 articles · 15 meetings (15 need review)".
func formatCounts(c app.Counts) string {
	s := fmt.Sprintf("%s · %s", countNoun(c.Articles, "article", "articles"), countNoun(c.Meetings, "meeting", "meetings"))
	if n := c.ByStatus[app.StatusNew]; n > 0 {
		s += fmt.Sprintf(" (%d need review)", n)
	}
	return s
}

// countNoun is "1 meeting" or "3 meetings".
func countNoun(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// fileName is the last element of path, or "" for an empty path.
func fileName(path string) string {
	if path == "" {
		return ""
	}
	return filepath.Base(path)
}

func firstNonBlank(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func joinNonBlank(sep string, s ...string) string {
	var parts []string
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, sep)
}
