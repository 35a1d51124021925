package widgets

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// undoHint ends the status message of a change to people.
const undoHint = " (Edit > Undo takes it back)"

// onRename asks for the shown person's new name and saves it.
func (v *peopleView) onRename() {
	p := v.detail.p
	if p.ID == 0 {
		return
	}
	entry := widget.NewEntry()
	entry.SetText(p.Name)
	entry.Validator = app.ValidatePersonName
	items := []*widget.FormItem{widget.NewFormItem("Name", entry)}
	d := dialog.NewForm("Rename "+p.Name, "Rename", "Cancel", items, func(ok bool) {
		if ok {
			v.rename(p, entry.Text)
		}
	}, v.u.win)
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
	v.u.win.Canvas().Focus(entry)
}

// rename saves name as person p's name.
func (v *peopleView) rename(p app.Person, name string) {
	v.change(func(ps app.PeopleStore) error {
		return ps.RenamePerson(context.Background(), p.ID, name)
	}, fmt.Sprintf("Renamed %s to %s", p.Name, name))
}

// onMerge asks which person to merge into the shown one. A line under
// the list names the person chosen; Merge stays off until there is one.
func (v *peopleView) onMerge() {
	keep := v.detail.p
	if keep.ID == 0 {
		return
	}
	chooser := newPersonPicker(v, "Search the person to merge in")
	chooser.exclude = keep.ID
	var d *dialog.CustomDialog
	var chosen app.Person
	ok := widget.NewButtonWithIcon("Merge", theme.ConfirmIcon(), func() { d.Hide(); v.merge(keep, chosen) })
	ok.Importance = widget.HighImportance
	ok.Disable()
	choice := widget.NewLabel("")
	choose := func(p app.Person) {
		chosen = p
		choice.SetText("Choose the person in the list.")
		if p.ID != 0 {
			choice.SetText(fmt.Sprintf("Merge %s into %s.", p.Name, keep.Name))
		}
		setEnabled(ok, p.ID != 0)
	}
	chooser.list.OnSelected = func(i widget.ListItemID) { choose(chooser.items[i]) }
	chooser.loaded = func() { choose(app.Person{}) }
	note := widget.NewLabel(fmt.Sprintf("The person you choose becomes part of %s: their meetings and names move here.", keep.Name))
	note.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(container.NewVBox(note, chooser.search), choice, nil, nil, chooser.list)
	d = dialog.NewCustomWithoutButtons("Merge with "+keep.Name, content, v.u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), d.Hide), ok})
	d.Resize(fyne.NewSize(480, 420))
	d.Show()
	chooser.reload()
	v.u.win.Canvas().Focus(chooser.search)
}

// merge makes drop part of keep.
func (v *peopleView) merge(keep, drop app.Person) {
	v.change(func(ps app.PeopleStore) error {
		return ps.MergePeople(context.Background(), keep.ID, drop.ID)
	}, fmt.Sprintf("Merged %s into %s", drop.Name, keep.Name))
}

// onSplit makes the selected spelling of the shown person its own person.
func (v *peopleView) onSplit() {
	p, alias := v.detail.p, v.detail.selectedAlias()
	if p.ID == 0 || alias == "" {
		return
	}
	v.change(func(ps app.PeopleStore) error {
		_, err := ps.SplitAlias(context.Background(), p.ID, alias)
		return err
	}, fmt.Sprintf("Split %s off %s", alias, p.Name))
}

// change runs one change to people, then says so, reloads this tab and
// everything else that shows names (the other tabs, counts), keeping the
// meeting open in the Review tab open.
func (v *peopleView) change(work func(app.PeopleStore) error, done string) {
	v.background(work, func(err error) {
		if err != nil {
			return
		}
		v.u.status.SetMessage(done + undoHint)
		open := v.u.review.open
		if err := v.u.refresh(); err != nil {
			v.u.ShowError(err)
		}
		v.keepReview(open)
		v.picker.reload()
	})
}

// keepReview opens meeting id in the Review tab again after a reload,
// which opens the first meeting of the queue; 0 leaves it so.
func (v *peopleView) keepReview(id int64) {
	r := v.u.review
	switch {
	case id == 0 || r.open == id:
	case r.index(id) >= 0:
		r.openIndex(r.index(id))
	default:
		r.openMeeting(id)
	}
}
