package widgets

import (
	"context"
	"errors"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// views holds the Timeline and Cities tabs, which load the compact
// app.ViewData off the UI goroutine and open a meeting in the Meetings tab.
// They load when one of their tabs is shown: reading 100,000 meetings
// costs about a second of work and 20 MB that opening a database or
// importing should not pay while no one looks at them.
type views struct {
	u        *UI
	timeline *timelineView
	cities   *citiesView
	items    []*container.TabItem // Timeline's and Cities' tabs, once made
	stale    bool                 // the database changed since the views last loaded
}

// newViews builds both tabs for u.
func newViews(u *UI) *views {
	v := &views{u: u, stale: true}
	v.timeline = newTimelineView(v.load, v.showMeeting)
	v.cities = newCitiesView(v.load, v.showMeeting)
	return v
}

// tabs are the tab items to add beside Meetings and Articles; u.tabs must
// exist, since showing one of them loads the views.
func (v *views) tabs() []*container.TabItem {
	v.items = []*container.TabItem{
		container.NewTabItem("Timeline", v.timeline.content),
		container.NewTabItem("Cities", v.cities.content),
	}
	prev := v.u.tabs.OnSelected
	v.u.tabs.OnSelected = func(t *container.TabItem) {
		if prev != nil {
			prev(t)
		}
		if v.shown() && v.stale {
			v.loadBoth()
		}
	}
	return v.items
}

// shown reports whether the Timeline or the Cities tab is selected.
func (v *views) shown() bool {
	if v.u.tabs == nil {
		return false
	}
	sel := v.u.tabs.Selected()
	return sel != nil && slices.Contains(v.items, sel)
}

// Reload reloads both views after the database changed (opened, imported
// into): now if one of them is shown, else when one is.
func (v *views) Reload() {
	v.stale = true
	if v.shown() {
		v.loadBoth()
	}
}

// loadBoth loads both views. When both show the same filter, as they do
// until a user changes one, the meetings are read once for both.
func (v *views) loadBoth() {
	v.stale = false
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
	return func(f app.ViewFilter, done func(*app.ViewData)) {
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
func (v *views) load(f app.ViewFilter, done func(*app.ViewData)) {
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

// meetingGetter is a store that reads one meeting by id, as storage.Store
// does: one lookup instead of a walk over 100,000 meetings.
type meetingGetter interface {
	Meeting(ctx context.Context, id int64) (app.Meeting, error)
}

// findMeeting reads meeting id from the store: by id when it can, else
// looking first among the meetings of its date (a short walk), then among
// all; nil if it is gone.
func (v *views) findMeeting(id int64, day *app.Date) (*app.Meeting, error) {
	s := v.u.store
	if s == nil {
		return nil, nil
	}
	if g, ok := s.(meetingGetter); ok {
		m, err := g.Meeting(context.Background(), id)
		if app.ErrorCode(err) == app.ENotFound {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		return &m, nil
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

// viewFilter is the filter bar each view has: the status choice and search
// of the meetings list, and the review queue's country and date range, plus
// a person. Entries apply on Enter and on leaving them.
type viewFilter struct {
	status                    *widget.Select
	search                    *widget.Entry
	country, from, to, person *commitEntry
	applied                   app.ViewFilter
	changed                   func()
}

// newViewFilter calls changed when the user changes the filter.
func newViewFilter(changed func()) *viewFilter {
	var labels []string
	for _, c := range statusChoices {
		labels = append(labels, c.label)
	}
	f := &viewFilter{status: widget.NewSelect(labels, nil), search: widget.NewEntry(), changed: changed}
	f.status.SetSelectedIndex(0)
	f.status.OnChanged = func(string) { f.commit() }
	f.search.SetPlaceHolder("Search (Enter)")
	f.search.OnSubmitted = func(string) { f.commit() }
	f.country, f.from, f.to = newCommitEntry("Country (IR)"), newCommitEntry("From (2024-09)"), newCommitEntry("To")
	f.person = newCommitEntry("Person")
	f.country.Validator = func(s string) error {
		return check(countryBound(s) != "" || strings.TrimSpace(s) == "", "a country is two letters, like IR")
	}
	for _, e := range []*commitEntry{f.from, f.to} {
		e.Validator = func(s string) error {
			return check(dateBound(s) != nil || strings.TrimSpace(s) == "", "a date is 2025, 2025-09 or 2025-09-23")
		}
	}
	for _, e := range []*commitEntry{f.country, f.from, f.to, f.person} {
		e.OnCommit = func(string) { f.commit() }
	}
	f.applied = f.filter()
	return f
}

// check is nil when ok, else an error saying what is expected.
func check(ok bool, expected string) error {
	if ok {
		return nil
	}
	return errors.New(expected)
}

// commit calls changed when the filter differs from the one applied, so
// leaving an entry unchanged does not reload 100,000 meetings.
func (f *viewFilter) commit() {
	q := f.filter()
	if reflect.DeepEqual(q, f.applied) {
		return
	}
	f.applied = q
	f.changed()
}

// filter is the query the controls describe. A country or date the
// entry marks as invalid is left out, as the review queue does.
func (f *viewFilter) filter() app.ViewFilter {
	q := app.MeetingFilter{Search: strings.TrimSpace(f.search.Text), Country: countryBound(f.country.Text)}
	if i := f.status.SelectedIndex(); i > 0 {
		s := statusChoices[i].status
		q.Status = &s
	}
	q.From, q.To = dateBound(f.from.Text), dateBound(f.to.Text)
	return app.ViewFilter{MeetingFilter: q, Person: strings.TrimSpace(f.person.Text)}
}

// countryBound is a typed country code in upper case, "" when empty or
// not two letters.
func countryBound(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return ""
	}
	return s
}

// bar lays the controls out in two rows: status, extra and search (taking
// the free width), then country, dates and person.
func (f *viewFilter) bar(extra ...fyne.CanvasObject) fyne.CanvasObject {
	left := container.NewHBox(append([]fyne.CanvasObject{f.status}, extra...)...)
	return container.NewVBox(container.NewBorder(nil, nil, left, nil, f.search),
		container.NewGridWithColumns(4, f.country, f.from, f.to, f.person))
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
