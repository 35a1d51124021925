package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// showReport shows what happened to each file of an import in a dialog.
func (u *UI) showReport(rep app.Report) {
	summary := widget.NewLabel(rep.Summary())
	summary.TextStyle.Bold = true
	list := newReportList(rep.Results)
	d := dialog.NewCustom("Import finished", "Close", container.NewBorder(summary, nil, nil, nil, list), u.win)
	d.Resize(fyne.NewSize(960, 520))
	d.Show()
}

// newReportList lists one reportRow per file, virtualised for big imports.
func newReportList(results []app.FileResult) *widget.List {
	return widget.NewList(
		func() int { return len(results) },
		func() fyne.CanvasObject { return newReportRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*reportRow).Set(results[id]) },
	)
}

// reportRow is one file of an import report: its name and its outcome
// ("imported 2 meetings", "duplicate (already imported)", "failed: reason").
type reportRow struct {
	widget.BaseWidget
	file    *widget.Label
	outcome *widget.Label
}

func newReportRow() *reportRow {
	r := &reportRow{file: cell(), outcome: cell()}
	r.ExtendBaseWidget(r)
	return r
}

// Set shows res.
func (r *reportRow) Set(res app.FileResult) {
	r.file.SetText(fileName(res.Path))
	r.outcome.SetText(res.String())
	r.outcome.Importance = outcomeImportance(res.Status)
	r.outcome.Refresh()
}

// outcomeImportance colours failures as errors and skips as warnings.
func outcomeImportance(s app.FileStatus) widget.Importance {
	switch s {
	case app.FileFailed:
		return widget.DangerImportance
	case app.FileCanceled, app.FileDuplicate:
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

// reportColumns give the outcome, which holds the reason of a failure,
// all the width the file name does not need.
var reportColumns = columns{widths: []float32{260, 0}, flex: 1, gap: 4}

// CreateRenderer lays the file name and outcome out as two columns.
func (r *reportRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(reportColumns, r.file, r.outcome))
}

// text is the row as a user reads it, for tests.
func (r *reportRow) text() string { return r.file.Text + " | " + r.outcome.Text }
