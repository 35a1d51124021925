package dates

import (
	"strings"
	"sync"
	"time"

	"parley/app"
)

// Kind says what sort of expression a Mention is.
type Kind uint8

// The kinds of date expressions Find reports.
const (
	// Explicit is a calendar date as written, with or without its year:
	// "30 September 2025", "2024/08/13", "June 2024", "in 2018", "Sept. 30".
	Explicit Kind = iota + 1
	// RelativeDate is a day, week, month or year named relative to the
	// reference date: "on Sunday", "yesterday", "last week", "earlier this
	// month", "in April", "last November", "June last year".
	RelativeDate
	// Range is a span of days: "from April 4 to May 31", "4-6 May 2024";
	// Date is its first day and Until its last.
	Range
	// Hijri is a Solar Hijri (Persian calendar) date converted to the
	// Gregorian calendar: "24 Dey 1403", "Mehr 8, 1404", "1403/10/24".
	Hijri
)

// String names k for logs and test failures.
func (k Kind) String() string {
	switch k {
	case Explicit:
		return "explicit"
	case RelativeDate:
		return "relative"
	case Range:
		return "range"
	case Hijri:
		return "hijri"
	}
	return "unknown"
}

// Mention is one date expression found in text.
type Mention struct {
	// Start and End are byte offsets into the text: text[Start:End] is the
	// expression, without a leading preposition ("on", "in") but with the
	// words that change its meaning ("last", "next", "earlier this").
	Start, End int
	// Kind says what sort of expression it is.
	Kind Kind
	// Date is the resolved date at its precision (the first day of a
	// Range); the zero Date when it cannot be resolved, e.g. a relative
	// expression in an undated article.
	Date app.Date
	// Until is the last day of a Range; zero for other kinds.
	Until app.Date
	// Relative reports that the date depended on the reference date:
	// "on Sunday", "yesterday", "last week", and "September 30" without a year.
	Relative bool
	// Future reports that the expression points after the reference date,
	// by its words ("next Sunday", "tomorrow", "next month", even when
	// unresolved) or by its resolved date ("April 23" in an article of April
	// 22): such a date is usually a plan, not a report.
	Future bool
	// Weekday is the day of the week stated with the date, valid when
	// HasWeekday: "Tuesday (August 13, 2024)", "on Sunday".
	Weekday    time.Weekday
	HasWeekday bool
	// Conflict reports that the stated weekday contradicts the date, which
	// is kept as written.
	Conflict bool

	expr expr // what Resolve needs to resolve it again
}

// Text returns the expression in text, the string m was found in.
func (m Mention) Text(text string) string { return text[m.Start:m.End] }

// tokenPool recycles token buffers so that Find allocates little more than
// its result.
var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// chunkSize bounds how much text is tokenised at once: tokens take several
// times the bytes of their text, so a huge file is read in pieces cut at
// line ends, which no date expression crosses.
const chunkSize = 64 << 10

// Find returns every date expression in text, in order and without
// overlaps, resolved against ref: the article's dateline date or
// publication date, or the zero Date when the article is undated (relative
// expressions are then returned with a zero Date).
func Find(text string, ref app.Date) []Mention {
	bp := tokenPool.Get().(*[]token)
	f := finder{ref: ref, lastDay: -1}
	for start := 0; start < len(text); {
		end := chunkEnd(text, start)
		p := parser{t: tokenize(text[start:end], (*bp)[:0])}
		f.scan(&p, start)
		*bp = p.t[:0]
		start = end
	}
	tokenPool.Put(bp)
	return f.out
}

// chunkEnd returns where the piece of text starting at start ends: after
// the first line end past chunkSize, else after the first space, else at
// the end of the text.
func chunkEnd(text string, start int) int {
	if len(text)-start <= chunkSize {
		return len(text)
	}
	rest := text[start+chunkSize:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		return start + chunkSize + i + 1
	}
	if i := strings.IndexByte(rest, ' '); i >= 0 {
		return start + chunkSize + i + 1
	}
	return len(text)
}

// finder collects the mentions of one text across its pieces.
type finder struct {
	ref     app.Date
	out     []Mention
	lastDay int // the last mention naming a day, which anchors "the following day"
}

// scan matches the tokens of one piece, whose offsets start at base.
func (f *finder) scan(p *parser, base int) {
	for i := 0; i < len(p.t); {
		if !p.t[i].canStart() {
			i++ // most tokens: spare match its result
			continue
		}
		e, next, ok := p.match(i)
		if !ok {
			i++
			continue
		}
		if e.op == opAnchored && f.lastDay >= 0 {
			a := f.out[f.lastDay].expr
			e.anchor = &a
		}
		if e.dayLevel() {
			f.lastDay = len(f.out)
		}
		m := Mention{Start: base + p.t[i].start, End: base + p.t[next-1].end, expr: e}
		f.out = append(f.out, ResolveMention(m, f.ref))
		i = next
	}
}

// Resolve returns the date of m resolved against ref, as Find would have
// with ref: the review screen re-resolves relative dates when an analyst
// corrects an article's date. Explicit dates do not change.
func Resolve(m Mention, ref app.Date) app.Date {
	return ResolveMention(m, ref).Date
}

// ResolveMention returns m with Date, Until, Future and Conflict resolved
// against ref. A Mention that Find did not return is returned unchanged.
func ResolveMention(m Mention, ref app.Date) Mention {
	if m.expr.op == 0 {
		return m
	}
	r := m.expr.resolve(ref)
	m.Kind, m.Date, m.Until, m.Relative, m.Future = m.expr.kind(), r.from, r.until, m.expr.relative(), m.expr.future()
	if m.Date.Validate() != nil || m.Until.Validate() != nil { // past year 9999
		m.Date, m.Until = app.Date{}, app.Date{}
	}
	m.Future = m.Future || after(m.Date, ref)
	m.HasWeekday, m.Weekday, m.Conflict = m.expr.wd >= 0, time.Weekday(max(m.expr.wd, 0)), false
	if m.HasWeekday && m.Date.Precision() == app.PrecisionDay {
		m.Conflict = weekdayOf(days(m.Date.Year, m.Date.Month, m.Date.Day)) != m.Weekday
	}
	return m
}

// after reports whether d begins after ref at the precision both share:
// 2025-10 is after 2025-09-30, but 2025 is not after 2025-09-30.
func after(d, ref app.Date) bool {
	switch {
	case d.IsZero() || ref.IsZero():
		return false
	case d.Year != ref.Year:
		return d.Year > ref.Year
	case d.Month == 0 || ref.Month == 0:
		return false
	case d.Month != ref.Month:
		return d.Month > ref.Month
	}
	return d.Day != 0 && ref.Day != 0 && d.Day > ref.Day
}
