package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// participantRow edits one participant: name, title, organisation and
// country (typed as a code or a name, or chosen from a list), with a button
// that removes the row.
type participantRow struct {
	widget.BaseWidget
	person                    int64 // the stored person, kept while the name is unchanged
	storedName                string
	name, title, org, country *commitEntry
	chooseCountry, remove     *widget.Button
	names                     *nameSuggestions
}

// newParticipantRow shows p; suggest, when set, finds known people for
// the name being typed (see nameSuggestions).
func newParticipantRow(p app.Participant, onCommit func(), onRemove func(*participantRow), suggest suggestFunc) *participantRow {
	r := &participantRow{person: p.PersonID, storedName: p.Name,
		name: newCommitEntry("Name"), title: newCommitEntry("Title"), org: newCommitEntry("Organisation"),
		country: newCommitEntry("CC")}
	for _, e := range r.entries() {
		e.OnCommit = func(string) { onCommit() }
	}
	r.name.SetText(p.Name)
	r.title.SetText(p.Title)
	r.org.SetText(p.Organization)
	r.country.SetText(p.Country)
	r.remove = widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() { onRemove(r) })
	r.chooseCountry = widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), func() {
		showCountryChooser(r.country, func(code string) {
			r.country.SetText(code)
			onCommit()
		})
	})
	r.names = newNameSuggestions(r, suggest, onCommit)
	r.ExtendBaseWidget(r)
	return r
}

func (r *participantRow) entries() []*commitEntry {
	return []*commitEntry{r.name, r.title, r.org, r.country}
}

// Participant is what the row says. A changed name drops the person, so
// storage resolves the new name to its own person.
func (r *participantRow) Participant() app.Participant {
	p := app.Participant{Name: strings.TrimSpace(r.name.Text), Title: r.title.Text,
		Organization: r.org.Text, Country: countryCode(r.country.Text)}
	if p.Name == r.storedName {
		p.PersonID = r.person
	}
	return p
}

// CreateRenderer lays the entries out on two lines: the name, as wide as
// the form allows, with the country and the buttons; then the title and the
// organisation. One line of four entries made the form so wide that the
// article beside it was squeezed to a narrow column at 1280x800.
func (r *participantRow) CreateRenderer() fyne.WidgetRenderer {
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(64, r.country.MinSize().Height), r.country), r.chooseCountry, r.remove)
	first := container.NewBorder(nil, nil, nil, right, r.name)
	return widget.NewSimpleRenderer(container.NewVBox(first, r.names.box, container.NewGridWithColumns(2, r.title, r.org)))
}
