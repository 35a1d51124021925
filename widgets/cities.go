package widgets

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// cityColumns lines up the city rows: city (flexible), country, meetings,
// first and last date.
var cityColumns = columns{widths: []float32{0, 40, 48, 92, 92}, flex: 0, gap: 4}

// cityRow is one city in the list.
type cityRow struct {
	widget.BaseWidget
	name, country, count, first, last *widget.Label
}

func newCityRow() *cityRow {
	r := &cityRow{name: cell(), country: cell(), count: cell(), first: cell(), last: cell()}
	r.count.Alignment = fyne.TextAlignTrailing
	r.ExtendBaseWidget(r)
	return r
}

// Set shows c, a city of d.
func (r *cityRow) Set(d *app.ViewData, c app.CityStat) {
	r.name.SetText(c.Name)
	r.country.SetText(c.Country)
	r.count.SetText(strconv.Itoa(c.Count))
	first, last, ok := cityDates(d, c)
	if !ok {
		first, last = "–", "–"
	}
	r.first.SetText(first)
	r.last.SetText(last)
}

// CreateRenderer lays the cells out in cityColumns.
func (r *cityRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(cityColumns, r.name, r.country, r.count, r.first, r.last))
}

// text is the row as a user reads it, for tests.
func (r *cityRow) text() string {
	return fmt.Sprintf("%s | %s | %s | %s | %s", r.name.Text, r.country.Text, r.count.Text, r.first.Text, r.last.Text)
}

// citySorts are the city list's orders.
var citySorts = []string{"Most meetings", "Name", "Latest meeting"}

// sortCities orders the indexes of cities by the chosen sort.
func sortCities(cities []app.CityStat, by int) []int {
	idx := make([]int, len(cities))
	for i := range idx {
		idx[i] = i
	}
	less := func(a, b app.CityStat) bool { return a.Name < b.Name || (a.Name == b.Name && a.Country < b.Country) }
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := cities[idx[i]], cities[idx[j]]
		switch {
		case by == 0 && a.Count != b.Count:
			return a.Count > b.Count
		case by == 2 && a.Last != b.Last:
			return a.Last > b.Last
		}
		return less(a, b)
	})
	return idx
}

// citiesView is the Cities tab: the map beside the city list, the chosen
// city's meetings under the list.
type citiesView struct {
	load      viewLoader
	open      func(id int64, day *app.Date)
	data      *app.ViewData
	order     []int // city indexes in list order
	city      int   // the selected city, -1 for none
	filter    *viewFilter
	sortBy    *widget.Select
	cityMap   *CityMap
	list      *widget.List
	meetings  *widget.List
	cityTitle *widget.Label
	noPlace   *widget.Label
	content   fyne.CanvasObject
	loaded    func() // tests wait on it
	gen       int    // counts reloads, so that a slow older load cannot overwrite a newer one
}

func newCitiesView(load viewLoader, open func(int64, *app.Date)) *citiesView {
	v := &citiesView{load: load, open: open, data: &app.ViewData{}, city: -1, cityMap: NewCityMap(),
		cityTitle: widget.NewLabel("Select a city to list its meetings."), noPlace: widget.NewLabel("")}
	v.filter = newViewFilter(v.reload)
	v.sortBy = widget.NewSelect(citySorts, nil)
	v.sortBy.SetSelectedIndex(0)
	v.sortBy.OnChanged = func(string) { v.resort() }
	v.cityMap.OnSelectCity = v.selectCity
	v.list = widget.NewList(func() int { return len(v.order) },
		func() fyne.CanvasObject { return newCityRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*cityRow).Set(v.data, v.data.Cities[v.order[id]]) })
	v.list.OnSelected = func(id widget.ListItemID) { v.showCity(v.order[id]) }
	v.meetings = widget.NewList(func() int { return len(v.cityMeetings()) },
		func() fyne.CanvasObject { return cell() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.meetingLine(id)) })
	v.meetings.OnSelected = v.onMeeting
	v.content = v.makeLayout()
	return v
}

