package app

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"parley/app/geo/fold"
)

// ViewMeeting is the compact form of a meeting that the timeline and the
// city views keep in memory: about 100 bytes, so 100,000 meetings take
// around 10 MB instead of the hundreds a full Meeting with its sources needs.
type ViewMeeting struct {
	ID int64
	// Start and End are days since 1970-01-01 (UTC); [Start, End) covers the
	// date to its precision: one day, a whole month or a whole year.
	Start, End int32
	Precision  Precision
	Kind       Kind
	Status     Status
	Country    int32 // index into ViewData.Countries, -1 when none is known
	Person     int32 // index into ViewData.People, -1 when no one is named
	City       int32 // index into ViewData.Cities, -1 when not drawn on the map
	Summary    string
}

// Dated reports whether the meeting has a known date.
func (m ViewMeeting) Dated() bool { return m.Precision != PrecisionUnknown }

// CityStat is one city where meetings took place, with their count and the
// first and last day (days since 1970-01-01) among its dated meetings.
type CityStat struct {
	Name, Country string
	Lat, Lon      float64
	Count         int
	First, Last   int32 // 0 and 0 when none of its meetings is dated
	Dated         int   // how many of its meetings are dated
	Meetings      []int // indexes into ViewData.Meetings, in date order
}

// ViewData is everything the timeline and the city views draw, built from a
// stream of meetings by a ViewBuilder.
type ViewData struct {
	Meetings  []ViewMeeting // dated ones by Start then ID, undated last
	Countries []string      // lane keys: ISO alpha-2 codes
	People    []string      // lane keys: participant names
	Cities    []CityStat
	Undated   int // meetings without a known date
	NoPlace   int // meetings not drawn on the map: calls, or no known coordinates
}

// ViewBuilder turns a stream of meetings into ViewData, interning the
// repeated strings so every meeting holds only small indexes.
type ViewBuilder struct {
	data      ViewData
	countries map[string]int32
	people    map[string]int32
	cities    map[cityKey]int32
}

type cityKey struct{ name, country string }

// NewViewBuilder returns an empty builder.
func NewViewBuilder() *ViewBuilder {
	return &ViewBuilder{countries: map[string]int32{}, people: map[string]int32{}, cities: map[cityKey]int32{}}
}

// Add records m.
func (b *ViewBuilder) Add(m Meeting) {
	v := ViewMeeting{ID: m.ID, Precision: m.Date.Precision(), Kind: canonical(m.Kind, Kinds), Status: canonical(m.Status, statuses),
		Country: -1, Person: -1, City: -1}
	v.Start, v.End = DaySpan(m.Date)
	v.Country = intern(&b.data.Countries, b.countries, laneCountry(m))
	if len(m.Participants) > 0 {
		v.Person = intern(&b.data.People, b.people, firstNonEmpty(m.Participants[0].Name, m.Participants[0].Title))
	}
	v.City = b.city(m)
	if v.City < 0 {
		b.data.NoPlace++
	}
	v.Summary = summarize(m)
	if len(b.data.Meetings) == cap(b.data.Meetings) {
		// Doubling copies each meeting about once; append's gentler growth
		// for large slices copied 100,000 meetings five times over.
		b.data.Meetings = slices.Grow(b.data.Meetings, max(len(b.data.Meetings), 256))
	}
	b.data.Meetings = append(b.data.Meetings, v)
}

// statuses are the meeting statuses, for canonical.
var statuses = []Status{StatusNew, StatusConfirmed, StatusRejected}

// canonical is the constant equal to s, or s when none is: a string read
// from the database is a fresh copy, and 100,000 kept copies of "new"
// would cost memory and garbage-collector time for nothing.
func canonical[T ~string](s T, known []T) T {
	for _, k := range known {
		if k == s {
			return k
		}
	}
	return s
}

// city returns the index of m's city, adding it, or -1 when m is not
// drawn on the map: calls happen nowhere, and a place needs coordinates.
func (b *ViewBuilder) city(m Meeting) int32 {
	if m.Kind == KindPhone || m.Kind == KindVideo || m.Place.City == "" || (m.Place.Lat == 0 && m.Place.Lon == 0) {
		return -1
	}
	k := cityKey{m.Place.City, m.Place.Country}
	i, ok := b.cities[k]
	if !ok {
		i = int32(len(b.data.Cities))
		b.cities[k] = i
		b.data.Cities = append(b.data.Cities, CityStat{Name: k.name, Country: k.country, Lat: m.Place.Lat, Lon: m.Place.Lon})
	}
	return i
}

