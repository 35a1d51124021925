package widgets

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// peopleFixture is the storage tests' people fixture: one envoy written
// "Kim Junpyo" (twice), "Kim" and "Ambassador Kim" in four meetings with
// Leila Navabi and Pierre Dufour.
const peopleFixture = "../storage/testdata/persons/articles.json"

// newPeopleUI is a UI on a database holding peopleFixture, with the
// People tab in front and loaded.
func newPeopleUI(t *testing.T) (*UI, *peopleView) {
	t.Helper()
	u := newTestUI(t, fakePipeline())
	b, err := os.ReadFile(peopleFixture)
	if err != nil {
		t.Fatal(err)
	}
	var batch []app.NewArticle
	if err := json.Unmarshal(b, &batch); err != nil {
		t.Fatal(err)
	}
	if _, err := u.store.SaveArticles(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	if err := u.refresh(); err != nil {
		t.Fatal(err)
	}
	v := peopleTabOf(t, u)
	showTab(t, u, "People")
	settle(t, v)
	return u, v
}

// peopleTabOf finds the People tab's view.
func peopleTabOf(t *testing.T, u *UI) *peopleView {
	t.Helper()
	for _, it := range u.tabs.Items {
		if v, ok := it.Content.(*peopleView); ok && it.Text == "People" {
			return v
		}
	}
	t.Fatal("no People tab")
	return nil
}

// showTab brings the tab called text forward, as a click on it does.
func showTab(t *testing.T, u *UI, text string) {
	t.Helper()
	for _, it := range u.tabs.Items {
		if it.Text == text {
			u.tabs.Select(it)
			return
		}
	}
	t.Fatalf("no %s tab", text)
}

// settle waits until the People tab's background work is done.
func settle(t *testing.T, v *peopleView) {
	t.Helper()
	done := make(chan error, 64)
	v.afterWork = func(err error) { done <- err }
	defer func() { v.afterWork = nil }()
	for v.pending > 0 {
		waitFor(t, done)
	}
}

// personRows are the People list's rows on screen.
func personRows(v *peopleView) []string {
	var rows []string
	visible(v.picker.list, func(o fyne.CanvasObject) {
		if r, ok := o.(*personRow); ok {
			rows = append(rows, r.text())
		}
	})
	return rows
}

// selectPerson selects the person called name in the list and waits for
// the detail panel.
func selectPerson(t *testing.T, v *peopleView, name string) {
	t.Helper()
	for i, p := range v.picker.items {
		if p.Name == name {
			v.picker.list.Select(i)
			settle(t, v)
			if v.detail.p.Name != name {
				t.Fatalf("the detail panel shows %q, want %q", v.detail.p.Name, name)
			}
			return
		}
	}
	t.Fatalf("%q is not in the list %v", name, personRows(v))
}

// dialogObject is the first visible object of type T in the top dialog.
func dialogObject[T fyne.CanvasObject](t *testing.T, u *UI) T {
	t.Helper()
	var found T
	var ok bool
	visible(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if x, is := o.(T); is && !ok {
			found, ok = x, true
		}
	})
	if !ok {
		t.Fatalf("no %T in the dialog", found)
	}
	return found
}

