package widgets

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/storage"
)

// inDialogs walks the visible objects of the open dialogs.
func inDialogs(u *reviewUI, fn func(fyne.CanvasObject)) {
	for _, o := range u.win.Canvas().Overlays().List() {
		visible(o, fn)
	}
}

// dialogButton finds the button labelled label in the open dialogs.
func dialogButton(t *testing.T, u *reviewUI, label string) *widget.Button {
	t.Helper()
	var found *widget.Button
	inDialogs(u, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no %q button in a dialog", label)
	}
	return found
}

// dialogWidgets lists the widgets of type T in the open dialogs.
func dialogWidgets[T fyne.CanvasObject](u *reviewUI) []T {
	var out []T
	inDialogs(u, func(o fyne.CanvasObject) {
		if w, ok := o.(T); ok {
			out = append(out, w)
		}
	})
	return out
}

// storedIDs lists every meeting id in the database.
func storedIDs(t *testing.T, u *reviewUI) []int64 {
	t.Helper()
	list, err := u.store.FindMeetings(context.Background(), app.MeetingFilter{Sort: app.SortByImport})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, m := range list {
		ids = append(ids, m.ID)
	}
	slices.Sort(ids)
	return ids
}

func articleIDs(m app.Meeting) []int64 {
	var ids []int64
	for _, s := range m.Sources {
		ids = append(ids, s.ArticleID)
	}
	return ids
}

func TestReview_newMeeting(t *testing.T) {
	u := newReviewUI(t)
	before := storedIDs(t, u)
	article := dbMeeting(t, u, u.review.open).Sources[0].ArticleID
	if err := waitSaved(t, u, func() { test.Tap(button(t, u, "New meeting")) }); err != nil {
		t.Fatal(err)
	}
	id := u.review.open
	if slices.Contains(before, id) || len(storedIDs(t, u)) != 4 {
		t.Fatalf("open meeting %d, stored %v; want a fourth, new meeting open", id, storedIDs(t, u))
	}
	m := dbMeeting(t, u, id)
	if !slices.Equal(articleIDs(m), []int64{article}) || m.Status != app.StatusNew {
		t.Errorf("new meeting = %+v, want a new one in article %d", m, article)
	}
	if err := waitSaved(t, u, func() { typeInto(u.review.form.venue, "Guest house") }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, id).Venue; got != "Guest house" {
		t.Errorf("venue typed into the new meeting = %q", got)
	}
	// Two undos: the venue, then the meeting itself, with no error shown.
	for range 2 {
		if err := waitSaved(t, u, func() { test.Tap(button(t, u, "Undo")) }); err != nil {
			t.Fatal(err)
		}
	}
	if got := storedIDs(t, u); !slices.Equal(got, before) {
		t.Errorf("meetings after undoing the new one = %v, want %v", got, before)
	}
	if u.lastError != "" || u.review.open == 0 {
		t.Errorf("after undo: error %q, open meeting %d; want no error and a meeting open", u.lastError, u.review.open)
	}
}

func TestReview_deleteMeeting(t *testing.T) {
	tests := []struct {
		name string
		ask  func(t *testing.T, u *reviewUI)
	}{
		{"button", func(t *testing.T, u *reviewUI) { test.Tap(button(t, u, "Delete…")) }},
		{"Ctrl+Delete", func(t *testing.T, u *reviewUI) { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(scDelete) }},
		{"menu", func(t *testing.T, u *reviewUI) { menuItem(t, u, "Meeting", "Delete meeting…").Action() }},
		{"Ctrl+Delete while typing", func(t *testing.T, u *reviewUI) {
			u.win.Canvas().Focus(u.review.form.venue)
			u.review.form.venue.TypedShortcut(scDelete)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newReviewUI(t)
			id, next := u.review.items[0].ID, u.review.items[1].ID
			tt.ask(t, u)
			test.Tap(dialogButton(t, u, "Cancel"))
			if len(storedIDs(t, u)) != 3 {
				t.Fatal("Cancel deleted the meeting")
			}
			tt.ask(t, u)
			if !onScreen(u.UI, "Delete meeting "+itoa(id)) {
				t.Errorf("the question does not name meeting %d: %q", id, screenTexts(u.UI))
			}
			if err := waitSaved(t, u, func() { test.Tap(dialogButton(t, u, "Delete")) }); err != nil {
				t.Fatal(err)
			}
			if slices.Contains(storedIDs(t, u), id) {
				t.Errorf("meeting %d is still stored", id)
			}
			if u.review.open != next || len(u.review.items) != 2 {
				t.Errorf("open %d with %d in the queue, want %d of 2", u.review.open, len(u.review.items), next)
			}
			if err := waitSaved(t, u, func() { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) }); err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(storedIDs(t, u), id) || u.review.open != id {
				t.Errorf("after undo: stored %v, open %d; want %d back and open", storedIDs(t, u), u.review.open, id)
			}
		})
	}
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

