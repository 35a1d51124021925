package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// queueColumns line up the queue's rows: date, participants (flexible),
// city, confidence mark.
var queueColumns = columns{widths: []float32{92, 0, 110, 44}, flex: 1, gap: 4}

// queueRow is one meeting in the review queue.
type queueRow struct {
	widget.BaseWidget
	date, participants, city, mark *widget.Label
}

func newQueueRow() *queueRow {
	r := &queueRow{date: cell(), participants: cell(), city: cell(), mark: cell()}
	r.mark.Alignment = fyne.TextAlignTrailing
	r.ExtendBaseWidget(r)
	return r
}

// Set shows m; a low confidence is marked in the warning colour.
func (r *queueRow) Set(m app.Meeting) {
	r.date.SetText(formatDate(m.Date))
	r.participants.SetText(formatParticipants(m.Participants))
	r.city.SetText(m.Place.City)
	r.mark.Importance = widget.MediumImportance
	if m.Confidence < lowConfidence {
		r.mark.Importance = widget.WarningImportance
	}
	r.mark.SetText(formatConfidence(m.Confidence))
}

// CreateRenderer lays the cells out in queueColumns.
func (r *queueRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(queueColumns, r.date, r.participants, r.city, r.mark))
}

// text is the row as a user reads it, for tests.
func (r *queueRow) text() string {
	return strings.Join([]string{r.date.Text, r.participants.Text, r.city.Text, r.mark.Text}, " | ")
}