// makeLayout puts the map on the left, the lists on the right.
func (v *citiesView) makeLayout() fyne.CanvasObject {
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { v.cityMap.Zoom(0.5) }),
		widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { v.cityMap.Zoom(2) }),
		widget.NewButton("Fit all", v.cityMap.FitAll))
	top := container.NewBorder(nil, nil, nil, buttons, v.filter.bar(v.sortBy))
	header := container.New(cityColumns, boldCell("City"), boldCell("CC"), boldCell("Mtgs"), boldCell("First"), boldCell("Last"))
	cityPane := container.NewBorder(header, nil, nil, nil, v.list)
	meetingPane := container.NewBorder(v.cityTitle, nil, nil, nil, v.meetings)
	right := container.NewVSplit(cityPane, meetingPane)
	split := container.NewHSplit(v.cityMap, right)
	split.Offset = 0.62
	v.noPlace.Importance = widget.LowImportance
	return container.NewBorder(top, v.noPlace, nil, nil, split)
}

func boldCell(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// reload queries the meetings the filter selects.
func (v *citiesView) reload() { v.reloadWith(v.load) }

// reloadWith queries the meetings the filter selects through load; only
// the latest reload's data is shown.
func (v *citiesView) reloadWith(load viewLoader) {
	v.gen++
	gen := v.gen
	v.noPlace.SetText("Loading meetings…")
	load(v.filter.filter(), func(d *app.ViewData) {
		if gen == v.gen {
			v.set(d)
		}
	})
}

// set shows freshly loaded data.
func (v *citiesView) set(d *app.ViewData) {
	v.data, v.city = d, -1
	v.cityMap.SetData(d)
	v.noPlace.SetText(fmt.Sprintf("%s no place (calls, or no known city) and %s not shown on the map.",
		countNoun(d.NoPlace, "meeting has", "meetings have"), pronoun(d.NoPlace)))
	if len(d.Meetings) == 0 && !reflect.DeepEqual(v.filter.applied, app.ViewFilter{}) {
		v.noPlace.SetText("No meetings match the filters.")
	}
	v.cityTitle.SetText("Select a city to list its meetings.")
	v.list.UnselectAll()
	v.resort()
	v.meetings.Refresh()
	if v.loaded != nil {
		v.loaded()
	}
}

func pronoun(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// resort orders the list by the sort choice.
func (v *citiesView) resort() {
	v.order = sortCities(v.data.Cities, v.sortBy.SelectedIndex())
	v.list.UnselectAll()
	v.list.Refresh()
}

// selectCity is a tap on the map: select the city in the list too.
func (v *citiesView) selectCity(city int) {
	for i, c := range v.order {
		if c == city {
			v.list.Select(i) // calls showCity
			v.list.ScrollTo(i)
			return
		}
	}
}

// showCity lists the meetings of city.
func (v *citiesView) showCity(city int) {
	v.city = city
	v.cityMap.Select(city)
	c := v.data.Cities[city]
	v.cityTitle.SetText(fmt.Sprintf("%s, %s: %s", c.Name, c.Country, countNoun(c.Count, "meeting", "meetings")))
	v.meetings.UnselectAll()
	v.meetings.Refresh()
}

// cityMeetings are the indexes of the selected city's meetings.
func (v *citiesView) cityMeetings() []int {
	if v.city < 0 || v.city >= len(v.data.Cities) {
		return nil
	}
	return v.data.Cities[v.city].Meetings
}

// meetingLine is a row of the city's meetings: date, kind, who.
func (v *citiesView) meetingLine(id int) string {
	ms := v.cityMeetings()
	if id >= len(ms) {
		return ""
	}
	m := v.data.Meetings[ms[id]]
	return viewDate(m) + " · " + m.Status.Label() + " · " + firstNonBlank(m.Summary, "no participants")
}

// onMeeting opens the chosen meeting.
func (v *citiesView) onMeeting(id widget.ListItemID) {
	ms := v.cityMeetings()
	if id < len(ms) {
		m := v.data.Meetings[ms[id]]
		v.open(m.ID, meetingDay(m))
	}
}