// Done sorts the meetings by date, fills the city statistics and returns
// the data. The builder must not be used afterwards.
func (b *ViewBuilder) Done() ViewData {
	ms := b.data.Meetings
	sort.Slice(ms, func(i, j int) bool {
		a, c := ms[i], ms[j]
		if a.Dated() != c.Dated() {
			return a.Dated()
		}
		if a.Start != c.Start {
			return a.Start < c.Start
		}
		return a.ID < c.ID
	})
	for i, m := range ms {
		if !m.Dated() {
			b.data.Undated++
		}
		if m.City >= 0 {
			b.data.Cities[m.City].add(i, m)
		}
	}
	return b.data
}

// add counts meeting i in c.
func (c *CityStat) add(i int, m ViewMeeting) {
	c.Count++
	c.Meetings = append(c.Meetings, i)
	if !m.Dated() {
		return
	}
	if c.Dated == 0 || m.Start < c.First {
		c.First = m.Start
	}
	c.Last = max(c.Last, m.Start)
	c.Dated++
}

// ViewFilter selects the meetings the views show: what the store can
// select, and a person named among the participants.
type ViewFilter struct {
	MeetingFilter
	// Person, when set, keeps the meetings with a participant whose name
	// contains it, ignoring case and diacritics ("pezes" finds
	// "Masoud Pezeshkian" and "PEZEŠKIAN").
	Person string
}

// briefStore is a store that can stream meetings without their text and
// sources, which is all the views draw; storage.Store is one.
type briefStore interface {
	EachMeetingBrief(ctx context.Context, f MeetingFilter, fn func(Meeting) error) error
}

// LoadViewData streams the meetings f selects from s into ViewData, through
// the store's brief walk when it has one (a tenth of the time at 100,000
// meetings), else through EachMeeting.
func LoadViewData(ctx context.Context, s Store, f ViewFilter) (ViewData, error) {
	b := NewViewBuilder()
	match := personMatcher(f.Person)
	add := func(m Meeting) error {
		if match(m) {
			b.Add(m)
		}
		return ctx.Err()
	}
	var err error
	if bs, ok := s.(briefStore); ok {
		err = bs.EachMeetingBrief(ctx, f.MeetingFilter, add)
	} else {
		err = s.EachMeeting(ctx, f.MeetingFilter, add)
	}
	if err != nil {
		return ViewData{}, err
	}
	return b.Done(), nil
}

// personMatcher reports whether a meeting has a participant whose folded
// name contains the folded query; every meeting matches an empty query.
func personMatcher(query string) func(Meeting) bool {
	q := fold.String(query)
	if q == "" {
		return func(Meeting) bool { return true }
	}
	return func(m Meeting) bool {
		for _, p := range m.Participants {
			if strings.Contains(fold.String(p.Name), q) {
				return true
			}
		}
		return false
	}
}

// epoch is 1970-01-01 in days, the origin of ViewMeeting's days.
var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// DayNumber is the number of days from 1970-01-01 to t's calendar day in UTC.
func DayNumber(t time.Time) int32 {
	t = t.UTC()
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return int32(d.Sub(epoch).Hours() / 24)
}

// DayTime is the first instant of day n (days since 1970-01-01) in UTC.
func DayTime(n int32) time.Time { return epoch.AddDate(0, 0, int(n)) }

// DaySpan is the half-open range of days [start, end) d covers: one day, a
// month or a year; 0, 0 for an unknown date.
func DaySpan(d Date) (start, end int32) {
	t, ok := d.Time()
	if !ok {
		return 0, 0
	}
	switch d.Precision() {
	case PrecisionYear:
		return DayNumber(t), DayNumber(t.AddDate(1, 0, 0))
	case PrecisionMonth:
		return DayNumber(t), DayNumber(t.AddDate(0, 1, 0))
	}
	return DayNumber(t), DayNumber(t) + 1
}

// laneCountry is the country a meeting is grouped under: where it took
// place, else the first participant's. One lane per meeting keeps every
// meeting drawn once, so counts add up.
func laneCountry(m Meeting) string {
	if m.Place.Country != "" {
		return m.Place.Country
	}
	for _, p := range m.Participants {
		if p.Country != "" {
			return p.Country
		}
	}
	return ""
}

// summarize is the one-line hover text: who met.
func summarize(m Meeting) string {
	s := ""
	for i, p := range m.Participants {
		if i == 3 {
			s += " and others"
			break
		}
		if i > 0 {
			s += " – "
		}
		s += firstNonEmpty(p.Name, p.Title, p.Organization, "unnamed")
	}
	return s
}

// intern returns the index of s in list, adding a copy; -1 for "".
func intern(list *[]string, index map[string]int32, s string) int32 {
	if s == "" {
		return -1
	}
	i, ok := index[s]
	if !ok {
		// s may be a slice of a longer string (storage reads a meeting's
		// participants as one); a copy keeps only the name alive.
		s = strings.Clone(s)
		i = int32(len(*list))
		index[s] = i
		*list = append(*list, s)
	}
	return i
}
