package app

import (
	"fmt"
	"time"
)

// Kind says how a meeting was held.
type Kind string

// The kinds of meeting.
const (
	KindInPerson Kind = "in_person"
	KindPhone    Kind = "phone"
	KindVideo    Kind = "video"
)

// Kinds lists every Kind in display order.
var Kinds = []Kind{KindInPerson, KindPhone, KindVideo}

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool { return k == KindInPerson || k == KindPhone || k == KindVideo }

// Label is the human name of k.
func (k Kind) Label() string {
	switch k {
	case KindPhone:
		return "Phone call"
	case KindVideo:
		return "Video call"
	}
	return "In person"
}

// Status is where a meeting stands in review.
type Status string

// The review statuses.
const (
	StatusNew       Status = "new"
	StatusConfirmed Status = "confirmed"
	StatusRejected  Status = "rejected"
)

// Valid reports whether s is one of the known statuses.
func (s Status) Valid() bool {
	return s == StatusNew || s == StatusConfirmed || s == StatusRejected
}

// Label is the human name of s.
func (s Status) Label() string {
	switch s {
	case StatusConfirmed:
		return "Confirmed"
	case StatusRejected:
		return "Rejected"
	}
	return "Needs review"
}

// Span is a half-open range [Start, End) of byte offsets into an article's text.
type Span struct {
	Start int
	End   int
}

// Valid reports whether s lies inside a text of length n and is not empty.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start < s.End && s.End <= n }

// Place is where a meeting took place. A zero City means no known city.
type Place struct {
	City    string  // common English (GeoNames) name, e.g. "Isfahan"
	Country string  // ISO 3166-1 alpha-2, e.g. "IR"
	Lat     float64 // WGS84 degrees
	Lon     float64
	GeoID   int64 // GeoNames id, 0 when unknown
}

// IsZero reports whether p says nothing.
func (p Place) IsZero() bool { return p.City == "" && p.Country == "" }

// Participant is a person's part in one meeting: who, and in which role.
type Participant struct {
	PersonID     int64 // 0 until storage resolves the person
	Name         string
	Title        string
	Organization string
	Country      string // ISO alpha-2 of the country the person represents
}

// Source links a meeting to one article that reports it, with the evidence.
type Source struct {
	ArticleID int64
	Evidence  string // the exact sentence(s) from the article text
	Span      Span   // where Evidence sits in the article text
	// Article fields, filled by queries that join them, for display and export.
	ArticleTitle string
	Outlet       string
	Published    Date
	Path         string
}

// Meeting is one occasion on which named people met or talked.
type Meeting struct {
	ID           int64
	Kind         Kind
	Date         Date
	Place        Place
	Venue        string
	Topics       []string
	Participants []Participant
	Status       Status
	Confidence   float64  // 0..1, how sure extraction was
	Flags        []string // reasons a reviewer should look
	Summary      string
	Notes        string
	Sources      []Source
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Evidence returns the first source's evidence, or "".
func (m Meeting) Evidence() string {
	if len(m.Sources) == 0 {
		return ""
	}
	return m.Sources[0].Evidence
}

// Validate checks the rules a saved meeting must satisfy.
func (m Meeting) Validate() error {
	if m.Kind != "" && !m.Kind.Valid() {
		return fmt.Errorf("unknown meeting kind %q", m.Kind)
	}
	if m.Status != "" && !m.Status.Valid() {
		return fmt.Errorf("unknown meeting status %q", m.Status)
	}
	if err := m.Date.Validate(); err != nil {
		return fmt.Errorf("meeting date: %w", err)
	}
	if m.Confidence < 0 || m.Confidence > 1 {
		return fmt.Errorf("confidence %.2f is not between 0 and 1", m.Confidence)
	}
	return nil
}
