package app

import "time"

// Article is one imported news article and its metadata.
type Article struct {
	ID           int64
	Path         string // the file it was imported from
	Hash         string // hex SHA-256 of the extracted text; equal hashes are one article
	Format       string // txt, md, html, pdf, docx
	Title        string
	Outlet       string
	Published    Date
	DatelineCity string
	DatelineDate Date
	Text         string
	ImportedAt   time.Time
	MeetingCount int // filled by list queries
}
