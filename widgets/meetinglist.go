package widgets

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// meetingPage is how many meetings the list loads at a time: enough to
// scroll through, few enough to load instantly from 100,000.
const meetingPage = 500

// meetingColumns lines up the meeting rows and their header: date, kind,
// participants (flexible), place, status, confidence.
var meetingColumns = columns{widths: []float32{92, 88, 0, 150, 104, 48}, flex: 2, gap: 4}

// meetingRow is one meeting in the list.
type meetingRow struct {
	widget.BaseWidget
	date, kind, participants, place, status, confidence *widget.Label
}

func newMeetingRow() *meetingRow {
	r := &meetingRow{date: cell(), kind: cell(), participants: cell(), place: cell(), status: cell(), confidence: cell()}
	r.confidence.Alignment = fyne.TextAlignTrailing
	r.ExtendBaseWidget(r)
	return r
}

// cell is a one-line label that ends in "…" when its column is too narrow.
func cell() *widget.Label {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// labels are the row's cells in column order.
func (r *meetingRow) labels() []*widget.Label {
	return []*widget.Label{r.date, r.kind, r.participants, r.place, r.status, r.confidence}
}

// Set shows m.
func (r *meetingRow) Set(m app.Meeting) {
	r.date.SetText(formatDate(m.Date))
	r.kind.SetText(m.Kind.Label())
	r.participants.SetText(formatParticipants(m.Participants))
	r.place.SetText(formatPlace(m.Place))
	r.status.SetText(m.Status.Label())
	r.confidence.Importance = widget.MediumImportance
	if m.Confidence < lowConfidence {
		r.confidence.Importance = widget.WarningImportance
	}
	r.confidence.SetText(formatConfidence(m.Confidence))
}

// CreateRenderer lays the cells out in meetingColumns.
func (r *meetingRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(meetingColumns,
		r.date, r.kind, r.participants, r.place, r.status, r.confidence))
}

// text is the row as a user reads it, for tests.
func (r *meetingRow) text() string {
	var cells []string
	for _, l := range r.labels() {
		cells = append(cells, l.Text)
	}
	return strings.Join(cells, " | ")
}

// statusChoices are the filter's options, in menu order.
var statusChoices = []struct {
	label  string
	status app.Status // "" for all
}{
	{"All", ""},
	{"Needs review", app.StatusNew},
	{"Confirmed", app.StatusConfirmed},
	{"Rejected", app.StatusRejected},
}

// meetingList is the Meetings tab: a filter bar, the virtualised list
// loaded a page at a time, and the selected meeting's details beside it.
type meetingList struct {
	find    func(app.MeetingFilter) ([]app.Meeting, error)
	onError func(error)

	items   []app.Meeting
	more    bool              // another page matches
	applied app.MeetingFilter // the query the items answer (the entry may have changed since)
	totals  app.Counts

	status   *widget.Select
	search   *widget.Entry
	list     *widget.List
	info     *widget.Label
	loadMore *widget.Button
	details  *meetingDetails
	content  fyne.CanvasObject
}

// newMeetingList lists what find returns for the filter bar's query;
// onError shows a failure.
func newMeetingList(find func(app.MeetingFilter) ([]app.Meeting, error), onError func(error)) *meetingList {
	l := &meetingList{find: find, onError: onError, details: newMeetingDetails()}
	l.list = widget.NewList(
		func() int { return len(l.items) },
		func() fyne.CanvasObject { return newMeetingRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*meetingRow).Set(l.items[id]) },
	)
	l.list.OnSelected = l.onSelected
	l.info = widget.NewLabel("")
	l.loadMore = widget.NewButton("Load more", l.onLoadMore)
	l.loadMore.Hide()
	top := container.NewVBox(l.makeFilterBar(), meetingHeader())
	bottom := container.NewBorder(nil, nil, nil, l.loadMore, l.info)
	left := container.NewBorder(top, bottom, nil, nil, l.list)
	split := container.NewHSplit(left, l.details.content)
	split.Offset = 0.66
	l.content = split
	return l
}

