package widgets

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
)

func TestUI_ShowError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"app error", app.Errorf(app.ELocked, "The database x.db is in use by another program; close it and try again."),
			"The database x.db is in use by another program; close it and try again."},
		{"wrapped app error shows only its sentence", fmt.Errorf("open: %w", app.WrapError(app.ENotParley, errors.New("file is not a database"), "notes.db is not a Parley database.")),
			"notes.db is not a Parley database."},
		{"other error", errors.New("index out of range"), app.ErrorMessage(errors.New("x"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, fakePipeline())
			u.ShowError(tt.err)
			if u.lastError != tt.want || !onScreen(u, tt.want) || u.status.message.Text != tt.want {
				t.Errorf("shown %q (status %q), want %q in a dialog and the status bar", u.lastError, u.status.message.Text, tt.want)
			}
		})
	}
}

func TestUI_noDatabase(t *testing.T) {
	a := test.NewTempApp(t)
	u := NewUI(a, Deps{OpenStore: openStorage, Pipeline: fakePipeline()})
	t.Cleanup(u.win.Close)
	want := app.ErrorMessage(errNoDatabase())
	u.importPaths(seedFiles(t))
	if u.lastError != want {
		t.Errorf("import without a database: %q, want %q", u.lastError, want)
	}
	u.lastError = ""
	u.onExport()
	if u.lastError != want {
		t.Errorf("export without a database: %q, want %q", u.lastError, want)
	}
	if err := u.Open(filepath.Join(t.TempDir(), "late.db")); err != nil || u.win.Title() != "Parley — late.db" {
		t.Errorf("Open after a failed start: %v, title %q", err, u.win.Title())
	}
}

func TestUI_closeDuringImport(t *testing.T) {
	started, release := make(chan string, 10), make(chan struct{})
	u := newTestUI(t, blockingPipeline(started, release))
	queued := make(chan func(), 100)
	u.do = func(f func()) { queued <- f }
	called := false
	u.afterImport = func(app.Report, error) { called = true }
	u.importPaths(seedFiles(t))
	waitFor(t, started)
	run := u.run
	close(release)
	u.win.Close()
	select {
	case <-run.done:
	default:
		t.Error("the window closed before the import stopped")
	}
	if u.store != nil {
		t.Error("the database is still open after the window closed")
	}
	for len(queued) > 0 { // what the UI goroutine would still run
		(<-queued)()
	}
	if called {
		t.Error("an import report was shown on a closed window")
	}
}
