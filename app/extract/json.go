package extract

import (
	"parley/app"
)

// ArticleJSON is the `parley extract --json` object for one article.
type ArticleJSON struct {
	File      string        `json:"file"`
	Title     string        `json:"title"`
	Published *string       `json:"published"`
	Outlet    *string       `json:"outlet"`
	Meetings  []MeetingJSON `json:"meetings"`
}

// MeetingJSON is one meeting of ArticleJSON.
type MeetingJSON struct {
	Kind         string            `json:"kind"`
	Date         *string           `json:"date"`
	City         *string           `json:"city"`
	Country      *string           `json:"country"`
	Lat          *float64          `json:"lat"`
	Lon          *float64          `json:"lon"`
	Venue        string            `json:"venue"`
	Participants []ParticipantJSON `json:"participants"`
	Topics       []string          `json:"topics"`
	Evidence     string            `json:"evidence"`
	Confidence   float64           `json:"confidence"`
	Flags        []string          `json:"flags"`
}

// ParticipantJSON is one participant of MeetingJSON.
type ParticipantJSON struct {
	Name         string  `json:"name"`
	Title        string  `json:"title"`
	Organization string  `json:"organization"`
	Country      *string `json:"country"`
}

// ToJSON returns the JSON object for the extraction ex of the article at
// file (the path as given on the command line).
func ToJSON(file string, ex app.Extraction) ArticleJSON {
	out := ArticleJSON{
		File:      file,
		Title:     ex.Title,
		Published: optional(ex.Published.String()),
		Outlet:    optional(ex.Outlet),
		Meetings:  []MeetingJSON{},
	}
	for _, m := range ex.Meetings {
		out.Meetings = append(out.Meetings, meetingJSON(m))
	}
	return out
}

func meetingJSON(m app.Meeting) MeetingJSON {
	j := MeetingJSON{
		Kind:         string(m.Kind),
		Date:         optional(m.Date.String()),
		City:         optional(m.Place.City),
		Country:      optional(m.Place.Country),
		Venue:        m.Venue,
		Participants: []ParticipantJSON{},
		Topics:       nonNil(m.Topics),
		Evidence:     m.Evidence(),
		Confidence:   m.Confidence,
		Flags:        nonNil(m.Flags),
	}
	if m.Place.City != "" {
		lat, lon := m.Place.Lat, m.Place.Lon
		j.Lat, j.Lon = &lat, &lon
	}
	for _, p := range m.Participants {
		j.Participants = append(j.Participants, ParticipantJSON{
			Name: p.Name, Title: p.Title, Organization: p.Organization, Country: optional(p.Country),
		})
	}
	return j
}

// optional returns nil for "" so that JSON says null.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
