package widgets

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// personColumns lines up a person row: name (flexible), meeting count.
var personColumns = columns{widths: []float32{0, 56}, flex: 0, gap: 4}

// personRow is one person in a people list.
type personRow struct {
	widget.BaseWidget
	name, count *widget.Label
}

func newPersonRow() *personRow {
	r := &personRow{name: cell(), count: cell()}
	r.count.Alignment = fyne.TextAlignTrailing
	r.ExtendBaseWidget(r)
	return r
}

// Set shows p.
func (r *personRow) Set(p app.Person) {
	r.name.SetText(p.Name)
	r.count.SetText(strconv.Itoa(p.Meetings))
}

// CreateRenderer lays the cells out in personColumns.
func (r *personRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(personColumns, r.name, r.count))
}

// text is the row as a user reads it, for tests.
func (r *personRow) text() string { return r.name.Text + " | " + r.count.Text }

// personPicker is a searchable, virtualised list of people: the People
// tab's list, and the list in the Merge with… dialog. Each search runs in
// the background; a slower earlier answer never replaces a later one.
type personPicker struct {
	v       *peopleView
	search  *widget.Entry
	list    *widget.List
	items   []app.Person
	filter  func() app.PersonFilter
	exclude int64 // a person left out of the list (the one merged into), 0 for none
	gen     int
	loaded  func() // runs after each load (selection, counts)
}

func newPersonPicker(v *peopleView, placeholder string) *personPicker {
	p := &personPicker{v: v, search: widget.NewEntry(), loaded: func() {}}
	p.filter = func() app.PersonFilter { return app.PersonFilter{Search: p.search.Text} }
	p.search.SetPlaceHolder(placeholder)
	p.search.OnChanged = func(string) { p.reload() }
	p.list = widget.NewList(func() int { return len(p.items) },
		func() fyne.CanvasObject { return newPersonRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*personRow).Set(p.items[id]) })
	return p
}

// reload queries the people the search selects.
func (p *personPicker) reload() {
	p.gen++
	gen, f := p.gen, p.filter()
	var list []app.Person
	p.v.background(func(ps app.PeopleStore) (err error) {
		list, err = ps.People(context.Background(), f)
		return err
	}, func(err error) {
		if err != nil || gen != p.gen {
			return
		}
		p.items = p.items[:0]
		for _, x := range list {
			if x.ID != p.exclude {
				p.items = append(p.items, x)
			}
		}
		p.list.UnselectAll()
		p.list.Refresh()
		p.loaded()
	})
}

// index is the position of person id in the list, or -1.
func (p *personPicker) index(id int64) int {
	for i, x := range p.items {
		if x.ID == id {
			return i
		}
	}
	return -1
}

// peopleSorts are the People list's orders, as app.PersonSort values.
var peopleSorts = []struct {
	label string
	sort  app.PersonSort
}{{"By name", app.PersonsByName}, {"Most meetings", app.PersonsByMeetings}}

// peopleView is the People tab: every person with a meeting count on the
// left; the chosen person's names, titles over time and meetings on the
// right, with Rename…, Merge with… and Split alias off.
type peopleView struct {
	widget.BaseWidget
	u        *UI
	picker   *personPicker
	sortBy   *widget.Select
	info     *widget.Label
	detail   *personDetail
	shown    int64 // the person in the detail panel, 0 for none
	body     fyne.CanvasObject
	lastWork chan struct{} // closes when the last background job ends
	pending  int           // background jobs not yet reported
	// afterWork runs on the UI goroutine after each background job; tests
	// use it to wait without sleeping.
	afterWork func(error)
}

// newPeopleTab builds the People tab for u.
func newPeopleTab(u *UI) *container.TabItem {
	return container.NewTabItem("People", newPeopleView(u))
}

