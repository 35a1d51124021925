// Package export writes meetings out of Parley for other tools, today as
// CSV for spreadsheets, pivot tables and scripts.
//
// The CSV is meant to open correctly in Excel and LibreOffice and to read
// back exactly with any RFC 4180 parser:
//
//   - UTF-8 with a byte-order mark, so Excel shows Korean, Persian or
//     Arabic names instead of mojibake;
//   - fields quoted as RFC 4180 says (encoding/csv);
//   - records end in LF, not CRLF. Excel, LibreOffice, Python and Go all
//     accept LF, and LF keeps a line break inside a field byte-exact:
//     encoding/csv in CRLF mode rewrites "\n" inside a field as "\r\n", so
//     evidence with a line break would not read back as it was written.
//     Line breaks inside text are normalised to a single LF for the same
//     reason;
//   - dates in ISO 8601 at their precision (2025-09-30, 2025-09, 2025);
//   - a text cell that starts with '=', '+', '-', '@', a tab or a carriage
//     return gets a leading apostrophe, so a spreadsheet shows it as text
//     instead of running it as a formula (CSV or formula injection: an
//     article is untrusted input). Numbers Parley formats itself (id,
//     latitude, longitude) are left alone: a negative longitude is data.
package export

import (
	"encoding/csv"
	"fmt"
	"io"

	"parley/app"
)

// Layout chooses the shape of the CSV.
type Layout string

// The CSV layouts.
const (
	// Wide is one row per meeting, participants in one cell.
	Wide Layout = "wide"
	// Long is one row per participant of each meeting, with the meeting's
	// columns repeated, for pivot tables. A meeting without participants
	// still gets one row, so no meeting is lost.
	Long Layout = "long"
)

// Layouts lists every Layout, default first.
var Layouts = []Layout{Wide, Long}

// Valid reports whether l is a known layout.
func (l Layout) Valid() bool { return l == Wide || l == Long }

// bom is the UTF-8 byte-order mark that tells Excel the file is UTF-8.
const bom = "\uFEFF"

// CSV writes meetings as CSV rows. Write errors are sticky: after the
// first, Write does nothing and Close reports it.
type CSV struct {
	w      *csv.Writer
	layout Layout
	row    []string // reused between rows to spare allocations
}

// NewCSV writes the byte-order mark and the header for layout to w and
// returns a CSV ready for Write. Close must be called to flush.
func NewCSV(w io.Writer, layout Layout) (*CSV, error) {
	if !layout.Valid() {
		return nil, app.Errorf(app.EInvalid, "%q is not a CSV layout; use wide or long.", layout)
	}
	if _, err := io.WriteString(w, bom); err != nil {
		return nil, fmt.Errorf("write byte-order mark: %w", err)
	}
	c := &CSV{w: csv.NewWriter(w), layout: layout}
	if err := c.w.Write(header(layout)); err != nil {
		return nil, fmt.Errorf("write header: %w", err)
	}
	return c, nil
}

// Write writes the row (wide) or rows (long) of one meeting.
func (c *CSV) Write(m app.Meeting) error {
	if err := c.w.Error(); err != nil {
		return err
	}
	c.row = meetingCells(c.row[:0], m)
	if c.layout == Wide {
		c.row = append(c.row, participantsCell(m.Participants), listCell(m.Topics))
		c.row = sourceCells(c.row, m.Sources)
		return c.w.Write(c.row)
	}
	return c.writeLong(m)
}

// writeLong writes one row per participant, or one row with empty
// participant cells when the meeting has none.
func (c *CSV) writeLong(m app.Meeting) error {
	c.row = append(c.row, listCell(m.Topics))
	c.row = sourceCells(c.row, m.Sources)
	base := len(c.row)
	people := m.Participants
	if len(people) == 0 {
		people = []app.Participant{{}}
	}
	for _, p := range people {
		c.row = append(c.row[:base],
			text(p.Name), text(p.Title), text(p.Organization), text(p.Country))
		if err := c.w.Write(c.row); err != nil {
			return err
		}
	}
	return nil
}

// Close flushes what is buffered and returns the first write error, if any.
// It does not close the underlying writer.
func (c *CSV) Close() error {
	c.w.Flush()
	return c.w.Error()
}
