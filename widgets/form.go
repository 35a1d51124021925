package widgets

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/app/geo"
)

// citySuggestions is how many gazetteer cities the city field offers.
const citySuggestions = 5

// meetingForm is the review screen's editable meeting. Each field saves
// when the user is done with it, through onSave, with only that field set
// in the update; invalid input is shown under the field and not saved.
type meetingForm struct {
	m      app.Meeting
	onSave func(app.MeetingUpdate)
	// shortcut runs the review keys typed in a field (see forwardShortcut).
	shortcut func(fyne.Shortcut) bool
	loading  bool // Set is filling the widgets: their callbacks must not save
	// suggestPeople finds known people for a participant name being typed.
	suggestPeople suggestFunc

	kind                *widget.Select
	date                *commitEntry
	pickDate            *widget.Button // opens a calendar
	dateError           *widget.Label
	precision           *widget.Label
	city                *commitEntry
	cityInfo            *widget.Label
	suggestions         *fyne.Container
	venue, topics       *commitEntry
	notes               *commitEntry
	people              []*participantRow
	peopleBox           *fyne.Container
	peopleError         *widget.Label
	addPerson           *widget.Button
	flags, edited, info *widget.Label
	body                fyne.CanvasObject
	pane                detailsPane
}

// newMeetingForm builds the form; buttons is the row of review actions.
func newMeetingForm(onSave func(app.MeetingUpdate), buttons fyne.CanvasObject) *meetingForm {
	f := &meetingForm{onSave: onSave}
	f.makeFields()
	form := widget.NewForm(
		widget.NewFormItem("Kind", f.kind),
		widget.NewFormItem("Date", container.NewVBox(container.NewBorder(nil, nil, nil, f.pickDate, f.date), f.precision, f.dateError)),
		widget.NewFormItem("City", container.NewVBox(f.city, f.suggestions, f.cityInfo)),
		widget.NewFormItem("Venue", f.venue),
		widget.NewFormItem("Participants", container.NewVBox(f.peopleBox, f.peopleError, f.addPerson)),
		widget.NewFormItem("Topics", f.topics),
		widget.NewFormItem("Notes", f.notes),
		widget.NewFormItem("Flags", f.flags),
		widget.NewFormItem("Edited", f.edited),
	)
	f.body = container.NewBorder(container.NewVBox(f.info, buttons), nil, nil, nil, form)
	f.pane = newDetailsPane("Select a meeting in the queue to review it.", f.body)
	return f
}

// makeFields creates the field widgets and wires their callbacks.
func (f *meetingForm) makeFields() {
	var kinds []string
	for _, k := range app.Kinds {
		kinds = append(kinds, k.Label())
	}
	f.kind = widget.NewSelect(kinds, f.onKind)
	f.date = newCommitEntry("2025-09-30, 2025-09 or 2025")
	f.date.OnChanged = f.checkDate
	f.date.OnCommit = f.onDate
	f.pickDate = widget.NewButtonWithIcon("", theme.CalendarIcon(), f.onPickDate)
	f.dateError, f.peopleError = errorLabel(), errorLabel()
	f.precision, f.cityInfo, f.flags, f.edited, f.info = lowLabel(), lowLabel(), valueLabel(), lowLabel(), valueLabel()
	f.city = newCommitEntry("City (type for suggestions, Enter to keep as typed)")
	f.city.commitOnBlur = false // a half-typed name must not become a place
	f.city.OnChanged = f.suggestCities
	f.city.OnCommit = f.onCity
	f.suggestions = container.NewVBox()
	f.venue, f.topics = newCommitEntry("Venue"), newCommitEntry("Topics, separated by commas")
	f.venue.OnCommit = func(s string) {
		f.saveText(&f.m.Venue, s, func(v *string) app.MeetingUpdate { return app.MeetingUpdate{Venue: v} })
	}
	f.topics.OnCommit = f.onTopics
	f.notes = newCommitEntry("Notes")
	f.notes.MultiLine, f.notes.Wrapping = true, fyne.TextWrapWord
	f.notes.OnCommit = func(s string) {
		f.saveText(&f.m.Notes, s, func(v *string) app.MeetingUpdate { return app.MeetingUpdate{Notes: v} })
	}
	for _, e := range []*commitEntry{f.date, f.city, f.venue, f.topics, f.notes} {
		e.onShortcut = f.forwardShortcut
	}
	f.peopleBox = container.NewVBox()
	f.addPerson = widget.NewButton("Add participant", f.onAddPerson)
}

func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func lowLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.LowImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Set shows m; edited names the fields a person has changed.
func (f *meetingForm) Set(m app.Meeting, edited []string) {
	f.loading = true
	defer func() { f.loading = false }()
	f.m = m
	f.info.SetText(fmt.Sprintf("Meeting %d · %s · confidence %s", m.ID, m.Status.Label(), formatConfidence(m.Confidence)))
	f.kind.SetSelected(m.Kind.Label())
	f.date.SetText(m.Date.String())
	f.checkDate(f.date.Text)
	f.city.SetText(m.Place.City)
	f.suggestions.RemoveAll()
	f.showPlace(m.Place)
	f.venue.SetText(m.Venue)
	f.topics.SetText(strings.Join(m.Topics, ", "))
	f.notes.SetText(m.Notes)
	f.setPeople(m.Participants)
	f.flags.SetText(orNone(strings.Join(m.Flags, "; ")))
	f.SetEdited(edited)
	f.pane.show(true)
}

