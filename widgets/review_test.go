package widgets

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/storage"
)

// reviewUI is a UI whose crossings to the UI goroutine are queued and run
// on the test's goroutine, as the real driver runs them on its own: the
// test driver would run them at once on the background goroutine, racing
// with the test (the Timeline and Cities tabs load in the background too).
type reviewUI struct {
	*UI
	queue chan func()
}

// newReviewUI is a UI with the seed articles imported (one meeting each,
// see fakeExtract) and the Review tab shown.
func newReviewUI(t *testing.T) *reviewUI {
	t.Helper()
	return newReviewUIWith(t, fakePipeline())
}

// newReviewUIWith is newReviewUI importing through pl.
func newReviewUIWith(t *testing.T, pl app.Pipeline) *reviewUI {
	t.Helper()
	// As newTestUI, but queueing before Open: opening starts background loads.
	u := &reviewUI{queue: make(chan func(), 256)}
	u.UI = NewUI(test.NewTempApp(t), Deps{OpenStore: openStorage, Pipeline: pl, DefaultDB: filepath.Join(t.TempDir(), "default.db")})
	u.do = func(f func()) { u.queue <- f }
	t.Cleanup(func() {
		if !u.closed {
			u.win.Close()
		}
	})
	if err := u.Open(filepath.Join(t.TempDir(), "test.db")); err != nil {
		t.Fatalf("Open: %v", err)
	}
	done := make(chan struct{}, 1)
	u.afterImport = func(app.Report, error) { done <- struct{}{} }
	u.importPaths(seedFiles(t))
	u.runUntil(t, done)
	closeDialogs(u.UI)
	u.showReview()
	if len(u.review.items) != 3 {
		t.Fatalf("review queue has %d meetings, want 3", len(u.review.items))
	}
	return u
}

// runUntil runs queued UI work until done receives.
func runUntil[T any](t *testing.T, u *reviewUI, done <-chan T) T {
	t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		select {
		case f := <-u.queue:
			f()
		case v := <-done:
			return v
		case <-deadline:
			t.Fatal("timed out waiting for background work")
		}
	}
}

func (u *reviewUI) runUntil(t *testing.T, done <-chan struct{}) { t.Helper(); runUntil(t, u, done) }

// dbMeeting reads meeting id straight from the database.
func dbMeeting(t *testing.T, u *reviewUI, id int64) app.Meeting {
	t.Helper()
	m, err := u.store.(*storage.Store).Meeting(context.Background(), id)
	if err != nil {
		t.Fatalf("Meeting(%d): %v", id, err)
	}
	return m
}

// waitSaved runs action, which starts a background change, and waits until
// its outcome has been shown.
func waitSaved(t *testing.T, u *reviewUI, action func()) error {
	t.Helper()
	done := make(chan error, 1)
	u.review.afterSave = func(err error) { done <- err }
	defer func() { u.review.afterSave = nil }()
	action()
	return runUntil(t, u, done)
}

// tapQueueRow taps the i-th visible row of the review queue.
func tapQueueRow(t *testing.T, u *reviewUI, i int) {
	t.Helper()
	var rows []fyne.Tappable
	visible(u.review.list, func(o fyne.CanvasObject) {
		w, ok := o.(fyne.Widget)
		tap, tappable := o.(fyne.Tappable)
		if !ok || !tappable {
			return
		}
		for _, c := range test.WidgetRenderer(w).Objects() {
			if _, ok := c.(*queueRow); ok {
				rows = append(rows, tap)
			}
		}
	})
	if i >= len(rows) {
		t.Fatalf("queue shows %d rows, cannot tap row %d", len(rows), i)
	}
	test.Tap(rows[i].(fyne.Tappable))
}

// typeInto replaces e's text as a user would (select all, type) and
// presses Enter.
func typeInto(e *commitEntry, s string) {
	e.SetText("")
	test.Type(e, s)
	e.TypedKey(enterKey())
}

// button finds the visible button labelled label in the Review tab.
func button(t *testing.T, u *reviewUI, label string) *widget.Button {
	t.Helper()
	var found *widget.Button
	visible(u.review.content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no %q button in the Review tab", label)
	}
	return found
}

func TestReview_editDate(t *testing.T) {
	u := newReviewUI(t)
	tapQueueRow(t, u, 1)
	id := u.review.items[1].ID
	if u.review.open != id {
		t.Fatalf("tapping row 1 opened meeting %d, want %d", u.review.open, id)
	}
	err := waitSaved(t, u, func() { typeInto(u.review.form.date, "2025-03-04") })
	if err != nil {
		t.Fatalf("save: %v", err)
	}
	if got := dbMeeting(t, u, id).Date; got != (app.Date{Year: 2025, Month: 3, Day: 4}) {
		t.Errorf("stored date = %v, want 2025-03-04", got)
	}
	fields, _ := u.store.(*storage.Store).EditedFields(context.Background(), id)
	if !slices.Equal(fields, []string{"date"}) {
		t.Errorf("edited fields = %q, want date", fields)
	}
	if got := u.status.message.Text; got != "Saved" {
		t.Errorf("status = %q, want Saved", got)
	}
	if got := u.review.form.precision.Text; got != "Precision: day" {
		t.Errorf("precision = %q", got)
	}
}

