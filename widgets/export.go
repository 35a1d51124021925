package widgets

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/app/export"
)

// The export dialog's choices.
const (
	layoutWide   = "One row per meeting"
	layoutLong   = "One row per participant"
	scopeAll     = "All meetings"
	scopeConfirm = "Confirmed meetings only"
)

// onExport asks how to export, then where, then writes the CSV.
func (u *UI) onExport() {
	if u.store == nil {
		u.ShowError(errNoDatabase())
		return
	}
	layout := widget.NewRadioGroup([]string{layoutWide, layoutLong}, nil)
	layout.SetSelected(layoutWide)
	layout.Required = true // a second tap must not leave nothing chosen
	scope := widget.NewRadioGroup([]string{scopeAll, scopeConfirm}, nil)
	scope.SetSelected(scopeAll)
	scope.Required = true
	items := []*widget.FormItem{widget.NewFormItem("Layout", layout), widget.NewFormItem("Meetings", scope)}
	dialog.ShowForm("Export CSV", "Choose file…", "Cancel", items, func(ok bool) {
		if ok {
			u.chooseExportFile(exportOptions(layout.Selected, scope.Selected))
		}
	}, u.win)
}

// exportOptions turns the dialog's choices into export options.
func exportOptions(layout, scope string) export.Options {
	opts := export.Options{Layout: export.Wide}
	if layout == layoutLong {
		opts.Layout = export.Long
	}
	if scope == scopeConfirm {
		opts.Status = app.StatusConfirmed
	}
	return opts
}

// chooseExportFile asks where to save the CSV and starts writing it.
func (u *UI) chooseExportFile(opts export.Options) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if w == nil { // cancelled
			return
		}
		path := w.URI().Path()
		// The dialog has created the file; the CSV replaces it by a rename
		// so a failed export never leaves a half-written file behind.
		_ = w.Close()
		u.exportTo(path, opts)
	}, u.win)
	d.SetFileName("parley-meetings.csv")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	u.showFileDialog(d, u.databaseFolder())
}

// exportTo writes the CSV in a goroutine and reports in the status bar.
func (u *UI) exportTo(path string, opts export.Options) {
	if u.store == nil {
		u.ShowError(errNoDatabase())
		return
	}
	store := u.store
	u.exporting = true
	u.status.SetMessage("Exporting to " + fileName(path) + "…")
	go func() {
		n, err := writeCSV(store, path, opts)
		u.onUI(func() { u.onExportFinished(path, n, err) })
	}()
}

// onExportFinished reports an export in the status bar, or its error.
func (u *UI) onExportFinished(path string, n int, err error) {
	u.exporting = false
	if u.closed {
		return
	}
	if err != nil {
		u.ShowError(err)
	} else {
		msg := fmt.Sprintf("Exported %s to %s", countNoun(n, "meeting", "meetings"), fileName(path))
		u.status.SetMessage(msg)
		u.notify("Export finished", msg)
	}
	if u.afterExport != nil {
		u.afterExport(n, err)
	}
}

// writeCSV exports into a temporary file beside path, then renames it over
// path: the rename is atomic, so path holds either nothing new or the
// whole CSV.
func writeCSV(store app.Store, path string, opts export.Options) (int, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".parley-export-*.csv")
	if err != nil {
		return 0, app.WrapError(app.EUnreadable, err, "Cannot write in the folder of %s; choose another folder.", path)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	n, err := export.Meetings(context.Background(), store, tmp, opts)
	if cerr := tmp.Close(); err == nil && cerr != nil {
		err = app.WrapError(app.EDiskFull, cerr, "Cannot finish writing %s; check the free disk space.", path)
	}
	if err != nil {
		return 0, err
	}
	// CreateTemp makes the file private (0600); a CSV is for sharing, so it
	// gets the mode of the file it replaces, or an ordinary 0644.
	if err := os.Chmod(tmp.Name(), exportMode(path)); err != nil {
		return 0, app.WrapError(app.EUnreadable, err, "Cannot save %s; check that the folder is writable.", path)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return 0, app.WrapError(app.EUnreadable, err, "Cannot save %s; check that the folder is writable.", path)
	}
	return n, nil
}

// exportMode is the permission of the file at path, or 0644 when there is none.
func exportMode(path string) os.FileMode {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		return fi.Mode().Perm()
	}
	return 0o644
}