// SetEdited shows which fields a person has changed.
func (f *meetingForm) SetEdited(fields []string) {
	f.edited.SetText(orNone(strings.Join(fields, ", ")))
}

// Clear shows the placeholder.
func (f *meetingForm) Clear() {
	f.m = app.Meeting{}
	f.pane.show(false)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// save hands u to onSave unless the form is being filled or shows nothing.
func (f *meetingForm) save(u app.MeetingUpdate) {
	if f.loading || f.m.ID == 0 {
		return
	}
	f.onSave(u)
}

func (f *meetingForm) onKind(label string) {
	for _, k := range app.Kinds {
		if k.Label() == label && k != f.m.Kind {
			f.m.Kind = k
			f.save(app.MeetingUpdate{Kind: &k})
		}
	}
}

// checkDate validates the date as it is typed, with app.ParseDate's rule.
func (f *meetingForm) checkDate(s string) {
	d, err := app.ParseDate(s)
	if err != nil {
		f.dateError.SetText(err.Error())
		f.dateError.Show()
		f.precision.SetText("")
		return
	}
	f.dateError.Hide()
	f.precision.SetText("Precision: " + string(d.Precision()))
}

// onDate saves a valid, changed date.
func (f *meetingForm) onDate(s string) {
	d, err := app.ParseDate(s)
	if err != nil || d == f.m.Date {
		return
	}
	f.m.Date = d
	f.save(app.MeetingUpdate{Date: &d})
}

// onPickDate opens a calendar under the date; the day picked is saved
// like a typed one.
func (f *meetingForm) onPickDate() {
	showDatePicker(f.date, f.m.Date, func(d app.Date) {
		f.date.SetText(d.String())
		f.onDate(d.String())
	})
}

// saveText saves a changed text field; field is the form's copy of it.
func (f *meetingForm) saveText(field *string, s string, update func(*string) app.MeetingUpdate) {
	s = strings.TrimSpace(s)
	if s == strings.TrimSpace(*field) {
		return
	}
	*field = s
	f.save(update(&s))
}

func (f *meetingForm) onTopics(s string) {
	var topics []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			topics = append(topics, t)
		}
	}
	if slices.Equal(topics, f.m.Topics) {
		return
	}
	f.m.Topics = topics
	f.save(app.MeetingUpdate{Topics: &topics})
}

// suggestCities offers gazetteer cities starting with what is typed.
func (f *meetingForm) suggestCities(s string) {
	f.suggestions.RemoveAll()
	if f.loading || strings.TrimSpace(s) == "" || s == f.m.Place.City {
		return
	}
	for _, c := range geo.Default().Complete(s, citySuggestions) {
		c := c
		b := widget.NewButton(fmt.Sprintf("%s, %s", c.Name, c.Country), func() { f.chooseCity(c) })
		b.Alignment = widget.ButtonAlignLeading
		f.suggestions.Add(b)
	}
}

// chooseCity takes a gazetteer city: name, country and coordinates.
func (f *meetingForm) chooseCity(c geo.City) {
	f.setPlace(app.Place{City: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, GeoID: c.ID})
}

// onCity keeps a typed city: the gazetteer's when it knows the name,
// else the name alone in the country the meeting had.
func (f *meetingForm) onCity(s string) {
	s = strings.TrimSpace(s)
	switch {
	case s == f.m.Place.City:
		return
	case s == "":
		f.setPlace(app.Place{})
	default:
		if c, ok := geo.Default().City(s); ok && strings.EqualFold(c.Name, s) {
			f.chooseCity(c)
			return
		}
		f.setPlace(app.Place{City: s, Country: f.m.Place.Country})
	}
}

func (f *meetingForm) setPlace(p app.Place) {
	f.suggestions.RemoveAll()
	f.loading = true
	f.city.SetText(p.City)
	f.loading = false
	f.showPlace(p)
	if p == f.m.Place {
		return
	}
	f.m.Place = p
	f.save(app.MeetingUpdate{Place: &p})
}

// showPlace says the country and coordinates under the city.
func (f *meetingForm) showPlace(p app.Place) {
	switch {
	case p.IsZero():
		f.cityInfo.SetText("No place")
	case p.Lat == 0 && p.Lon == 0:
		f.cityInfo.SetText(fmt.Sprintf("Country %s · no coordinates", orNone(p.Country)))
	default:
		f.cityInfo.SetText(fmt.Sprintf("Country %s · %.4f, %.4f", p.Country, p.Lat, p.Lon))
	}
}

// forwardShortcut passes the review keys typed in a field to the review,
// except Ctrl+Z and Ctrl+Y, which undo typing in the field itself.
func (f *meetingForm) forwardShortcut(s fyne.Shortcut) bool {
	switch s.(type) {
	case *fyne.ShortcutUndo, *fyne.ShortcutRedo:
		return false
	}
	return f.shortcut != nil && f.shortcut(s)
}