func TestReview_invalidDateNotSaved(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	test.Type(u.review.form.date, "x") // make sure typing validates
	u.review.form.date.SetText("")
	test.Type(u.review.form.date, "2025-02-30")
	if !u.review.form.dateError.Visible() || u.review.form.dateError.Text == "" {
		t.Fatal("no inline error for 2025-02-30")
	}
	u.review.form.date.TypedKey(enterKey())
	if got := dbMeeting(t, u, id).Date; got != (app.Date{Year: 2025, Month: 9, Day: 30}) {
		t.Errorf("stored date = %v after an invalid entry, want it unchanged", got)
	}
	u.review.form.date.SetText("")
	test.Type(u.review.form.date, "2025-02")
	if u.review.form.dateError.Visible() {
		t.Errorf("a valid month still shows the error %q", u.review.form.dateError.Text)
	}
}

func TestReview_confirmAndNext(t *testing.T) {
	tests := []struct {
		name    string
		confirm func(u *reviewUI)
	}{
		{"button", func(u *reviewUI) { test.Tap(button(t, u, "Confirm")) }},
		{"Ctrl+Enter", func(u *reviewUI) { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(scConfirm) }},
		{"Ctrl+Enter in a field", func(u *reviewUI) { u.review.form.venue.TypedShortcut(scConfirm) }},
		{"menu", func(u *reviewUI) { menuItem(t, u, "Edit", "Confirm and next").Action() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newReviewUI(t)
			first, second := u.review.items[0].ID, u.review.items[1].ID
			if err := waitSaved(t, u, func() { tt.confirm(u) }); err != nil {
				t.Fatal(err)
			}
			if s := dbMeeting(t, u, first).Status; s != app.StatusConfirmed {
				t.Errorf("status = %q, want confirmed", s)
			}
			if u.review.open != second {
				t.Errorf("open meeting = %d, want the next one, %d", u.review.open, second)
			}
			if len(u.review.items) != 2 {
				t.Errorf("needs-review queue has %d meetings, want 2", len(u.review.items))
			}
			if got := u.review.status.Selected; got != "Needs review (2)" {
				t.Errorf("status filter = %q, want %q", got, "Needs review (2)")
			}
		})
	}
}

func TestReview_reject(t *testing.T) {
	u := newReviewUI(t)
	first := u.review.open
	if err := waitSaved(t, u, func() { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(scReject) }); err != nil {
		t.Fatal(err)
	}
	if s := dbMeeting(t, u, first).Status; s != app.StatusRejected {
		t.Errorf("status = %q, want rejected", s)
	}
	if u.review.open == first || u.review.open == 0 {
		t.Errorf("open meeting = %d, want the next one", u.review.open)
	}
}

