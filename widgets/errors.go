package widgets

import (
	"errors"
	"log"

	"fyne.io/fyne/v2/dialog"

	"parley/app"
)

// ShowError is the one way failures reach the user: the whole error, with
// its causes, goes to the log; the user sees app.ErrorMessage's one
// sentence in a dialog, and the status bar keeps it after the dialog closes.
// It must be called on the UI goroutine.
func (u *UI) ShowError(err error) {
	if err == nil {
		return
	}
	log.Printf("parley: %v", err)
	msg := app.ErrorMessage(err)
	u.status.SetMessage(msg)
	d := dialog.NewError(errors.New(msg), u.win)
	u.lastError = msg
	d.Show()
}

// errNoDatabase is what actions that need a database say when none is open
// (the start-up database could not be opened).
func errNoDatabase() error {
	return app.Errorf(app.EInvalid, "No database is open; use File > New database… or Open database… first.")
}

// errBusy is what opening another database says while an import or an
// export still uses the open one.
func errBusy() error {
	return app.Errorf(app.EInvalid, "An import or export is running; wait for it to finish or cancel it first.")
}
