package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app"
)

func TestSortCities(t *testing.T) {
	cities := []app.CityStat{
		{Name: "Tehran", Count: 3, Last: 10},
		{Name: "Isfahan", Count: 1, Last: 30},
		{Name: "Seoul", Count: 2, Last: 20},
	}
	tests := []struct {
		name string
		by   int
		want []int
	}{
		{"count", 0, []int{0, 2, 1}},
		{"name", 1, []int{1, 2, 0}},
		{"last date", 2, []int{1, 2, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sortCities(cities, tt.by)
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("sortCities(%d) = %v, want %v", tt.by, got, tt.want)
				}
			}
		})
	}
}

// newTestCitiesView shows the timeline fixture in a Cities tab; filters
// records the filter of every load.
func newTestCitiesView(t *testing.T) (v *citiesView, opened *[]int64, filters *[]app.ViewFilter) {
	t.Helper()
	test.NewTempApp(t)
	opened, filters = new([]int64), new([]app.ViewFilter)
	load := func(f app.ViewFilter, done func(*app.ViewData)) {
		*filters = append(*filters, f)
		done(timelineFixture(t))
	}
	v = newCitiesView(load, func(id int64, _ *app.Date) { *opened = append(*opened, id) })
	w := test.NewTempWindow(t, v.content)
	w.Resize(fyne.NewSize(1000, 600))
	v.reload()
	return v, opened, filters
}

// cityRows are the texts of the city rows on screen.
func cityRows(v *citiesView) []string {
	var rows []string
	visible(v.list, func(o fyne.CanvasObject) {
		if r, ok := o.(*cityRow); ok {
			rows = append(rows, r.text())
		}
	})
	return rows
}

func TestCitiesView_listAndSelect(t *testing.T) {
	v, opened, _ := newTestCitiesView(t)
	want := []string{
		"Tehran | IR | 3 | 2024 | 2025-09-30",
		"Isfahan | IR | 1 | 2025-09-23 | 2025-09-23",
		"Seoul | KR | 1 | 2025-04 | 2025-04",
	}
	if got := cityRows(v); !equalStrings(got, want) {
		t.Errorf("city rows = %q, want %q", got, want)
	}
	if got := v.noPlace.Text; got != "2 meetings have no place (calls, or no known city) and are not shown on the map." {
		t.Errorf("no-place label = %q", got)
	}
	v.list.Select(2)
	if v.cityTitle.Text != "Seoul, KR: 1 meeting" || len(v.cityMeetings()) != 1 {
		t.Errorf("after selecting Seoul: %q, %d meetings", v.cityTitle.Text, len(v.cityMeetings()))
	}
	if v.cityMap.selected != v.order[2] {
		t.Errorf("the map did not highlight Seoul")
	}
	v.meetings.Select(0)
	if len(*opened) != 1 || (*opened)[0] != 5 {
		t.Errorf("opened %v, want meeting 5 (Seoul's in-person one; the video call has no place)", *opened)
	}
}

func TestCitiesView_mapTapSelectsInList(t *testing.T) {
	v, _, _ := newTestCitiesView(t)
	for _, d := range v.cityMap.dots {
		if v.data.Cities[d.City].Name == "Isfahan" {
			test.TapAt(v.cityMap, fyne.NewPos(d.X, d.Y))
		}
	}
	if v.cityTitle.Text != "Isfahan, IR: 1 meeting" {
		t.Errorf("after tapping Isfahan: %q", v.cityTitle.Text)
	}
}

func TestCitiesView_sortAndFilter(t *testing.T) {
	v, _, filters := newTestCitiesView(t)
	v.sortBy.SetSelectedIndex(1)
	if got := cityRows(v); len(got) != 3 || got[0][:7] != "Isfahan" {
		t.Errorf("sorted by name: %q", got)
	}
	v.filter.status.SetSelected("Confirmed")
	test.Type(v.filter.search, "Kim")
	v.filter.search.OnSubmitted("Kim")
	last := (*filters)[len(*filters)-1]
	if last.Status == nil || *last.Status != app.StatusConfirmed || last.Search != "Kim" {
		t.Errorf("last load's filter = %+v, want confirmed and search Kim", last)
	}
}

func TestCityRow_markup(t *testing.T) {
	test.NewTempApp(t)
	r := newCityRow()
	d := timelineFixture(t)
	r.Set(d, d.Cities[0])
	r.Resize(fyne.NewSize(420, r.MinSize().Height))
	test.AssertObjectRendersToMarkup(t, "cities_row.xml", r)
}
