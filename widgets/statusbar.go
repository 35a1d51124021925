package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// statusBar is the line at the bottom of the window: the database file,
// the counts, and the message of the last action.
type statusBar struct {
	path    *widget.Label
	counts  *widget.Label
	message *widget.Label
	content fyne.CanvasObject
}

func newStatusBar() *statusBar {
	s := &statusBar{
		path:    widget.NewLabel("No database open"),
		counts:  widget.NewLabel(""),
		message: widget.NewLabel(""),
	}
	s.path.Truncation = fyne.TextTruncateEllipsis
	s.message.Truncation = fyne.TextTruncateEllipsis
	s.counts.Alignment = fyne.TextAlignTrailing
	// The path and the message share the width; the counts keep theirs.
	s.content = container.NewBorder(nil, nil, nil, s.counts,
		container.NewGridWithColumns(2, s.path, s.message))
	return s
}

// SetPath shows the database file.
func (s *statusBar) SetPath(path string) { s.path.SetText(path) }

// SetCounts shows the totals.
func (s *statusBar) SetCounts(c app.Counts) { s.counts.SetText(formatCounts(c)) }

// SetMessage shows what the last action did.
func (s *statusBar) SetMessage(msg string) { s.message.SetText(msg) }

// notify tells the desktop that long work has finished, for a user who
// turned to another window meanwhile; the status bar says it too.
func (u *UI) notify(title, content string) {
	u.app.SendNotification(fyne.NewNotification("Parley: "+title, content))
}
