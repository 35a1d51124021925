package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// commitEntry is an entry that saves when the user is done with it: on
// Enter, and on leaving the field when commitOnBlur is set. Saving on every
// keystroke would log "2", "20", "202" and "2025" as four edits of a date.
type commitEntry struct {
	widget.Entry
	// OnCommit receives the text when the user is done with the field.
	OnCommit func(string)
	// onShortcut may claim a shortcut before the entry handles it, so the
	// review keys (Ctrl+Enter...) work while typing; it reports whether it did.
	onShortcut   func(fyne.Shortcut) bool
	commitOnBlur bool
}

// newCommitEntry returns a one-line entry that commits on Enter and blur.
func newCommitEntry(placeholder string) *commitEntry {
	e := &commitEntry{commitOnBlur: true}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	e.OnSubmitted = func(string) { e.commit() }
	return e
}

func (e *commitEntry) commit() {
	if e.OnCommit != nil {
		e.OnCommit(e.Text)
	}
}

// FocusLost commits when the entry commits on blur.
func (e *commitEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.commitOnBlur {
		e.commit()
	}
}

// TypedShortcut offers s to onShortcut first.
func (e *commitEntry) TypedShortcut(s fyne.Shortcut) {
	if e.onShortcut != nil && e.onShortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}