func newPeopleView(u *UI) *peopleView {
	v := &peopleView{u: u, info: widget.NewLabel("")}
	v.picker = newPersonPicker(v, "Search names (any spelling)")
	v.picker.filter = v.filter
	v.picker.loaded = v.onLoaded
	v.picker.list.OnSelected = func(i widget.ListItemID) { v.showPerson(v.picker.items[i].ID) }
	labels := make([]string, len(peopleSorts))
	for i, s := range peopleSorts {
		labels[i] = s.label
	}
	v.sortBy = widget.NewSelect(labels, func(string) { v.picker.reload() })
	v.sortBy.PlaceHolder = peopleSorts[1].label // a Select is as wide as its placeholder: the longest label
	v.sortBy.SetSelectedIndex(0)
	v.detail = newPersonDetail(v)
	v.body = v.makeLayout()
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the list and the detail panel.
func (v *peopleView) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(v.body) }

// Show shows the tab and, when it was hidden, reloads the list: AppTabs
// hides the tabs behind and shows the chosen one, so the list then shows
// what other tabs and imports changed meanwhile.
func (v *peopleView) Show() {
	was := v.Visible()
	v.BaseWidget.Show()
	if !was {
		v.picker.reload()
	}
}

// makeLayout puts the list on the left and the person on the right.
func (v *peopleView) makeLayout() fyne.CanvasObject {
	top := container.NewBorder(nil, nil, nil, v.sortBy, v.picker.search)
	left := container.NewBorder(top, v.info, nil, nil, v.picker.list)
	split := container.NewHSplit(left, v.detail.content)
	split.Offset = 0.35
	return split
}

// filter is what the search box and the sort choice select.
func (v *peopleView) filter() app.PersonFilter {
	f := app.PersonFilter{Search: v.picker.search.Text}
	if i := v.sortBy.SelectedIndex(); i >= 0 {
		f.Sort = peopleSorts[i].sort
	}
	return f
}

// onLoaded selects the person shown before the reload again, or clears
// the detail panel when they are gone (merged away).
func (v *peopleView) onLoaded() {
	v.info.SetText(countNoun(len(v.picker.items), "person", "people"))
	if v.shown == 0 {
		return
	}
	if i := v.picker.index(v.shown); i >= 0 {
		v.picker.list.Select(i) // calls showPerson
		v.picker.list.ScrollTo(i)
		return
	}
	v.showPerson(v.shown) // a person the search hides still shows; a deleted one clears
}

// showPerson reads person id with their meetings and shows them.
func (v *peopleView) showPerson(id int64) {
	var p app.Person
	var ms []app.Meeting
	v.background(func(ps app.PeopleStore) (err error) {
		ctx := context.Background()
		if p, err = ps.Person(ctx, id); err != nil {
			return err
		}
		ms, err = ps.PersonMeetings(ctx, id)
		return err
	}, func(err error) {
		if app.ErrorCode(err) == app.ENotFound || err != nil {
			v.shown = 0
			v.detail.Clear()
			return
		}
		v.shown = id
		v.detail.Set(p, ms)
	})
}

// peopleStore is the open store as a PeopleStore, nil when none is open.
func (v *peopleView) peopleStore() app.PeopleStore {
	ps, _ := v.u.store.(app.PeopleStore)
	return ps
}

// background runs work off the UI goroutine, after the jobs started
// before it (a merge must not overtake the rename made just before), and
// then done on the UI goroutine. Errors other than ENotFound are shown.
func (v *peopleView) background(work func(app.PeopleStore) error, done func(error)) {
	ps := v.peopleStore()
	if ps == nil {
		return // no database open: nothing to list
	}
	prev, finished := v.lastWork, make(chan struct{})
	v.lastWork = finished
	v.pending++
	go func() {
		if prev != nil {
			<-prev
		}
		err := work(ps)
		close(finished)
		v.u.onUI(func() {
			v.pending--
			if err != nil && app.ErrorCode(err) != app.ENotFound {
				v.u.ShowError(err)
			}
			done(err)
			if v.afterWork != nil {
				v.afterWork(err)
			}
		})
	}()
}

// personSummary is the line under a person's name: "4 meetings · 3 names".
func personSummary(p app.Person) string {
	return fmt.Sprintf("%s · %s", countNoun(p.Meetings, "meeting", "meetings"), countNoun(len(p.Aliases), "name", "names"))
}
