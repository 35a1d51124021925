package app

import "context"

// Document is the text of one article file as ingestion read it, with any
// metadata the file format carried (HTML <title> and publication meta tags).
type Document struct {
	Path      string
	Format    string // txt, md, html, pdf, docx
	Text      string
	Title     string
	Outlet    string
	Published Date
}

// Extraction is what meeting extraction found in one document.
// Each meeting carries one Source with the evidence and its span in the
// document's text (ArticleID is 0 until saved).
type Extraction struct {
	Title        string
	Outlet       string
	Published    Date
	DatelineCity string
	DatelineDate Date
	Meetings     []Meeting
}

// NewArticle is an article ready to be saved with the meetings found in it.
type NewArticle struct {
	Article  Article
	Meetings []Meeting
}

// SaveResult says what happened to one NewArticle.
type SaveResult struct {
	ArticleID int64
	Duplicate bool // an article with the same hash was already stored; nothing was written
}

// ImportStore is what the import pipeline needs from storage.
type ImportStore interface {
	// HasArticle reports whether an article with this content hash is stored.
	HasArticle(ctx context.Context, hash string) (bool, error)
	// SaveArticles saves the batch in one transaction: every article with its
	// meetings, participants, people and places, or nothing at all.
	// Articles whose hash is already stored are skipped and reported Duplicate.
	SaveArticles(ctx context.Context, batch []NewArticle) ([]SaveResult, error)
}

// Counts are the totals shown in the status bar.
type Counts struct {
	Articles int
	Meetings int
	ByStatus map[Status]int
	People   int
	Places   int
}

// SortOrder chooses how meetings are listed.
type SortOrder string

// The meeting sort orders.
const (
	SortByDate   SortOrder = "date"   // newest meeting date first, undated last
	SortByImport SortOrder = "import" // newest first by id
)

// MeetingFilter selects meetings. Nil pointers and empty strings mean "any".
type MeetingFilter struct {
	Status    *Status
	Search    string // full-text over article text, names and places
	Country   string // ISO alpha-2 of the place or of a participant
	From, To  *Date  // inclusive bounds on the meeting date
	ArticleID *int64
	Sort      SortOrder
	Limit     int // 0: no limit
	Offset    int
}

// ArticleFilter selects articles. Empty means all.
type ArticleFilter struct {
	Search string
	Limit  int
	Offset int
}

// Store is everything the GUI and the command line need from storage.
type Store interface {
	ImportStore
	// Path is the database file.
	Path() string
	// Counts returns the totals for the status bar.
	Counts(ctx context.Context) (Counts, error)
	// Articles lists articles without their text, newest import first.
	Articles(ctx context.Context, f ArticleFilter) ([]Article, error)
	// Article returns one article with its text.
	Article(ctx context.Context, id int64) (Article, error)
	// FindMeetings lists meetings with their participants and sources.
	FindMeetings(ctx context.Context, f MeetingFilter) ([]Meeting, error)
	// EachMeeting streams the meetings f selects, for export, without
	// holding them all in memory.
	EachMeeting(ctx context.Context, f MeetingFilter, fn func(Meeting) error) error
	// Close closes the database.
	Close() error
}
