package widgets

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// nameSuggestionCount is how many known people a name field offers.
const nameSuggestionCount = 5

// suggestFunc looks up known people matching q off the UI goroutine and
// hands them to show on it.
type suggestFunc func(q string, show func([]app.Person))

// nameSuggestions offers the known people whose names contain what is
// typed in a participant's name; taking one links the participant to that
// person, so "Kim" typed and "Kim Junpyo" taken are one person everywhere.
type nameSuggestions struct {
	row      *participantRow
	suggest  suggestFunc
	onCommit func()
	box      *fyne.Container
}

func newNameSuggestions(r *participantRow, suggest suggestFunc, onCommit func()) *nameSuggestions {
	n := &nameSuggestions{row: r, suggest: suggest, onCommit: onCommit, box: container.NewVBox()}
	r.name.OnChanged = n.onTyped
	return n
}

// onTyped asks for people matching the name typed so far (two letters or
// more, and not the stored name itself).
func (n *nameSuggestions) onTyped(s string) {
	q := strings.TrimSpace(s)
	if n.suggest == nil || len([]rune(q)) < 2 || q == n.row.storedName {
		n.show(nil)
		return
	}
	n.suggest(q, func(ps []app.Person) {
		if strings.TrimSpace(n.row.name.Text) == q { // else a newer query is on its way
			n.show(ps)
		}
	})
}

// show lists ps as buttons. While they show, leaving the field does not
// save the half-typed name: the user is about to pick or press Enter.
func (n *nameSuggestions) show(ps []app.Person) {
	n.box.RemoveAll()
	for _, p := range ps {
		p := p
		b := widget.NewButton(personLabel(p), func() { n.take(p) })
		b.Alignment = widget.ButtonAlignLeading
		n.box.Add(b)
	}
	n.row.name.commitOnBlur = len(ps) == 0
}

// take links the row to person p and saves.
func (n *nameSuggestions) take(p app.Person) {
	n.row.person, n.row.storedName = p.ID, p.Name
	n.row.name.SetText(p.Name) // equal to storedName: no new query
	n.show(nil)
	n.onCommit()
}

// personLabel is a suggestion's text: "Kim Junpyo · 12 meetings".
func personLabel(p app.Person) string {
	return fmt.Sprintf("%s · %s", p.Name, countNoun(p.Meetings, "meeting", "meetings"))
}
