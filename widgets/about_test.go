package widgets

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestAbout_helpMenu: Help comes last, once, and About shows the
// version and every data credit.
func TestAbout_helpMenu(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	u.onStarted()
	u.onStarted()
	items := u.menu.main.Items
	var labels []string
	for _, m := range items {
		labels = append(labels, m.Label)
	}
	if n := len(items); labels[n-1] != "Help" || slices.Index(labels, "Help") != n-1 {
		t.Fatalf("menus %q, want Help once and last", labels)
	}
	items[len(items)-1].Items[1].Action()
	for _, want := range append([]string{"Parley development build"}, dataCredits...) {
		if !onScreen(u, want) {
			t.Errorf("About does not show %q; screen %q", want, screenTexts(u))
		}
	}
}

func TestAbout_shortcutRows(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	rows := shortcutRows(u.menu.main)
	for _, want := range [][2]string{
		{"Ctrl+O", "File > Open database…"},
		{"Ctrl+E", "File > Export CSV…"},
		{"Ctrl+Shift+Z", "Edit > Redo"},
		{"Ctrl+Enter", "Edit > Confirm and next"},
		{"Ctrl+Q", "Quit"},
	} {
		if !slices.Contains(rows, want) {
			t.Errorf("shortcut rows lack %q; have %q", want, rows)
		}
	}
}

// findButton is the visible button labelled text, in the window or a dialog.
func findButton(t *testing.T, u *UI, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	find := func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	}
	visible(u.win.Content(), find)
	for _, o := range u.win.Canvas().Overlays().List() {
		visible(o, find)
	}
	if found == nil {
		t.Fatalf("no %q button on screen", text)
	}
	return found
}
