package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"parley/app"
)

// htmlMeta collects the metadata a page declares. Candidates for the
// publication date are kept by source and published picks the most
// specific: an article meta tag, then JSON-LD, then generic date tags,
// then the first <time> element.
type htmlMeta struct {
	title    string
	siteName string
	dates    [4]string // by priority, see published
}

// Priorities of publication date sources, most trusted first.
const (
	dateArticleMeta = iota
	dateJSONLD
	dateGenericMeta
	dateTimeElement
)

// dateMetaNames maps <meta name|property|itemprop> keys (lower case) to
// the priority of the date they carry.
var dateMetaNames = map[string]int{
	"article:published_time": dateArticleMeta,
	"og:published_time":      dateArticleMeta,
	"datepublished":          dateArticleMeta,
	"parsely-pub-date":       dateArticleMeta,
	"sailthru.date":          dateGenericMeta,
	"pubdate":                dateGenericMeta,
	"publishdate":            dateGenericMeta,
	"publish-date":           dateGenericMeta,
	"date":                   dateGenericMeta,
	"dc.date":                dateGenericMeta,
	"dc.date.issued":         dateGenericMeta,
	"dcterms.created":        dateGenericMeta,
	"dcterms.issued":         dateGenericMeta,
}

// tag records what a start tag tells about the page.
func (m *htmlMeta) tag(t html.Token) {
	switch t.DataAtom {
	case atom.Meta:
		m.metaTag(t)
	case atom.Time:
		if v := attr(t, "datetime"); v != "" {
			prio := dateTimeElement
			if strings.EqualFold(attr(t, "itemprop"), "datePublished") || hasAttr(t, "pubdate") {
				prio = dateArticleMeta
			}
			m.setDate(prio, v)
		}
	}
}

func (m *htmlMeta) metaTag(t html.Token) {
	key := strings.ToLower(firstNonEmpty(attr(t, "property"), attr(t, "name"), attr(t, "itemprop")))
	content := strings.TrimSpace(attr(t, "content"))
	if content == "" {
		content = strings.TrimSpace(attr(t, "datetime"))
	}
	switch key {
	case "og:title", "twitter:title":
		if m.title == "" {
			m.title = content
		}
	case "og:site_name", "application-name":
		if m.siteName == "" {
			m.siteName = content
		}
	}
	if prio, ok := dateMetaNames[key]; ok {
		m.setDate(prio, content)
	}
}

func (m *htmlMeta) setDate(prio int, v string) {
	if m.dates[prio] == "" {
		m.dates[prio] = v
	}
}

var (
	ldDatePublished = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{4,64})"`)
	ldPublisherName = regexp.MustCompile(`"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,200})"`)
)

// jsonLD reads the publication date and publisher from a JSON-LD script.
// Regular expressions rather than a JSON decoder: the scripts are often
// invalid JSON, and only two fields matter.
func (m *htmlMeta) jsonLD(data string) {
	if v := ldDatePublished.FindStringSubmatch(data); v != nil {
		m.setDate(dateJSONLD, v[1])
	}
	if v := ldPublisherName.FindStringSubmatch(data); v != nil && m.siteName == "" {
		m.siteName = v[1]
	}
}

// published returns the most trusted publication date that parses.
func (m *htmlMeta) published() app.Date {
	for _, v := range m.dates {
		if d := parseMetaDate(v); !d.IsZero() {
			return d
		}
	}
	return app.Date{}
}

var isoDatePrefix = regexp.MustCompile(`^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})`)

// metaDateLayouts are the non-ISO layouts seen in date meta tags.
var metaDateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC,
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006",
	"20060102",
}

// parseMetaDate reads the calendar date of a metadata timestamp. For ISO
// timestamps the date is taken as written, in the publisher's own time
// zone, rather than converted to UTC: "2025-03-01T00:30+03:30" is 1 March
// where it was published.
func parseMetaDate(v string) app.Date {
	if m := isoDatePrefix.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return plausibleDate(app.Date{Year: y, Month: mo, Day: d})
	}
	v = strings.TrimSpace(v)
	for _, layout := range metaDateLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return plausibleDate(app.DayDate(t))
		}
	}
	return app.Date{}
}

// plausibleDate returns d if it is a real calendar date in a year a news
// article could carry, else the zero Date.
func plausibleDate(d app.Date) app.Date {
	if d.Validate() != nil || d.Year < 1900 || d.Year > 2200 {
		return app.Date{}
	}
	return d
}

func hasAttr(t html.Token, key string) bool {
	for _, a := range t.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