// storedPeople is everyone in the database as "name:meetings", by name.
func storedPeople(t *testing.T, u *UI) []string {
	t.Helper()
	list, err := u.store.(app.PeopleStore).People(context.Background(), app.PersonFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range list {
		out = append(out, p.Name+":"+strconv.Itoa(p.Meetings))
	}
	return out
}

func TestPeople_list(t *testing.T) {
	_, v := newPeopleUI(t)
	want := []string{"Ambassador Kim | 1", "Kim | 1", "Kim Junpyo | 2", "Leila Navabi | 2", "Pierre Dufour | 2"}
	if got := personRows(v); !slices.Equal(got, want) {
		t.Errorf("rows = %v, want %v", got, want)
	}
	if v.info.Text != "5 people" {
		t.Errorf("info = %q, want 5 people", v.info.Text)
	}
	tests := []struct {
		name, search string
		sort         int
		want         []string
	}{
		{"search any spelling", "kim", 0, []string{"Ambassador Kim | 1", "Kim | 1", "Kim Junpyo | 2"}},
		{"most meetings first", "", 1, []string{"Kim Junpyo | 2", "Leila Navabi | 2", "Pierre Dufour | 2", "Ambassador Kim | 1", "Kim | 1"}},
		{"nobody", "zz", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v.picker.search.SetText("")
			v.sortBy.SetSelectedIndex(tt.sort)
			test.Type(v.picker.search, tt.search)
			settle(t, v)
			if got := personRows(v); !slices.Equal(got, tt.want) {
				t.Errorf("rows = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPeople_detail(t *testing.T) {
	_, v := newPeopleUI(t)
	selectPerson(t, v, "Kim Junpyo")
	d := v.detail
	if d.summary.Text != "2 meetings · 1 name" {
		t.Errorf("summary = %q", d.summary.Text)
	}
	want := "Ambassador: 2024-03-05 (1 meeting)\nVice Foreign Minister: 2025-01-10 (1 meeting)"
	if d.titles.Text != want {
		t.Errorf("titles = %q, want %q", d.titles.Text, want)
	}
	if len(d.meetings) != 2 || d.meetings[0].Date.String() != "2025-01-10" {
		t.Errorf("meetings = %+v, want the two of Kim Junpyo, newest first", d.meetings)
	}
	if !d.split.Disabled() {
		t.Error("Split alias off is enabled for a person with one name")
	}
}

// TestPeople_mergeAndSplit merges two people through the dialog as a user
// does, then splits the spelling off again, checking the database.
func TestPeople_mergeAndSplit(t *testing.T) {
	u, v := newPeopleUI(t)
	selectPerson(t, v, "Kim Junpyo")
	test.Tap(findButton(t, u, "Merge with…"))
	search := dialogObject[*widget.Entry](t, u)
	test.Type(search, "ambass")
	settle(t, v)
	if !findButton(t, u, "Merge").Disabled() {
		t.Error("Merge is enabled before a person is chosen")
	}
	list := dialogObject[*widget.List](t, u)
	list.Select(0)
	if !onScreen(u, "Merge Ambassador Kim into Kim Junpyo.") {
		t.Errorf("the dialog does not say whom it merges: %q", screenTexts(u))
	}
	test.Tap(findButton(t, u, "Merge"))
	settle(t, v)
	want := []string{"Kim:1", "Kim Junpyo:3", "Leila Navabi:2", "Pierre Dufour:2"}
	if got := storedPeople(t, u); !slices.Equal(got, want) {
		t.Fatalf("after merging, people = %v, want %v", got, want)
	}
	if got := personRows(v); !slices.Contains(got, "Kim Junpyo | 3") || len(got) != 4 {
		t.Errorf("rows after merging = %v", got)
	}
	if v.detail.p.Name != "Kim Junpyo" || len(v.detail.p.Aliases) != 2 {
		t.Errorf("detail after merging = %+v", v.detail.p)
	}
	if u.status.message.Text != "Merged Ambassador Kim into Kim Junpyo"+undoHint {
		t.Errorf("status = %q", u.status.message.Text)
	}

	v.detail.aliases.Select(0) // "Ambassador Kim (1 meeting)", first by name
	test.Tap(v.detail.split)
	settle(t, v)
	want = []string{"Ambassador Kim:1", "Kim:1", "Kim Junpyo:2", "Leila Navabi:2", "Pierre Dufour:2"}
	if got := storedPeople(t, u); !slices.Equal(got, want) {
		t.Errorf("after splitting, people = %v, want %v", got, want)
	}
}

// TestPeople_mergeIsUndone checks that Edit > Undo takes a merge back,
// and that the People tab shows it when the user comes back to it.
func TestPeople_mergeIsUndone(t *testing.T) {
	u, v := newPeopleUI(t)
	selectPerson(t, v, "Kim Junpyo")
	test.Tap(findButton(t, u, "Merge with…"))
	test.Type(dialogObject[*widget.Entry](t, u), "Kim")
	settle(t, v)
	list := dialogObject[*widget.List](t, u)
	list.Select(1) // Ambassador Kim, Kim (Kim Junpyo himself is left out)
	test.Tap(findButton(t, u, "Merge"))
	settle(t, v)
	if n := len(storedPeople(t, u)); n != 4 {
		t.Fatalf("%d people after merging, want 4", n)
	}
	done := make(chan error, 1)
	u.review.afterSave = func(err error) { done <- err }
	u.review.Undo()
	if err := waitFor(t, done); err != nil {
		t.Fatal(err)
	}
	if n := len(storedPeople(t, u)); n != 5 {
		t.Errorf("%d people after undo, want 5", n)
	}
	showTab(t, u, "Review")
	showTab(t, u, "People")
	settle(t, v)
	if got := personRows(v); len(got) != 5 {
		t.Errorf("rows after undo and coming back = %v, want 5 people", got)
	}
}

func TestPeople_rename(t *testing.T) {
	u, v := newPeopleUI(t)
	selectPerson(t, v, "Kim")
	test.Tap(findButton(t, u, "Rename…"))
	entry := dialogObject[*widget.Entry](t, u)
	entry.SetText("")
	test.Type(entry, "--")
	if b := findButton(t, u, "Rename"); !b.Disabled() {
		t.Error("Rename is enabled for a name without letters")
	}
	entry.SetText("")
	test.Type(entry, "Kim Yong")
	test.Tap(findButton(t, u, "Rename"))
	settle(t, v)
	if got := storedPeople(t, u); !slices.Contains(got, "Kim Yong:1") || slices.Contains(got, "Kim:1") {
		t.Errorf("after renaming, people = %v", got)
	}
	ms, err := u.store.FindMeetings(context.Background(), app.MeetingFilter{Search: "Yong"})
	if err != nil || len(ms) != 1 {
		t.Errorf("search for the new name finds %d meetings (%v), want 1", len(ms), err)
	}
	if v.detail.p.Name != "Kim Yong" {
		t.Errorf("detail shows %q after renaming", v.detail.p.Name)
	}
}

// TestPeople_openMeeting checks that choosing one of a person's meetings
// opens it in the Review tab.
func TestPeople_openMeeting(t *testing.T) {
	u, v := newPeopleUI(t)
	selectPerson(t, v, "Pierre Dufour")
	id := v.detail.meetings[1].ID
	v.detail.meetingList.Select(1)
	if !u.review.visible() {
		t.Error("the Review tab is not in front")
	}
	if u.review.open != id {
		t.Errorf("review shows meeting %d, want %d", u.review.open, id)
	}
}

// TestPeople_changeKeepsReviewMeeting checks that a change to people
// leaves the meeting open in the Review tab open (the names are reloaded).
func TestPeople_changeKeepsReviewMeeting(t *testing.T) {
	u, v := newPeopleUI(t)
	selectPerson(t, v, "Pierre Dufour")
	id := v.detail.meetings[1].ID
	v.detail.meetingList.Select(1)
	if u.review.items[0].ID == id {
		t.Fatal("the fixture's meeting is first in the queue: the test would not see a reload that opens the first")
	}
	showTab(t, u, "People")
	settle(t, v)
	test.Tap(findButton(t, u, "Rename…"))
	entry := dialogObject[*widget.Entry](t, u)
	entry.SetText("")
	test.Type(entry, "Pierre Dufour-Lamy")
	test.Tap(findButton(t, u, "Rename"))
	settle(t, v)
	if u.review.open != id {
		t.Errorf("after the rename the review shows meeting %d, want %d", u.review.open, id)
	}
}

func TestPeople_importWhileShown(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	v := peopleTabOf(t, u)
	showTab(t, u, "People")
	settle(t, v)
	if len(v.picker.items) != 0 {
		t.Fatalf("an empty database lists %d people", len(v.picker.items))
	}
	importAndWait(t, u, seedFiles(t))
	closeDialogs(u)
	settle(t, v)
	if len(v.picker.items) == 0 || len(personRows(v)) == 0 {
		t.Errorf("after an import while People is shown: %d people listed, rows %q", len(v.picker.items), personRows(v))
	}
}
