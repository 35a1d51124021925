package widgets

import (
	"context"
	"errors"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// views holds the Timeline and Cities tabs, which load the compact
// app.ViewData off the UI goroutine and open a meeting in the Meetings tab.
type views struct {
	u        *UI
	timeline *timelineView
	cities   *citiesView
}

// newViews builds both tabs for u.
func newViews(u *UI) *views {
	v := &views{u: u}
	v.timeline = newTimelineView(v.load, v.showMeeting)
	v.cities = newCitiesView(v.load, v.showMeeting)
	return v
}

// tabs are the tab items to add beside Meetings and Articles.
func (v *views) tabs() []*container.TabItem {
	return []*container.TabItem{
		container.NewTabItem("Timeline", v.timeline.content),
		container.NewTabItem("Cities", v.cities.content),
	}
}

// Reload reloads both views (after opening a database or an import).
// When both show the same filter, as they do until a user changes one,
// the meetings are read once for both.
func (v *views) Reload() {
	if !reflect.DeepEqual(v.timeline.filter.filter(), v.cities.filter.filter()) {
		v.timeline.reload()
		v.cities.reload()
		return
	}
	shared := v.sharedLoad()
	v.timeline.reloadWith(shared)
	v.cities.reloadWith(shared)
}

// sharedLoad is a viewLoader that starts one load for the first caller and
// hands its data to every caller.
func (v *views) sharedLoad() viewLoader {
	var (
		mu      sync.Mutex
		waiting []func(*app.ViewData)
	)
	return func(f app.MeetingFilter, done func(*app.ViewData)) {
		mu.Lock()
		waiting = append(waiting, done)
		first := len(waiting) == 1
		mu.Unlock()
		if !first {
			return
		}
		v.load(f, func(d *app.ViewData) {
			mu.Lock()
			all := waiting
			mu.Unlock()
			for _, w := range all {
				w(d)
			}
		})
	}
}

// load runs the query in a goroutine and hands the data to done on the UI
// goroutine; failures go to ShowError.
func (v *views) load(f app.MeetingFilter, done func(*app.ViewData)) {
	s := v.u.store
	if s == nil {
		done(&app.ViewData{})
		return
	}
	onUI := v.u.do // read here: the field belongs to the UI goroutine
	go func() {
		d, err := app.LoadViewData(context.Background(), s, f)
		// Streaming full meetings (sources, evidence) leaves far more
		// garbage than the compact data kept; give it back to the system
		// so the views cost what they hold (12 MB for 100,000 meetings).
		debug.FreeOSMemory()
		onUI(func() {
			if err != nil {
				v.u.ShowError(err)
				return
			}
			done(&d)
		})
	}()
}

// errFound stops the walk in showMeeting once the meeting turned up.
var errFound = errors.New("found")

// showMeeting opens meeting id in the Meetings tab: selected in the list
// when it is loaded there, else shown in the details panel.
func (v *views) showMeeting(id int64, day *app.Date) {
	u := v.u
	u.tabs.SelectIndex(0)
	for i, m := range u.meetings.items {
		if m.ID == id {
			u.meetings.list.Select(i)
			u.meetings.list.ScrollTo(i)
			return
		}
	}
	found, err := v.findMeeting(id, day)
	if err != nil {
		u.ShowError(err)
		return
	}
	if found != nil {
		u.meetings.list.UnselectAll()
		u.meetings.details.Set(*found)
	}
}

// findMeeting reads meeting id from the store, looking first among the
// meetings of its date (a short walk), then among all; nil if it is gone.
func (v *views) findMeeting(id int64, day *app.Date) (*app.Meeting, error) {
	s := v.u.store
	if s == nil {
		return nil, nil
	}
	filters := []app.MeetingFilter{{}}
	if day != nil {
		filters = []app.MeetingFilter{{From: day, To: day}, {}}
	}
	for _, f := range filters {
		var found *app.Meeting
		err := s.EachMeeting(context.Background(), f, func(m app.Meeting) error {
			if m.ID == id {
				found = &m
				return errFound
			}
			return nil
		})
		if err != nil && !errors.Is(err, errFound) {
			return nil, err
		}
		if found != nil {
			return found, nil
		}
	}
	return nil, nil
}

// viewFilter is the status choice and search entry both views share with
// the meetings list.
type viewFilter struct {
	status *widget.Select
	search *widget.Entry
}

// newViewFilter calls changed when the user changes the filter.
func newViewFilter(changed func()) *viewFilter {
	var labels []string
	for _, c := range statusChoices {
		labels = append(labels, c.label)
	}
	f := &viewFilter{status: widget.NewSelect(labels, nil), search: widget.NewEntry()}
	f.status.SetSelectedIndex(0)
	f.status.OnChanged = func(string) { changed() }
	f.search.SetPlaceHolder("Search (Enter)")
	f.search.OnSubmitted = func(string) { changed() }
	return f
}

// filter is the query the controls describe.
func (f *viewFilter) filter() app.MeetingFilter {
	q := app.MeetingFilter{Search: strings.TrimSpace(f.search.Text)}
	if i := f.status.SelectedIndex(); i > 0 {
		s := statusChoices[i].status
		q.Status = &s
	}
	return q
}

// bar lays the controls out, the search taking the free width.
func (f *viewFilter) bar(extra ...fyne.CanvasObject) fyne.CanvasObject {
	left := container.NewHBox(append([]fyne.CanvasObject{f.status}, extra...)...)
	return container.NewBorder(nil, nil, left, nil, f.search)
}

// meetingDay is the filter date that finds meeting m again, nil if undated.
func meetingDay(m app.ViewMeeting) *app.Date {
	if !m.Dated() {
		return nil
	}
	t := app.DayTime(m.Start)
	d := app.Date{Year: t.Year()}
	switch m.Precision {
	case app.PrecisionMonth:
		d.Month = int(t.Month())
	case app.PrecisionDay:
		d = app.DayDate(t)
	}
	return &d
}