func TestReview_mergeWith(t *testing.T) {
	tests := []struct {
		name   string
		choose func(t *testing.T, u *reviewUI, other int64)
	}{
		{"from the list", func(t *testing.T, u *reviewUI, other int64) {
			sel := dialogWidgets[*widget.Select](u)
			if len(sel) != 1 || len(sel[0].Options) != 2 {
				t.Fatalf("merge dialog selects = %d, want one with the 2 other meetings", len(sel))
			}
			i := slices.IndexFunc(sel[0].Options, func(s string) bool { return strings.HasPrefix(s, itoa(other)+":") })
			sel[0].SetSelectedIndex(i)
		}},
		{"by number", func(t *testing.T, u *reviewUI, other int64) {
			test.Type(dialogWidgets[*widget.Entry](u)[0], itoa(other))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newReviewUI(t)
			keep, other := u.review.items[0].ID, u.review.items[2].ID
			before := dbMeeting(t, u, keep)
			test.Tap(button(t, u, "Merge with…"))
			tt.choose(t, u, other)
			if err := waitSaved(t, u, func() { test.Tap(dialogButton(t, u, "Merge")) }); err != nil {
				t.Fatal(err)
			}
			m := dbMeeting(t, u, keep)
			if len(m.Sources) != 2 || len(m.Participants) != 2 || slices.Contains(storedIDs(t, u), other) {
				t.Fatalf("kept meeting has %d sources and %d participants, stored %v; want 2, 2, without %d",
					len(m.Sources), len(m.Participants), storedIDs(t, u), other)
			}
			if u.review.open != keep || len(u.review.items) != 2 {
				t.Errorf("open %d with %d queued, want %d of 2", u.review.open, len(u.review.items), keep)
			}
			if err := waitSaved(t, u, func() { test.Tap(button(t, u, "Undo")) }); err != nil {
				t.Fatal(err)
			}
			if got := dbMeeting(t, u, keep); len(got.Sources) != 1 || !slices.Contains(storedIDs(t, u), other) ||
				!slices.Equal(articleIDs(got), articleIDs(before)) {
				t.Errorf("after undo: sources %v, stored %v", articleIDs(got), storedIDs(t, u))
			}
		})
	}
}

func TestReview_mergeWithNothingChosen(t *testing.T) {
	u := newReviewUI(t)
	test.Tap(button(t, u, "Merge with…"))
	test.Tap(dialogButton(t, u, "Merge"))
	if !strings.Contains(u.lastError, "Choose the meeting") || len(storedIDs(t, u)) != 3 {
		t.Errorf("error %q with %d meetings, want a request to choose and nothing merged", u.lastError, len(storedIDs(t, u)))
	}
}

func TestReview_split(t *testing.T) {
	u := newReviewUI(t)
	keep, other := u.review.items[0].ID, u.review.items[1].ID
	rs := u.store.(*storage.Store)
	if err := rs.MergeMeetings(context.Background(), keep, other); err != nil {
		t.Fatal(err)
	}
	u.review.reloadKeeping(keep)
	merged := dbMeeting(t, u, keep)
	test.Tap(button(t, u, "Split…"))
	checks := dialogWidgets[*widget.Check](u)
	if len(checks) != 4 || !checks[1].Checked || checks[0].Checked {
		t.Fatalf("split dialog has %d checks; want 2 sources (the last checked) and 2 participants", len(checks))
	}
	if err := waitSaved(t, u, func() { test.Tap(dialogButton(t, u, "Split")) }); err != nil {
		t.Fatal(err)
	}
	split := u.review.open
	if split == keep || split == 0 {
		t.Fatalf("open meeting %d after the split, want the new one", split)
	}
	if a, b := articleIDs(dbMeeting(t, u, keep)), articleIDs(dbMeeting(t, u, split)); !slices.Equal(a, articleIDs(merged)[:1]) ||
		!slices.Equal(b, articleIDs(merged)[1:]) {
		t.Errorf("articles after the split: %v and %v, want %v divided", a, b, articleIDs(merged))
	}
	if len(dbMeeting(t, u, split).Participants) != 2 {
		t.Error("the new meeting did not get the participants")
	}
}

func TestReview_splitRefusesNothingChosen(t *testing.T) {
	u := newReviewUI(t)
	test.Tap(button(t, u, "Split…")) // one source: nothing is preset
	test.Tap(dialogButton(t, u, "Split"))
	if !strings.Contains(u.lastError, "Choose the sources or the participants") || len(storedIDs(t, u)) != 3 {
		t.Errorf("error %q with %d meetings, want a request to choose", u.lastError, len(storedIDs(t, u)))
	}
}

func TestReview_meetingMenu(t *testing.T) {
	u := newReviewUI(t)
	var labels []string
	for _, it := range u.win.MainMenu().Items[len(u.win.MainMenu().Items)-1].Items {
		label := it.Label
		if it.IsSeparator {
			label = "---"
		}
		if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok {
			label += " " + sc.ShortcutName()
		}
		labels = append(labels, label)
	}
	want := "New meeting CustomDesktop:Control+N | Delete meeting… CustomDesktop:Control+Delete | --- | " +
		"Merge with… CustomDesktop:Control+M | Split… CustomDesktop:Shift+Control+S | --- | Re-extract article…"
	if got := strings.Join(labels, " | "); got != want {
		t.Errorf("Meeting menu = %q\nwant          %q", got, want)
	}
	u.tabs.SelectIndex(0)
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(scNewMeeting)
	if !u.review.visible() || len(storedIDs(t, u)) != 3 {
		t.Errorf("Ctrl+N from another tab: review shown %v, %d meetings; want it shown and nothing added", u.review.visible(), len(storedIDs(t, u)))
	}
	if err := waitSaved(t, u, func() { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(scNewMeeting) }); err != nil {
		t.Fatal(err)
	}
	if len(storedIDs(t, u)) != 4 {
		t.Errorf("Ctrl+N on the Review tab: %d meetings, want 4", len(storedIDs(t, u)))
	}
}
