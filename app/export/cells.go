package export

import (
	"strconv"
	"strings"

	"parley/app"
)

// meetingColumns are the leading columns of both layouts.
var meetingColumns = []string{
	"id", "status", "date", "date_precision", "kind",
	"city", "country", "latitude", "longitude", "venue",
}

// sourceColumns describe the articles that report a meeting. With several
// sources each cell holds one line per source, in the same order, so line
// i of every source cell belongs to the same article.
var sourceColumns = []string{"article_titles", "outlet", "published", "source_files", "evidence"}

// participantColumns end each row of the long layout.
var participantColumns = []string{
	"participant_name", "participant_title", "participant_organization", "participant_country",
}

// header returns the column names of layout.
func header(layout Layout) []string {
	h := append([]string{}, meetingColumns...)
	if layout == Wide {
		h = append(h, "participants", "topics")
		return append(h, sourceColumns...)
	}
	h = append(h, "topics")
	h = append(h, sourceColumns...)
	return append(h, participantColumns...)
}

// meetingCells appends the cells of meetingColumns to row.
func meetingCells(row []string, m app.Meeting) []string {
	lat, lon := coordinates(m.Place)
	return append(row,
		strconv.FormatInt(m.ID, 10),
		string(m.Status),
		m.Date.String(),
		string(m.Date.Precision()),
		string(m.Kind),
		text(m.Place.City),
		text(m.Place.Country),
		lat, lon,
		text(m.Venue),
	)
}

// coordinates formats a place's latitude and longitude, or two empty cells
// when the place has none (0,0 is open sea, never a meeting's city).
func coordinates(p app.Place) (lat, lon string) {
	if p.Lat == 0 && p.Lon == 0 {
		return "", ""
	}
	return strconv.FormatFloat(p.Lat, 'f', -1, 64), strconv.FormatFloat(p.Lon, 'f', -1, 64)
}

// participantsCell formats people as "Name (Title, Country); ...",
// leaving out the parts that are unknown.
func participantsCell(people []app.Participant) string {
	var b strings.Builder
	for i, p := range people {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Name)
		var role []string
		for _, s := range []string{p.Title, p.Country} {
			if s = strings.TrimSpace(s); s != "" {
				role = append(role, s)
			}
		}
		if len(role) > 0 {
			b.WriteString(" (" + strings.Join(role, ", ") + ")")
		}
	}
	return text(b.String())
}

// listCell joins values with "; ".
func listCell(values []string) string { return text(strings.Join(values, "; ")) }

// sourceCells appends the cells of sourceColumns to row.
func sourceCells(row []string, sources []app.Source) []string {
	var titles, outlets, published, files, evidence []string
	for _, s := range sources {
		titles = append(titles, oneLine(s.ArticleTitle))
		outlets = append(outlets, oneLine(s.Outlet))
		published = append(published, s.Published.String())
		files = append(files, oneLine(s.Path))
		evidence = append(evidence, oneLine(s.Evidence))
	}
	return append(row,
		linesCell(titles), linesCell(outlets), linesCell(published),
		linesCell(files), linesCell(evidence))
}

// linesCell puts one value per line. A cell whose lines are all empty is
// empty, so a meeting whose sources have no outlet gets a blank cell.
func linesCell(values []string) string {
	if strings.TrimSpace(strings.Join(values, "")) == "" {
		return ""
	}
	return text(strings.Join(values, "\n"))
}

// oneLine turns line breaks into spaces, so that a value takes exactly one
// line of a multi-source cell.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return lineBreaks.Replace(s)
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ")

// text makes s safe as a text cell: a leading formula character is
// neutralised with an apostrophe, then line breaks become single LFs.
func text(s string) string {
	return normalizeNewlines(neutralize(s))
}

// neutralize prefixes an apostrophe to s when a spreadsheet would read it
// as a formula (OWASP's list: = + - @ tab and carriage return).
func neutralize(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
