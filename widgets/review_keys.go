package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Review shortcuts. Ctrl+Z arrives from the desktop driver as
// fyne.ShortcutUndo, the others as custom shortcuts.
var (
	scConfirm = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}
	scReject  = &desktop.CustomShortcut{KeyName: fyne.KeyBackspace, Modifier: fyne.KeyModifierShortcutDefault}
	scUndo    = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	scRedo    = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scFind    = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
)

// addEditMenu adds the Edit menu and binds the review keys on the window.
func (u *UI) addEditMenu() {
	r := u.review
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() {
			// From another tab the first press only shows the Review tab:
			// confirming a meeting the user cannot see would surprise.
			if !r.visible() {
				u.showReview()
				return
			}
			action()
		})
		it.Shortcut = sc
		return it
	}
	edit := fyne.NewMenu("Edit",
		item("Undo", scUndo, r.Undo), item("Redo", scRedo, r.Redo), fyne.NewMenuItemSeparator(),
		item("Confirm and next", scConfirm, r.Confirm), item("Reject", scReject, r.Reject),
		fyne.NewMenuItemSeparator(),
		item("Next meeting (J)", nil, r.Next), item("Previous meeting (K)", nil, r.Previous),
		fyne.NewMenuItemSeparator(), item("Find in queue", scFind, r.FocusSearch))
	u.menu.main.Items = append(u.menu.main.Items, edit)
	c := u.win.Canvas()
	for _, sc := range []fyne.Shortcut{scConfirm, scReject, scUndo, scRedo, scFind, &fyne.ShortcutUndo{}, &fyne.ShortcutRedo{}} {
		c.AddShortcut(sc, func(s fyne.Shortcut) { r.onShortcut(s) })
	}
	c.SetOnTypedRune(r.onRune)
	c.SetOnTypedKey(r.onKey)
}

// showReview brings the Review tab to the front.
func (u *UI) showReview() {
	for _, t := range u.tabs.Items {
		if t.Content == u.review.content {
			u.tabs.Select(t)
		}
	}
}

// visible reports whether the Review tab is the one shown.
func (r *reviewView) visible() bool {
	t := r.u.tabs.Selected()
	return t != nil && t.Content == r.content
}

// onShortcut runs the review action of s; it reports whether s is one.
// Entries pass shortcuts here first so Ctrl+Enter works while typing.
func (r *reviewView) onShortcut(s fyne.Shortcut) bool {
	actions := map[string]func(){
		scConfirm.ShortcutName(): r.Confirm, scReject.ShortcutName(): r.Reject,
		scUndo.ShortcutName(): r.Undo, (&fyne.ShortcutUndo{}).ShortcutName(): r.Undo,
		scRedo.ShortcutName(): r.Redo, (&fyne.ShortcutRedo{}).ShortcutName(): r.Redo,
		scFind.ShortcutName(): r.FocusSearch,
		// The Meeting menu's keys, so they also work while a field has the
		// focus (the window's own bindings do not reach a focused entry).
		scNewMeeting.ShortcutName(): r.NewMeeting, scDelete.ShortcutName(): r.DeleteMeeting,
		scMerge.ShortcutName(): r.MergeWith, scSplit.ShortcutName(): r.Split,
	}
	a, ok := actions[s.ShortcutName()]
	if !ok || !r.visible() {
		return false
	}
	a()
	return true
}

// onRune moves in the queue with J and K when no field has the focus.
func (r *reviewView) onRune(c rune) {
	if !r.visible() {
		return
	}
	switch c {
	case 'j', 'J':
		r.Next()
	case 'k', 'K':
		r.Previous()
	}
}

// onKey moves in the queue with Down and Up when no field has the focus.
func (r *reviewView) onKey(e *fyne.KeyEvent) {
	if !r.visible() {
		return
	}
	switch e.Name {
	case fyne.KeyDown:
		r.Next()
	case fyne.KeyUp:
		r.Previous()
	}
}