// makeFilterBar is the status choice and the search entry.
func (l *meetingList) makeFilterBar() fyne.CanvasObject {
	var labels []string
	for _, c := range statusChoices {
		labels = append(labels, c.label)
	}
	l.status = widget.NewSelect(labels, nil)
	l.status.SetSelectedIndex(0)
	l.status.OnChanged = func(string) { l.reload() } // set after the initial choice, which needs no load
	l.search = widget.NewEntry()
	l.search.SetPlaceHolder("Search articles, names and places (Enter)")
	l.search.OnSubmitted = func(string) { l.reload() }
	l.search.OnChanged = func(s string) {
		if s == "" { // clearing the search shows everything again at once
			l.reload()
		}
	}
	return container.NewBorder(nil, nil, l.status, nil, l.search)
}

// meetingHeader names the columns above the rows.
func meetingHeader() fyne.CanvasObject {
	var cells []fyne.CanvasObject
	for _, name := range []string{"Date", "Kind", "Participants", "Place", "Status", "Conf."} {
		h := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		cells = append(cells, h)
	}
	return container.New(meetingColumns, cells...)
}

// filter is the query the filter bar describes, for the first page.
func (l *meetingList) filter() app.MeetingFilter {
	f := app.MeetingFilter{Search: strings.TrimSpace(l.search.Text), Sort: app.SortByDate, Limit: meetingPage + 1}
	if i := l.status.SelectedIndex(); i > 0 {
		s := statusChoices[i].status
		f.Status = &s
	}
	return f
}

// SetTotals keeps the counts used to say how many meetings are not shown.
func (l *meetingList) SetTotals(c app.Counts) { l.totals = c }

// Reset forgets the loaded meetings (another database was opened).
func (l *meetingList) Reset() {
	l.items, l.more = nil, false
	l.list.UnselectAll()
	l.details.Clear()
	l.list.Refresh()
}

// Load loads the first page of meetings the filter selects.
func (l *meetingList) Load() error {
	f := l.filter()
	items, err := l.find(f)
	if err != nil {
		return err
	}
	l.applied = f
	l.items, l.more = trimPage(items)
	l.list.UnselectAll()
	l.details.Clear()
	l.list.ScrollToTop()
	l.list.Refresh()
	l.updateInfo()
	return nil
}

// reload loads again after a filter change, reporting errors itself.
func (l *meetingList) reload() {
	if err := l.Load(); err != nil {
		l.onError(err)
	}
}

// onLoadMore appends the next page.
func (l *meetingList) onLoadMore() {
	f := l.applied
	f.Offset = len(l.items)
	items, err := l.find(f)
	if err != nil {
		l.onError(err)
		return
	}
	page, more := trimPage(items)
	l.items, l.more = append(l.items, page...), more
	l.list.Refresh()
	l.updateInfo()
}

// trimPage drops the extra item fetched to learn whether more match.
func trimPage(items []app.Meeting) ([]app.Meeting, bool) {
	if len(items) > meetingPage {
		return items[:meetingPage], true
	}
	return items, false
}

// updateInfo says how many meetings are shown and how many more there are.
func (l *meetingList) updateInfo() {
	l.info.SetText(l.infoText())
	if l.more {
		l.loadMore.Show()
	} else {
		l.loadMore.Hide()
	}
}

// infoText is the line under the list, e.g. "Showing 500 of 1201 meetings (701 more)".
func (l *meetingList) infoText() string {
	shown := countNoun(len(l.items), "meeting", "meetings")
	if !l.more {
		return "Showing " + shown
	}
	if total, ok := l.total(); ok {
		return fmt.Sprintf("Showing %d of %d meetings (%d more)", len(l.items), total, total-len(l.items))
	}
	return fmt.Sprintf("Showing the first %s; more match", shown)
}

// total is how many meetings the filter selects, when the counts know it
// (they do not for a text search).
func (l *meetingList) total() (int, bool) {
	if l.applied.Search != "" {
		return 0, false
	}
	if l.applied.Status != nil {
		return l.totals.ByStatus[*l.applied.Status], true
	}
	return l.totals.Meetings, true
}

// onSelected shows the meeting in the details panel.
func (l *meetingList) onSelected(id widget.ListItemID) {
	if id >= 0 && id < len(l.items) {
		l.details.Set(l.items[id])
	}
}
