package widgets

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// unitDialogSize fits a meeting's label and a few evidence sentences.
var unitDialogSize = fyne.NewSize(720, 320)

// MergeWith asks which meeting to fold into the open one, then merges: the
// open meeting stays and gains the other's sources, evidence and people.
func (r *reviewView) MergeWith() {
	m, ok := r.openOrSay("choose the meeting to merge into it")
	if !ok {
		return
	}
	others := mergeChoices(m, r.items)
	labels := make([]string, len(others))
	for i, o := range others {
		labels[i] = meetingLabel(o)
	}
	choice := widget.NewSelect(labels, nil)
	choice.PlaceHolder = "A meeting in the queue (the likeliest first)"
	number := widget.NewEntry()
	number.SetPlaceHolder("or its number")
	intro := widget.NewLabel(fmt.Sprintf("Meeting %s stays. The meeting you choose is folded into it, "+
		"with its sources, evidence and participants, and removed.", meetingLabel(m)))
	intro.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Merge meetings", "Merge", "Cancel", container.NewVBox(intro, choice, number), func(ok bool) {
		if !ok {
			return
		}
		other := chosenMeeting(others, choice.SelectedIndex(), number.Text)
		if other == 0 {
			r.u.ShowError(app.Errorf(app.EInvalid, "Choose the meeting to merge, in the list or by its number."))
			return
		}
		r.mergeMeetings(m.ID, other)
	}, r.u.win)
	d.Resize(unitDialogSize)
	d.Show()
}

// chosenMeeting is the id typed in number, else the meeting picked at i.
func chosenMeeting(others []app.Meeting, i int, number string) int64 {
	if id, err := strconv.ParseInt(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(number), "#")), 10, 64); err == nil {
		return id
	}
	if i >= 0 && i < len(others) {
		return others[i].ID
	}
	return 0
}

// mergeChoices are the queue's other meetings, those sharing the most
// people with m first, then the nearest in date.
func mergeChoices(m app.Meeting, queue []app.Meeting) []app.Meeting {
	var out []app.Meeting
	for _, o := range queue {
		if o.ID != m.ID {
			out = append(out, o)
		}
	}
	slices.SortStableFunc(out, func(a, b app.Meeting) int {
		if sa, sb := sharedPeople(m, a), sharedPeople(m, b); sa != sb {
			return sb - sa
		}
		return dayDistance(m.Date, a.Date) - dayDistance(m.Date, b.Date)
	})
	return out
}

// sharedPeople counts the persons of m also in o.
func sharedPeople(m, o app.Meeting) int {
	n := 0
	for _, p := range m.Participants {
		if slices.ContainsFunc(o.Participants, func(q app.Participant) bool { return q.PersonID != 0 && q.PersonID == p.PersonID }) {
			n++
		}
	}
	return n
}

// dayDistance is how many days apart a and b start (large when unknown).
func dayDistance(a, b app.Date) int {
	ta, oka := a.Time()
	tb, okb := b.Time()
	if !oka || !okb {
		return 1 << 30
	}
	d := int(ta.Sub(tb).Hours() / 24)
	return max(d, -d)
}

func (r *reviewView) mergeMeetings(keep, other int64) {
	r.unitAction(func(ctx context.Context, me app.MeetingEditor) error {
		return me.MergeMeetings(ctx, keep, other)
	}, func() {
		r.reloadKeeping(keep)
		r.u.status.SetMessage(fmt.Sprintf("Merged meeting %d into meeting %d", other, keep))
	})
}

// Split asks which sources and participants go to a new meeting, then
// splits the open meeting. The usual case, a meeting merged from two
// articles that reported two meetings, is preset: its last source moves.
func (r *reviewView) Split() {
	m, ok := r.openOrSay("split it")
	if !ok {
		return
	}
	sources, people := splitChecks(m)
	intro := widget.NewLabel("Checked sources and participants go to a new meeting; the rest stay. " +
		"With no participant checked the new meeting gets all of them, and with no source checked both keep every source.")
	intro.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(intro, widget.NewLabel("Sources"))
	for _, c := range sources {
		box.Add(c)
	}
	box.Add(widget.NewLabel("Participants"))
	for _, c := range people {
		box.Add(c)
	}
	d := dialog.NewCustomConfirm("Split meeting", "Split", "Cancel", container.NewVScroll(box), func(ok bool) {
		if ok {
			r.splitMeeting(m, app.MeetingSplit{Sources: checked(sources), Participants: checked(people)})
		}
	}, r.u.win)
	d.Resize(unitDialogSize)
	d.Show()
}

// splitChecks are one check per source and per participant of m.
func splitChecks(m app.Meeting) (sources, people []*widget.Check) {
	for i, s := range m.Sources {
		label := fmt.Sprintf("%s: %s", firstNonBlank(s.ArticleTitle, fileName(s.Path), fmt.Sprintf("article %d", s.ArticleID)),
			shorten(firstNonBlank(s.Evidence, "no evidence"), 90))
		c := widget.NewCheck(label, nil)
		c.Checked = len(m.Sources) > 1 && i == len(m.Sources)-1
		sources = append(sources, c)
	}
	for _, p := range m.Participants {
		people = append(people, widget.NewCheck(formatParticipant(p), nil))
	}
	return sources, people
}

// checked lists the positions of the checked boxes.
func checked(cs []*widget.Check) []int {
	var out []int
	for i, c := range cs {
		if c.Checked {
			out = append(out, i)
		}
	}
	return out
}

// shorten cuts s to n runes with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

func (r *reviewView) splitMeeting(m app.Meeting, s app.MeetingSplit) {
	if err := s.Validate(m); err != nil {
		r.u.ShowError(err)
		return
	}
	var id int64
	r.unitAction(func(ctx context.Context, me app.MeetingEditor) (err error) {
		id, err = me.SplitMeeting(ctx, m.ID, s)
		return err
	}, func() {
		r.reloadKeeping(id)
		r.u.status.SetMessage(fmt.Sprintf("Split meeting %d; the new meeting is %d", m.ID, id))
	})
}
