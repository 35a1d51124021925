package widgets

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// reviewChoices are the queue's status filter options, in menu order.
var reviewChoices = []app.Status{app.StatusNew, app.StatusConfirmed, app.StatusRejected, ""}

// reviewView is the Review tab: the queue of meetings on the left, the
// open meeting's form in the centre and its article on the right. Every
// change is saved at once, off the UI goroutine.
type reviewView struct {
	u *UI

	items   []app.Meeting
	more    bool
	applied app.MeetingFilter
	open    int64 // the meeting in the form, 0 for none
	totals  app.Counts

	status   *widget.Select
	search   *commitEntry
	country  *commitEntry // ISO code of the place or a participant
	from, to *commitEntry // date range, any precision
	sort     *widget.Select
	list     *widget.List
	info     *widget.Label
	loadMore *widget.Button
	form     *meetingForm
	source   *sourcePanel
	content  fyne.CanvasObject

	lastWork chan struct{} // closed when the last background work is done

	// afterSave runs on the UI goroutine once a background change has been
	// reported; tests use it to wait without sleeping.
	afterSave func(error)
}

// newReviewView builds the Review tab of u.
func newReviewView(u *UI) *reviewView {
	r := &reviewView{u: u, source: newSourcePanel()}
	r.form = newMeetingForm(r.onSave, container.NewVBox(r.makeButtons(), r.makeUnitButtons()))
	r.form.suggestPeople = r.suggestPeople
	r.form.shortcut = r.onShortcut
	r.list = widget.NewList(
		func() int { return len(r.items) },
		func() fyne.CanvasObject { return newQueueRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*queueRow).Set(r.items[id]) },
	)
	r.list.OnSelected = r.onSelected
	r.info = widget.NewLabel("")
	r.loadMore = widget.NewButton("Load more", r.onLoadMore)
	r.loadMore.Hide()
	left := container.NewBorder(r.makeFilterBar(), container.NewBorder(nil, nil, nil, r.loadMore, r.info), nil, nil, r.list)
	right := container.NewHSplit(container.NewVScroll(r.form.pane.content), r.source.content)
	right.Offset = 0.5
	split := container.NewHSplit(left, right)
	split.Offset = 0.32
	r.content = split
	return r
}

// makeButtons is the row of review actions above the form.
func (r *reviewView) makeButtons() fyne.CanvasObject {
	return container.NewGridWithColumns(6,
		widget.NewButton("Confirm", r.Confirm), widget.NewButton("Reject", r.Reject),
		widget.NewButton("Previous", r.Previous), widget.NewButton("Next", r.Next),
		widget.NewButton("Undo", r.Undo), widget.NewButton("Redo", r.Redo))
}

// makeFilterBar is the status choice (with counts) and the search entry.
func (r *reviewView) makeFilterBar() fyne.CanvasObject {
	r.status = widget.NewSelect(r.statusLabels(), nil)
	r.status.SetSelectedIndex(0)
	r.status.OnChanged = func(string) { r.reload() }
	r.search = newCommitEntry("Search (Ctrl+F, Enter)")
	r.search.commitOnBlur = false
	r.search.onShortcut = r.onShortcut
	r.search.OnCommit = func(string) { r.reload() }
	return container.NewVBox(container.NewBorder(nil, nil, r.status, nil, r.search), r.makeMoreFilters())
}

// makeMoreFilters is the second filter row: country, date range, order.
func (r *reviewView) makeMoreFilters() fyne.CanvasObject {
	r.country, r.from, r.to = newCommitEntry("CC"), newCommitEntry("From"), newCommitEntry("To")
	for _, e := range []*commitEntry{r.country, r.from, r.to} {
		e.commitOnBlur = false
		e.onShortcut = r.onShortcut
		e.OnCommit = func(string) { r.reload() }
	}
	r.sort = widget.NewSelect([]string{"By date", "By import"}, nil)
	r.sort.SetSelectedIndex(0)
	r.sort.OnChanged = func(string) { r.reload() }
	// Two lines rather than four entries side by side: one line made the
	// queue so wide that the article beside the form was squeezed.
	countryWidth := fyne.MeasureText("MMM", theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.Padding()
	first := container.New(columns{widths: []float32{countryWidth, 0}, flex: 1, gap: theme.Padding()}, r.country, r.sort)
	return container.NewVBox(first, container.NewGridWithColumns(2, r.from, r.to))
}

// statusLabels are the filter's options with their counts.
func (r *reviewView) statusLabels() []string {
	var out []string
	for _, s := range reviewChoices {
		if s == "" {
			out = append(out, fmt.Sprintf("All (%d)", r.totals.Meetings))
			continue
		}
		out = append(out, fmt.Sprintf("%s (%d)", s.Label(), r.totals.ByStatus[s]))
	}
	return out
}

// SetTotals updates the counts beside the status choices.
func (r *reviewView) SetTotals(c app.Counts) {
	r.totals = c
	i := r.status.SelectedIndex()
	r.status.Options = r.statusLabels()
	r.status.Selected = r.status.Options[max(i, 0)]
	r.status.Refresh()
}

// filter is the query the filter bar describes, for the first page.
func (r *reviewView) filter() app.MeetingFilter {
	f := app.MeetingFilter{Search: strings.TrimSpace(r.search.Text), Sort: app.SortByDate, Limit: meetingPage + 1}
	if s := reviewChoices[max(r.status.SelectedIndex(), 0)]; s != "" {
		f.Status = &s
	}
	if r.sort.SelectedIndex() == 1 {
		f.Sort = app.SortByImport
	}
	f.Country = strings.TrimSpace(r.country.Text)
	f.From, f.To = dateBound(r.from.Text), dateBound(r.to.Text)
	return f
}

// dateBound is a typed range bound, or nil when empty or not a date
// (storage would refuse it; the queue then ignores the bound).
func dateBound(s string) *app.Date {
	d, err := app.ParseDate(s)
	if err != nil || d.IsZero() {
		return nil
	}
	return &d
}

// Load loads the first page of the queue and opens its first meeting.
func (r *reviewView) Load() error {
	f := r.filter()
	items, err := r.u.findMeetings(f)
	if err != nil {
		return err
	}
	r.applied = f
	r.items, r.more = trimPage(items)
	r.list.UnselectAll()
	r.list.Refresh()
	r.updateInfo()
	r.open = 0
	r.openIndex(0)
	return nil
}

func (r *reviewView) reload() {
	if err := r.Load(); err != nil {
		r.u.ShowError(err)
	}
}

func (r *reviewView) onLoadMore() {
	f := r.applied
	f.Offset = len(r.items)
	items, err := r.u.findMeetings(f)
	if err != nil {
		r.u.ShowError(err)
		return
	}
	page, more := trimPage(items)
	r.items, r.more = append(r.items, page...), more
	r.list.Refresh()
	r.updateInfo()
}

func (r *reviewView) updateInfo() {
	r.info.SetText("In queue: " + countNoun(len(r.items), "meeting", "meetings"))
	if r.more {
		r.info.SetText(fmt.Sprintf("In queue: the first %d meetings; more match", len(r.items)))
		r.loadMore.Show()
	} else {
		r.loadMore.Hide()
	}
}

// reviewStore is the open database as the review needs it, or nil.
func (r *reviewView) reviewStore() app.ReviewStore {
	rs, _ := r.u.store.(app.ReviewStore)
	return rs
}

// index is the position of meeting id in the queue, or -1.
func (r *reviewView) index(id int64) int {
	for i, m := range r.items {
		if m.ID == id {
			return i
		}
	}
	return -1
}
