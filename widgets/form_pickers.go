package widgets

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/app/geo"
)

// pickerSize is the size of the country chooser's pop-up.
var pickerSize = fyne.NewSize(360, 420)

// showDatePicker pops a calendar up under anchor, opened on the month of
// current (today when current has no month); picking a day hands it to pick
// as a day-precision date and closes the pop-up.
func showDatePicker(anchor fyne.CanvasObject, current app.Date, pick func(app.Date)) *widget.PopUp {
	c := fyne.CurrentApp().Driver().CanvasForObject(anchor)
	if c == nil {
		return nil
	}
	start := time.Now()
	if current.Year > 0 && current.Month > 0 {
		start = time.Date(current.Year, time.Month(current.Month), max(current.Day, 1), 12, 0, 0, 0, time.UTC)
	}
	var pop *widget.PopUp
	cal := widget.NewCalendar(start, func(t time.Time) {
		pop.Hide()
		pick(app.DayDate(t))
	})
	pop = widget.NewPopUp(cal, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(0, anchor.Size().Height)))
	return pop
}

// countryLabel is how the chooser lists a country: "KR  South Korea".
func countryLabel(c geo.Country) string { return fmt.Sprintf("%s  %s", c.Code, c.Name) }

// countryChooser is a searchable list of the gazetteer's countries.
type countryChooser struct {
	search  *widget.Entry
	list    *widget.List
	shown   []geo.Country
	content fyne.CanvasObject
}

// newCountryChooser lists every country; pick receives the chosen code.
func newCountryChooser(pick func(code string), cancel func()) *countryChooser {
	ch := &countryChooser{search: widget.NewEntry()}
	ch.search.SetPlaceHolder("Search countries: name, code or demonym")
	ch.list = widget.NewList(func() int { return len(ch.shown) },
		func() fyne.CanvasObject { return widget.NewLabel("XX  A country name of some length") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(countryLabel(ch.shown[i])) })
	ch.list.OnSelected = func(i widget.ListItemID) { pick(ch.shown[i].Code) }
	ch.search.OnChanged = ch.filter
	ch.search.OnSubmitted = func(string) { // Enter takes the first match
		if len(ch.shown) > 0 {
			pick(ch.shown[0].Code)
		}
	}
	ch.filter("")
	ch.content = container.NewBorder(ch.search, widget.NewButton("Cancel", cancel), nil, nil, ch.list)
	return ch
}

// filter lists the countries whose code, names or demonyms contain q.
func (ch *countryChooser) filter(q string) {
	q = geo.Fold(strings.TrimSpace(q))
	ch.shown = ch.shown[:0]
	for _, c := range geo.Default().Countries() {
		if q == "" || countryMatches(c, q) {
			ch.shown = append(ch.shown, c)
		}
	}
	ch.list.UnselectAll()
	ch.list.Refresh()
}

// countryMatches reports whether folded query q is in any of c's names.
func countryMatches(c geo.Country, q string) bool {
	if geo.Fold(c.Code) == q || geo.Fold(c.Code3) == q {
		return true
	}
	names := append([]string{c.Name, c.Official}, c.AltNames...)
	for _, n := range append(names, c.Demonyms...) {
		if strings.Contains(geo.Fold(n), q) {
			return true
		}
	}
	return false
}

// showCountryChooser opens the chooser in a modal pop-up over anchor's
// window; the search field has the focus.
func showCountryChooser(anchor fyne.CanvasObject, pick func(code string)) *countryChooser {
	c := fyne.CurrentApp().Driver().CanvasForObject(anchor)
	if c == nil {
		return nil
	}
	var pop *widget.PopUp
	ch := newCountryChooser(func(code string) { pop.Hide(); pick(code) }, func() { pop.Hide() })
	pop = widget.NewModalPopUp(ch.content, c)
	pop.Resize(pickerSize)
	pop.Show()
	c.Focus(ch.search)
	return ch
}

// countryCode turns what a person typed in a country field into a code:
// a known code as it is, else a country name or demonym ("Korea",
// "Iranian") as its code; anything else is returned upper-cased for the
// form's validation to refuse.
func countryCode(s string) string {
	s = strings.TrimSpace(s)
	g := geo.Default()
	if c, ok := g.Country(s); ok && len(s) == 2 {
		return c.Code
	}
	if c, ok := g.CountryByName(s); ok && len(s) > 2 {
		return c.Code
	}
	if c, ok := g.CountryByDemonym(s); ok && len(s) > 2 {
		return c.Code
	}
	return strings.ToUpper(s)
}
