package widgets

import (
	"slices"

	"fyne.io/fyne/v2"

	"parley/app"
)

// setPeople shows one editable row per participant.
func (f *meetingForm) setPeople(ps []app.Participant) {
	f.people = nil
	for _, p := range ps {
		f.people = append(f.people, f.newRow(p))
	}
	f.peopleError.Hide()
	f.showPeople()
}

func (f *meetingForm) showPeople() {
	objs := make([]fyne.CanvasObject, len(f.people))
	for i, r := range f.people {
		objs[i] = r
	}
	f.peopleBox.Objects = objs
	f.peopleBox.Refresh()
}

// onAddPerson adds an empty row; it is saved once it has a name.
func (f *meetingForm) onAddPerson() {
	r := f.newRow(app.Participant{})
	f.people = append(f.people, r)
	f.showPeople()
	if c := fyne.CurrentApp().Driver().CanvasForObject(f.peopleBox); c != nil {
		c.Focus(r.name)
	}
}

func (f *meetingForm) onRemovePerson(r *participantRow) {
	f.people = slices.DeleteFunc(f.people, func(x *participantRow) bool { return x == r })
	f.showPeople()
	f.onPeople()
}

// participants is what the rows say.
func (f *meetingForm) participants() []app.Participant {
	ps := make([]app.Participant, len(f.people))
	for i, r := range f.people {
		ps[i] = r.Participant()
	}
	return ps
}

// onPeople saves the participant list when it is valid and changed, and
// shows app.ValidateParticipants' sentence when it is not.
func (f *meetingForm) onPeople() {
	if f.loading {
		return
	}
	ps := f.participants()
	err := app.ValidateParticipants(ps, slices.Contains(f.m.Flags, app.FlagUnnamedCounterpart))
	if err != nil {
		f.peopleError.SetText(app.ErrorMessage(err))
		f.peopleError.Show()
		return
	}
	f.peopleError.Hide()
	f.showCodes(ps)
	if slices.Equal(ps, f.m.Participants) {
		return
	}
	f.m.Participants = ps
	f.save(app.MeetingUpdate{Participants: &ps})
}

// newRow is a participant row whose entries pass on the review keys.
func (f *meetingForm) newRow(p app.Participant) *participantRow {
	r := newParticipantRow(p, f.onPeople, f.onRemovePerson, func(q string, show func([]app.Person)) {
		if f.suggestPeople != nil {
			f.suggestPeople(q, show)
		}
	})
	for _, e := range r.entries() {
		e.onShortcut = f.forwardShortcut
	}
	return r
}

// showCodes puts the codes a row's country resolved to ("Korea" -> KR)
// back into the rows, so the form shows what is saved.
func (f *meetingForm) showCodes(ps []app.Participant) {
	f.loading = true
	defer func() { f.loading = false }()
	for i, r := range f.people {
		if r.country.Text != ps[i].Country {
			r.country.SetText(ps[i].Country)
		}
	}
}
