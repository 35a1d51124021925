package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/app"
	"parley/app/extract/dates"
)

// meta is what the article says about itself: title, outlet, dates and the
// dateline.
type meta struct {
	title        string
	outlet       string
	published    app.Date
	datelineCity app.Place // zero when the dateline names no known city
	datelineDate app.Date
	datelineEnd  int // byte offset where the dateline ends (body text starts)
	datelineLine int // index of the line holding the dateline, -1 when none
}

// ref is the date relative expressions resolve against: the dateline's
// date when it has a day, else the publication date.
func (m meta) ref() app.Date {
	if m.datelineDate.Precision() == app.PrecisionDay {
		return m.datelineDate
	}
	return m.published
}

// datelineRe matches a wire dateline at the start of a line: the place in
// capitalised words, an optional [state], an optional date after a comma,
// an optional (AGENCY), then a dash or colon.
var datelineRe = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’]*(?:[ -](?:\p{Lu}[\p{L}.'’]*|al|de|da|do|es))*)(?:\s*\[[^\]]{1,30}\]|\s*\([^)\d]{1,30}\)(?:\s*\[[^\]]{1,30}\]))?(?:\s*,\s*([^()\n—–―]{1,30}?))?\s*(?:\(([^)]{1,40})\))?\s*(?:--|—|–|―|-|:|\.?$)\s*`)

// mayBeDateline is a quick necessary condition for datelineRe to match
// head, which spares most lines the backtracking matcher: after the longest
// place the pattern could read, or at a full stop or hyphen inside it, the
// next character other than white space must open a bracket, a date, an
// agency or the closing dash or colon, or the line must end.
func mayBeDateline(head string) bool {
	r, n := utf8.DecodeRuneInString(head)
	if !unicode.IsUpper(r) {
		return false
	}
	i := placeWordEnd(head, n)
	for i < len(head) && (head[i] == ' ' || head[i] == '-') {
		j := i + 1
		if head[i] == '-' {
			return true
		}
		r, n := utf8.DecodeRuneInString(head[j:])
		switch {
		case unicode.IsUpper(r):
			i = placeWordEnd(head, j+n)
			continue
		case len(head) >= j+2 && placeParticle(head[j:j+2]):
			i = j + 2
			continue
		}
		break
	}
	if strings.ContainsAny(head[:i], ".-") {
		return true
	}
	for i < len(head) && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\f' || head[i] == '\r') {
		i++
	}
	if i == len(head) {
		return true
	}
	r, _ = utf8.DecodeRuneInString(head[i:])
	return strings.ContainsRune("[(,-—–―:.", r)
}

// placeWordEnd returns where the run of letters, full stops and
// apostrophes from i ends: the rest of a word of a dateline's place.
func placeWordEnd(head string, i int) int {
	for i < len(head) {
		r, n := utf8.DecodeRuneInString(head[i:])
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' {
			break
		}
		i += n
	}
	return i
}

// placeParticle reports the lowercase particles a dateline's place may hold.
func placeParticle(w string) bool {
	return w == "al" || w == "de" || w == "da" || w == "do" || w == "es"
}

// bareDatelineRe matches a dateline whose agency is not followed by a dash:
// "MOSCOW (UrduPoint News / Sputnik - 31st January, 2020) US Ambassador",
// "RIYADH, (SPA) Prince ...", "Ulaanbaatar /MONTSAME/. On March 16".
// A date or a country may stand between the place and the agency:
// "Harbourtown, Jan 24 (AGENCY) The envoy ...".
var bareDatelineRe = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){0,2})(?:\s*,\s*([^()\n,]{3,25}?))?\s*,?\s*(?:\(([^)]{2,60})\)|/(\p{Lu}[\p{L}]{1,15})/\.?)\s+`)

// agencyLeadRe matches a line opening with the agency alone: "(VOVworld) – ".
var agencyLeadRe = regexp.MustCompile(`^\(([\p{L}. ]{2,25})\)\s*(?:--|—|–|-)\s*`)

var trailerRe = regexp.MustCompile(`(?:--|—|–|-)\s*([A-Z][A-Za-z]{1,9})\s*$`)

// readMeta reads the article's metadata from its lines and the document's
// own metadata, which wins when present.
func readMeta(z gaz, doc app.Document, lines []line, header string) meta {
	m := meta{datelineLine: -1}
	if d, err := app.ParseDate(header); err == nil {
		m.published = d
	}
	var standalone app.Date
	body := 0
	for i, ln := range lines {
		if body > 3 {
			break
		}
		if ln.furniture {
			continue
		}
		if d, label, ok := dateLine(ln.text, m.published); ok {
			if standalone.IsZero() || label {
				standalone = d
			}
			continue
		}
		if m.datelineCity.City == "" && m.readDateline(z, ln, i) {
			body++
			continue
		}
		if ln.heading {
			if m.title == "" && len(strings.Fields(ln.text)) >= 3 && body == 0 && !startsDigit(ln.text) {
				m.title = ln.text
			}
			continue
		}
		body++
	}
	if standalone.IsZero() && m.published.IsZero() {
		standalone = trailerDate(lines)
	}
	m.fillDates(standalone)
	if m.published.IsZero() {
		m.published = headerDate(lines)
	}
	m.fillOutlet(lines)
	m.fromDocument(doc)
	return m
}

// readDateline reads a dateline at the start of ln; it reports whether one
// was found.
func (m *meta) readDateline(z gaz, ln line, i int) bool {
	head := ln.text
	skip := clockPrefix(head)
	var lead app.Date
	if skip == 0 {
		skip, lead = datePrefix(head, m.published)
	}
	head = head[skip:]
	if skip > 0 && !lead.IsZero() && m.datelineDate.IsZero() {
		defer func() {
			if m.datelineLine == i && m.datelineDate.IsZero() {
				m.datelineDate = lead // "24 Dey 1403 - TEHRAN (ISNA) -": the date comes first
			}
		}()
	}
	if len(head) > 110 {
		head = head[:110] // a dateline is short: never run the pattern over a whole paragraph
	}
	var g []int
	if mayBeDateline(head) {
		g = datelineRe.FindStringSubmatchIndex(head)
	}
	if g == nil {
		if m.readBareDateline(z, ln, i, skip, head) {
			return true
		}
		if !strings.HasPrefix(head, "(") {
			return false // agencyLeadRe opens with the bracket
		}
		if a := agencyLeadRe.FindStringSubmatchIndex(head); a != nil {
			if m.outlet == "" {
				m.outlet = strings.TrimSpace(head[a[2]:a[3]])
			}
			m.datelineLine, m.datelineEnd = i, ln.start+a[1]
		}
		return false
	}
	if g[1] == len(head) && g[4] < 0 && g[6] < 0 {
		return false // a short line without a date or an agency is a heading, not a dateline
	}
	for k := range g {
		if g[k] >= 0 {
			g[k] += skip
		}
	}
	place := ln.text[g[2]:g[3]]
	agency := ""
	if g[6] >= 0 {
		agency = ln.text[g[6]:g[7]]
	}
	city, isCity := z.city(place)
	if !isCity && z.country(place) == "" && agency == "" && !isUpperWord(place) {
		return false
	}
	if strings.Count(place, " ") > 3 {
		return false
	}
	if isCity && z.country(place) == "" {
		m.datelineCity = city
	}
	if g[4] >= 0 {
		if d, ok := dates.Parse(ln.text[g[4]:g[5]], m.published); ok {
			m.datelineDate = d
		}
	} else if d, ok := dates.Parse(agency, m.published); ok && agency != "" {
		m.datelineDate, agency = d, "" // "KUCHING (June 22):" holds a date, not an agency
	}
	if agency != "" && m.outlet == "" {
		m.outlet = cleanAgency(agency)
	}
	m.datelineLine = i
	m.datelineEnd = ln.start + g[1]
	return true
}

// readBareDateline reads a dateline with an agency and no dash after it.
// Only a known city or an upper-case place counts, so that "President Xi
// (left) met ..." is no dateline; a date inside the brackets after a dash
// is the dateline's date.
func (m *meta) readBareDateline(z gaz, ln line, i, skip int, head string) bool {
	if !strings.ContainsAny(head[:min(len(head), 40)], "(/") {
		return false // the place is short: its agency bracket opens early
	}
	g := bareDatelineRe.FindStringSubmatchIndex(head)
	if g == nil {
		return false
	}
	place := head[g[2]:g[3]]
	city, isCity := z.city(place)
	if !isCity && !isUpperWord(place) {
		return false
	}
	if isCity && z.country(place) == "" {
		m.datelineCity = city
	}
	if g[4] >= 0 {
		if d, ok := dates.Parse(head[g[4]:g[5]], m.published); ok {
			m.datelineDate = d
		}
	}
	agency := ""
	if g[6] >= 0 {
		agency = head[g[6]:g[7]]
		if k := strings.LastIndexAny(agency, "-–—"); k > 0 {
			if d, ok := dates.Parse(strings.TrimLeft(agency[k:], "-–— "), m.published); ok {
				m.datelineDate = d
			}
		}
	} else {
		agency = head[g[8]:g[9]]
	}
	if m.outlet == "" {
		m.outlet = cleanAgency(agency)
	}
	m.datelineLine, m.datelineEnd = i, ln.start+skip+g[1]
	return true
}

// isUpperWord reports whether s has no lowercase letters (TEHRAN, HÀ NỘI).
func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 3
}

// cleanAgency keeps the agency of "(BelTA – TASS)" or "(UrduPoint News / Sputnik - ...)".
func cleanAgency(a string) string {
	if i := strings.IndexAny(a, "/–—-,"); i > 0 {
		a = a[:i]
	}
	return strings.TrimSpace(a)
}

// fillDates settles the publication date: a header date wins, then a
// "Published" or standalone date line, then a dateline date with its year.
func (m *meta) fillDates(standalone app.Date) {
	if m.published.IsZero() {
		m.published = standalone
	}
	if m.published.IsZero() && m.datelineDate.Precision() == app.PrecisionDay {
		m.published = m.datelineDate
	}
}

// fillOutlet finds the agency in a sign-off ("-- BERNAMA", "– KUNA",
// "Source: AA") when the dateline did not name it.
func (m *meta) fillOutlet(lines []line) {
	if m.outlet != "" {
		return
	}
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-6; i-- {
		t := lines[i].text
		if strings.HasPrefix(t, "Source:") {
			m.outlet = strings.TrimSpace(strings.TrimPrefix(t, "Source:"))
			return
		}
		if len(t) > 40 {
			t = t[len(t)-40:]
		}
		if !strings.ContainsAny(t, "-—–") {
			continue // the sign-off's dash is missing: spare the pattern
		}
		if g := trailerRe.FindStringSubmatch(t); g != nil && isUpperWord(g[1]) || g != nil && len(lines[i].text) == len(g[0]) {
			m.outlet = g[1]
			return
		}
	}
}

// fromDocument lets the document's own metadata (HTML meta tags) win.
func (m *meta) fromDocument(doc app.Document) {
	if doc.Title != "" {
		m.title = doc.Title
	}
	if doc.Outlet != "" {
		m.outlet = doc.Outlet
	}
	if !doc.Published.IsZero() {
		m.published = doc.Published
	}
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// opinionMarks open a heading or a line of an opinion piece.
var opinionMarks = []string{"opinion:", "opinion |", "op-ed:", "op-ed |", "commentary:", "editorial:", "column:",
	"the author is", "the writer is", "the views expressed", "views expressed in this"}

// opinion reports whether the article is an op-ed or a column: the
// meetings a writer recalls there are not reports of meetings.
func (a *analysis) opinion() bool {
	for _, ln := range a.lines {
		if len(ln.text) > 160 {
			continue
		}
		low := lowerHead(ln.text, 24)
		for _, m := range opinionMarks {
			if strings.HasPrefix(low, m) {
				return true
			}
		}
	}
	return false
}

// dateLine reads a line that is only a date ("April 2, 2025") or holds a
// labelled one ("By Jane Doe | Updated: Mar 3, 2024 10:15 IST", "Recorder
// Report Published 03 May, 2024"); label reports the labelled kind, which
// wins over a bare date.
func dateLine(t string, ref app.Date) (d app.Date, label, ok bool) {
	if len(t) > 100 {
		return app.Date{}, false, false // a date line is short; longer lines are headings or body
	}
	low := strings.ToLower(t)
	for _, w := range []string{"published", "updated", "posted"} {
		if i := strings.Index(low, w); i >= 0 {
			if d, ok := dates.Parse(t[i:], ref); ok && d.Year > 0 {
				return d, true, true
			}
		}
	}
	if len(t) > 60 {
		return app.Date{}, false, false
	}
	d, ok = dates.Parse(t, ref)
	return d, false, ok && d.Year > 0
}

// trailerDate finds a "Published: 2/13/2025" or "Posted ..." line among the
// last lines of an article.
func trailerDate(lines []line) app.Date {
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-8; i-- {
		t := lines[i].text
		if len(t) > 60 {
			continue
		}
		low := lowerHead(t, 9)
		if !(strings.HasPrefix(low, "published") || strings.HasPrefix(low, "posted") || strings.HasPrefix(low, "updated")) {
			continue
		}
		if d, ok := dates.Parse(t, app.Date{}); ok && d.Year > 0 {
			return d
		}
	}
	return app.Date{}
}

// datePrefix returns the length of a date opening a dateline and the
// dash, bar or colon after it ("24 Dey 1403 - ", "2025/01/13 | "), with
// the date; 0 when the line does not open so.
func datePrefix(t string, ref app.Date) (int, app.Date) {
	head := t[:min(len(t), 40)]
	if t == "" || !unicode.IsDigit(rune(t[0])) && !unicode.IsUpper(rune(t[0])) ||
		!strings.ContainsAny(head[:min(len(head), 16)], "0123456789") || !strings.ContainsAny(head, "-–—|:") {
		return 0, app.Date{} // a date has a digit early, and a separator follows it
	}
	ms := dates.Find(t[:min(len(t), 40)], ref)
	if len(ms) == 0 || ms[0].Start != 0 {
		return 0, app.Date{}
	}
	rest := strings.TrimLeft(t[ms[0].End:], " ")
	for _, sep := range []string{"--", "-", "–", "—", "|", ":"} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			r = strings.TrimLeft(r, " ")
			return len(t) - len(r), ms[0].Date
		}
	}
	return 0, app.Date{}
}

// clockPrefix returns the length of a leading time stamp such as
// "19:32 | " before a dateline, or 0.
func clockPrefix(t string) int {
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == ':') {
		i++
	}
	if i < 4 || !strings.Contains(t[:i], ":") {
		return 0
	}
	rest := strings.TrimLeft(t[i:], " ")
	if !strings.HasPrefix(rest, "|") {
		return 0
	}
	return len(t) - len(strings.TrimLeft(rest[1:], " "))
}