func TestReview_undo(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	if err := waitSaved(t, u, func() { typeInto(u.review.form.venue, "Naqsh-e Jahan Square") }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, id).Venue; got != "Naqsh-e Jahan Square" {
		t.Fatalf("venue = %q", got)
	}
	if err := waitSaved(t, u, func() { test.Tap(button(t, u, "Undo")) }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, id).Venue; got != "" {
		t.Errorf("venue after undo = %q, want empty", got)
	}
	if err := waitSaved(t, u, func() { test.Tap(button(t, u, "Redo")) }); err != nil {
		t.Fatal(err)
	}
	if got := u.review.form.venue.Text; got != "Naqsh-e Jahan Square" {
		t.Errorf("form venue after redo = %q", got)
	}

	// Undo on a freshly opened store: the log is in the file.
	if err := u.Open(u.store.Path()); err != nil {
		t.Fatal(err)
	}
	u.showReview()
	if err := waitSaved(t, u, func() { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, id).Venue; got != "" {
		t.Errorf("venue after undo on a reopened store = %q, want empty", got)
	}
	if u.review.open != id || u.review.form.venue.Text != "" {
		t.Errorf("form shows meeting %d venue %q, want %d with no venue", u.review.open, u.review.form.venue.Text, id)
	}
}

func TestReview_participants(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	test.Tap(button(t, u, "Add participant"))
	rows := u.review.form.people
	if len(rows) != 3 {
		t.Fatalf("%d participant rows after Add, want 3", len(rows))
	}
	rows[2].country.SetText("SE")
	if err := waitSaved(t, u, func() { typeInto(rows[2].name, "Anna Berg") }); err != nil {
		t.Fatal(err)
	}
	ps := dbMeeting(t, u, id).Participants
	if len(ps) != 3 || ps[2].Name != "Anna Berg" || ps[2].Country != "SE" {
		t.Fatalf("stored participants = %+v", ps)
	}
	if err := waitSaved(t, u, func() { test.Tap(u.review.form.people[2].remove) }); err != nil {
		t.Fatal(err)
	}
	if ps := dbMeeting(t, u, id).Participants; len(ps) != 2 {
		t.Errorf("stored participants after Remove = %+v", ps)
	}
	// Removing one more would leave one person: refused inline, not saved.
	test.Tap(u.review.form.people[1].remove)
	if !u.review.form.peopleError.Visible() {
		t.Error("no inline error for a meeting with one participant")
	}
	if ps := dbMeeting(t, u, id).Participants; len(ps) != 2 {
		t.Errorf("a one-person meeting was saved: %+v", ps)
	}
}

func TestReview_sourceEmphasisesEvidence(t *testing.T) {
	u := newReviewUI(t)
	m := dbMeeting(t, u, u.review.open)
	var bold []string
	for _, s := range u.review.source.text.Segments {
		if ts, ok := s.(*widget.TextSegment); ok && ts.Style.TextStyle.Bold {
			bold = append(bold, ts.Text)
		}
	}
	if !slices.Equal(bold, []string{m.Evidence()}) {
		t.Errorf("bold segments = %q, want the evidence %q", bold, m.Evidence())
	}
	if u.review.source.title.Text != m.Sources[0].ArticleTitle {
		t.Errorf("source title = %q, want %q", u.review.source.title.Text, m.Sources[0].ArticleTitle)
	}
}

func TestReview_keysMoveInQueue(t *testing.T) {
	u := newReviewUI(t)
	c := u.win.Canvas()
	ids := []int64{u.review.items[0].ID, u.review.items[1].ID}
	c.OnTypedRune()('j')
	if u.review.open != ids[1] {
		t.Errorf("after J open = %d, want %d", u.review.open, ids[1])
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyUp})
	if u.review.open != ids[0] {
		t.Errorf("after Up open = %d, want %d", u.review.open, ids[0])
	}
	c.(fyne.Shortcutable).TypedShortcut(scFind)
	if c.Focused() != u.review.search {
		t.Error("Ctrl+F did not focus the search entry")
	}
}

// menuItem finds a main menu item by menu and label.
func menuItem(t *testing.T, u *reviewUI, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if m.Label == menu && it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %s > %s", menu, label)
	return nil
}

func TestReview_editMenu(t *testing.T) {
	u := newReviewUI(t)
	var labels []string
	for _, it := range u.win.MainMenu().Items[1].Items {
		label := it.Label
		if it.IsSeparator {
			label = "---"
		}
		if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok {
			label += " " + sc.ShortcutName()
		}
		labels = append(labels, label)
	}
	want := "Undo CustomDesktop:Control+Z | Redo CustomDesktop:Shift+Control+Z | --- | " +
		"Confirm and next CustomDesktop:Control+Return | Reject CustomDesktop:Control+BackSpace | --- | " +
		"Next meeting (J) | Previous meeting (K) | --- | Find in queue CustomDesktop:Control+F"
	if got := strings.Join(labels, " | "); got != want {
		t.Errorf("Edit menu = %q\nwant        %q", got, want)
	}
	u.tabs.SelectIndex(0)
	next := menuItem(t, u, "Edit", "Next meeting (J)")
	next.Action()
	if !u.review.visible() || u.review.open != u.review.items[0].ID {
		t.Errorf("Edit > Next from another tab: review shown %v, open %d; want it shown, still on the first", u.review.visible(), u.review.open)
	}
	next.Action()
	if u.review.open != u.review.items[1].ID {
		t.Errorf("Edit > Next: open %d, want %d", u.review.open, u.review.items[1].ID)
	}
}

func TestReview_savesInOrder(t *testing.T) {
	u := newReviewUI(t)
	id := u.review.open
	done := make(chan error, 3)
	u.review.afterSave = func(err error) { done <- err }
	for _, v := range []string{"First hall", "Second hall", "Third hall"} {
		typeInto(u.review.form.venue, v)
	}
	for range 3 {
		if err := runUntil(t, u, done); err != nil {
			t.Fatal(err)
		}
	}
	if got := dbMeeting(t, u, id).Venue; got != "Third hall" {
		t.Errorf("venue = %q after three quick edits, want the last one", got)
	}
	// Redo by key: Ctrl+Shift+Z after an undo.
	if err := waitSaved(t, u, func() { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, id).Venue; got != "Second hall" {
		t.Errorf("venue after undo = %q, want Second hall", got)
	}
	if err := waitSaved(t, u, func() { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(scRedo) }); err != nil {
		t.Fatal(err)
	}
	if got := dbMeeting(t, u, id).Venue; got != "Third hall" {
		t.Errorf("venue after Ctrl+Shift+Z = %q, want Third hall", got)
	}
}
