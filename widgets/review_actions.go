package widgets

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// Keys of the actions on meetings as units (the Meeting menu shows them).
var (
	scNewMeeting = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	scDelete     = &desktop.CustomShortcut{KeyName: fyne.KeyDelete, Modifier: fyne.KeyModifierShortcutDefault}
	scMerge      = &desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault}
	scSplit      = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// makeUnitButtons is the second row of review actions: meetings as units.
func (r *reviewView) makeUnitButtons() fyne.CanvasObject {
	return container.NewGridWithColumns(4,
		widget.NewButton("New meeting", r.NewMeeting), widget.NewButton("Delete…", r.DeleteMeeting),
		widget.NewButton("Merge with…", r.MergeWith), widget.NewButton("Split…", r.Split))
}

// addMeetingMenu adds the Meeting menu and binds its keys on the window.
// Like the Edit menu, an item used from another tab first shows the
// Review tab instead of acting on a meeting the user cannot see.
func (u *UI) addMeetingMenu() {
	r := u.review
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		run := func() {
			if !r.visible() {
				u.showReview()
				return
			}
			action()
		}
		it := fyne.NewMenuItem(label, run)
		if sc != nil {
			u.win.Canvas().AddShortcut(sc, func(fyne.Shortcut) { run() })
			it.Shortcut = sc
		}
		return it
	}
	menu := fyne.NewMenu("Meeting",
		item("New meeting", scNewMeeting, r.NewMeeting), item("Delete meeting…", scDelete, r.DeleteMeeting),
		fyne.NewMenuItemSeparator(),
		item("Merge with…", scMerge, r.MergeWith), item("Split…", scSplit, r.Split),
		fyne.NewMenuItemSeparator(), item("Re-extract article…", nil, r.Reextract))
	u.menu.main.Items = append(u.menu.main.Items, menu)
}

// unitAction runs work on the meeting editor off the UI goroutine, in
// order with the review's other saves, and calls done after a success.
func (r *reviewView) unitAction(work func(context.Context, app.MeetingEditor) error, done func()) {
	r.background(func(rs app.ReviewStore) error {
		me, ok := rs.(app.MeetingEditor)
		if !ok {
			return app.Errorf(app.EInternal, "This database cannot create, delete, merge or split meetings.")
		}
		return work(context.Background(), me)
	}, func(err error) {
		if err == nil {
			done()
		}
	})
}

// openOrSay returns the open meeting as stored, or shows why there is none.
func (r *reviewView) openOrSay(verb string) (app.Meeting, bool) {
	if r.open == 0 {
		r.u.ShowError(app.Errorf(app.EInvalid, "Open a meeting in the queue first, then %s.", verb))
		return app.Meeting{}, false
	}
	m, err := r.reviewStore().Meeting(context.Background(), r.open)
	if err != nil {
		r.u.ShowError(err)
		return app.Meeting{}, false
	}
	return m, true
}

// NewMeeting adds a blank meeting to the article shown beside the open
// meeting and opens it, for a meeting extraction missed.
func (r *reviewView) NewMeeting() {
	m, ok := r.openOrSay("add a meeting to its article")
	if !ok {
		return
	}
	if len(m.Sources) == 0 {
		r.u.ShowError(app.Errorf(app.EInvalid, "Meeting %d has no article to add a meeting to.", m.ID))
		return
	}
	article := m.Sources[0].ArticleID
	var id int64
	r.unitAction(func(ctx context.Context, me app.MeetingEditor) (err error) {
		id, err = me.CreateMeeting(ctx, app.Meeting{Sources: []app.Source{{ArticleID: article}}})
		return err
	}, func() {
		r.reloadKeeping(id)
		r.u.status.SetMessage(fmt.Sprintf("Added meeting %d; fill in its participants", id))
	})
}

// DeleteMeeting asks, then deletes the open meeting and opens the next.
func (r *reviewView) DeleteMeeting() {
	m, ok := r.openOrSay("delete it")
	if !ok {
		return
	}
	msg := fmt.Sprintf("Delete meeting %d (%s, %s) with its participants and sources?\nEdit > Undo brings it back.",
		m.ID, formatDate(m.Date), formatParticipants(m.Participants))
	d := dialog.NewConfirm("Delete meeting", msg, func(yes bool) {
		if yes {
			r.deleteMeeting(m.ID)
		}
	}, r.u.win)
	d.SetConfirmText("Delete")
	d.SetDismissText("Cancel")
	d.Show()
}

func (r *reviewView) deleteMeeting(id int64) {
	next := r.neighbour(id)
	r.unitAction(func(ctx context.Context, me app.MeetingEditor) error {
		return me.DeleteMeeting(ctx, id)
	}, func() {
		r.reloadKeeping(next)
		r.u.status.SetMessage(fmt.Sprintf("Deleted meeting %d", id))
	})
}

// neighbour is the meeting after id in the queue, else the one before, else 0.
func (r *reviewView) neighbour(id int64) int64 {
	i := r.index(id)
	switch {
	case i < 0:
		return 0
	case i+1 < len(r.items):
		return r.items[i+1].ID
	case i > 0:
		return r.items[i-1].ID
	}
	return 0
}

// meetingLabel is how dialogs name a meeting in one line.
func meetingLabel(m app.Meeting) string {
	return fmt.Sprintf("%d: %s, %s, %s", m.ID, formatDate(m.Date), formatParticipants(m.Participants), formatPlace(m.Place))
}

// exists reports whether meeting id is stored (0 never is).
func (r *reviewView) exists(id int64) bool {
	if id == 0 || r.reviewStore() == nil {
		return false
	}
	_, err := r.reviewStore().Meeting(context.Background(), id)
	return err == nil
}
