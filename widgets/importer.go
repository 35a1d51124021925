package widgets

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// importRun is one import in progress.
type importRun struct {
	cancel context.CancelFunc
	done   chan struct{} // closed when the pipeline has returned
}

// importPaths is the single entry to importing: the file dialog, the folder
// dialog, the welcome buttons and drag-and-drop all end here. The pipeline
// runs in a goroutine; progress and the final report come back via onUI.
func (u *UI) importPaths(paths []string) {
	if len(paths) == 0 {
		return
	}
	if u.store == nil {
		u.ShowError(errNoDatabase())
		return
	}
	if u.run != nil || u.exporting {
		u.ShowError(errBusy())
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	run := &importRun{cancel: cancel, done: make(chan struct{})}
	u.run = run
	u.setImporting(true, run)
	u.status.SetMessage("Importing…")
	store, pipeline := u.store, u.deps.Pipeline
	go func() {
		rep, err := pipeline.Import(ctx, store, paths, u.throttledProgress())
		cancel()
		close(run.done)
		u.onUI(func() { u.onImportFinished(rep, err) })
	}()
}

// progressInterval is the least time between two progress updates: a
// folder of 100,000 small files should not queue 100,000 redraws.
const progressInterval = 50 * time.Millisecond

// throttledProgress returns the pipeline's progress callback, which passes
// an update to the UI at most every progressInterval, and always the last.
// The pipeline calls it from one goroutine, so last needs no lock.
func (u *UI) throttledProgress() func(app.Progress) {
	var last time.Time
	return func(p app.Progress) {
		if p.Done < p.Total && time.Since(last) < progressInterval {
			return
		}
		last = time.Now()
		u.onUI(func() { u.progress.Set(p) })
	}
}

// setImporting shows or hides the progress panel and disables what must
// wait for the import.
func (u *UI) setImporting(on bool, run *importRun) {
	u.menu.setBusy(on)
	u.welcome.SetBusy(on)
	if on {
		u.progress.Start(run.cancel)
	} else {
		u.progress.Stop()
	}
	// Showing or hiding the panel changes the bottom area's height: its
	// container must lay out again, and with it the window's content.
	u.win.Content().Refresh()
}

// onImportFinished reports the import and reloads what it changed.
func (u *UI) onImportFinished(rep app.Report, err error) {
	u.run = nil
	if u.closed {
		return
	}
	u.setImporting(false, nil)
	u.status.SetMessage(importMessage(rep))
	u.notify("Import finished", importMessage(rep))
	if rerr := u.refresh(); rerr != nil && err == nil {
		err = rerr
	}
	u.showReport(rep)
	if err != nil {
		u.ShowError(err)
	}
	if u.afterImport != nil {
		u.afterImport(rep, err)
	}
}

// importMessage is the status bar's line for a finished import:
// "Imported 3 files: 3 imported (5 meetings), 0 duplicates, 0 failed".
func importMessage(rep app.Report) string {
	verb := "Imported"
	if rep.Canceled > 0 {
		verb = "Import canceled after"
	}
	return fmt.Sprintf("%s %s: %s", verb, countNoun(len(rep.Results), "file", "files"), rep.Summary())
}

// onImportFiles asks for one article file (Fyne's dialog picks one file at
// a time; folders and drag-and-drop take many) and imports it.
func (u *UI) onImportFiles() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if r == nil { // cancelled
			return
		}
		path := r.URI().Path()
		_ = r.Close() // the pipeline reads the file itself
		u.lastImportDir = filepath.Dir(path)
		u.importPaths([]string{path})
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(articleExtensions))
	u.showFileDialog(d, u.lastImportDir)
}

// articleExtensions are the file types the import dialog offers.
var articleExtensions = []string{".txt", ".md", ".html", ".htm", ".pdf", ".docx"}

// onImportFolder asks for a folder and imports every article in it.
func (u *UI) onImportFolder() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if dir != nil {
			u.lastImportDir = dir.Path()
			u.importPaths([]string{dir.Path()})
		}
	}, u.win)
	u.showFileDialog(d, u.lastImportDir)
}

// onDropped imports the files and folders dropped on the window.
func (u *UI) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			paths = append(paths, uri.Path())
		}
	}
	u.importPaths(paths)
}

// waitForImport blocks until a running import's pipeline has returned,
// at most for limit; used when the window closes so the store is not
// closed under the pipeline's feet.
func (r *importRun) waitForImport(limit time.Duration) {
	select {
	case <-r.done:
	case <-time.After(limit):
	}
}

// importProgress is the panel above the status bar while an import runs: a
// progress bar, the file just done, and Cancel. It does not block the
// window, so the lists stay usable during a long import.
type importProgress struct {
	bar     *widget.ProgressBar
	current *widget.Label
	cancel  *widget.Button
	content *fyne.Container
	onStop  context.CancelFunc
}

func newImportProgress() *importProgress {
	p := &importProgress{bar: widget.NewProgressBar(), current: widget.NewLabel("")}
	p.current.Truncation = fyne.TextTruncateEllipsis
	p.cancel = widget.NewButton("Cancel", p.onCancel)
	p.content = container.NewBorder(nil, nil, widget.NewLabel("Importing"), p.cancel,
		container.NewGridWithColumns(2, p.bar, p.current))
	p.content.Hide()
	return p
}

// Start shows the panel for a new import that stop cancels.
func (p *importProgress) Start(stop context.CancelFunc) {
	p.onStop = stop
	p.bar.SetValue(0)
	p.current.SetText("Collecting files…")
	p.cancel.Enable()
	p.content.Show()
}

// Set shows how far the import has come.
func (p *importProgress) Set(pr app.Progress) {
	if pr.Total > 0 {
		p.bar.SetValue(float64(pr.Done) / float64(pr.Total))
	}
	p.current.SetText(fmt.Sprintf("%d of %d: %s", pr.Done, pr.Total, fileName(pr.Current)))
}

// Stop hides the panel.
func (p *importProgress) Stop() {
	p.onStop = nil
	p.content.Hide()
}

func (p *importProgress) onCancel() {
	if p.onStop == nil {
		return
	}
	p.onStop()
	p.cancel.Disable()
	p.current.SetText("Canceling…")
}
