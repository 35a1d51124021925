// Package extract turns an article's text into its metadata (title,
// outlet, publication date, dateline) and the meetings it reports: who met
// whom (names, titles, organisations, countries), when (through package
// dates), where (through package geo), how (in person, by phone, by video),
// about what, with the sentence that says so and a confidence with the
// reasons a reviewer should look.
//
// Extraction is rule-based and deterministic: lexicons (titles, honorifics,
// meeting cues, plan words, page furniture) live in lexicon/*.txt; the
// rules are general syntax over capitalised-name runs, clauses and cues.
package extract

import (
	"parley/app"
	"parley/app/extract/dates"
	"parley/app/geo"
)

// Extractor finds meetings in articles. It is safe for concurrent use.
type Extractor struct {
	gaz gaz
}

// New returns an Extractor using the gazetteer g. It builds the word lists
// and the gazetteer's country keys now (a few milliseconds, once per
// process) rather than inside the first extraction.
func New(g *geo.Gazetteer) *Extractor {
	lexicons()
	if g != nil {
		keysOf(g)
	}
	return &Extractor{gaz: gaz{g: g}}
}

// Extract is New(geo.Default()).Extract(doc).
func Extract(doc app.Document) app.Extraction {
	return New(geo.Default()).Extract(doc)
}

// Extract finds the article metadata and every meeting in doc. It is pure,
// deterministic and safe for concurrent use.
func (x *Extractor) Extract(doc app.Document) app.Extraction {
	a := &analysis{x: x, lex: lexicons(), text: doc.Text, gaz: x.gaz.withCache()}
	recased := oneCase(doc.Text)
	if recased {
		a.text = recase(a.gaz, a.lex, doc.Text)
	}
	var header string
	a.lines, header = splitLines(a.text)
	a.meta = readMeta(a.gaz, doc, a.lines, header)
	a.segment()
	a.dates = dates.Find(a.text, a.meta.ref())
	a.findPeople()
	a.resolve()
	a.findMeetCity()
	if !a.opinion() {
		a.detectMeetings()
	}
	a.fillUnnamed()
	a.meetingSents = map[int]bool{}
	for _, c := range a.cands {
		a.meetingSents[c.sent] = true
	}
	for _, c := range a.cands {
		a.ownDate(c)
		a.ownPlace(c)
		c.evStart, c.evEnd = a.sents[c.sent].start, a.sents[c.sent].end
		c.topics = a.topics(c)
	}
	a.merge()
	a.inheritDates()
	ex := app.Extraction{
		Title:        a.meta.title,
		Outlet:       a.meta.outlet,
		Published:    validDate(a.meta.published),
		DatelineCity: a.meta.datelineCity.City,
		DatelineDate: validDate(a.meta.datelineDate),
	}
	var prev *candidate
	for _, c := range a.cands {
		a.defaultPlace(c, prev)
		m := a.meeting(c)
		if recased {
			for k := range m.Sources {
				sp := m.Sources[k].Span
				m.Sources[k].Evidence = doc.Text[sp.Start:sp.End] // the page as written
			}
		}
		ex.Meetings = append(ex.Meetings, m)
		prev = c
	}
	return ex
}
