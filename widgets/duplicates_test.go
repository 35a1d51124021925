package widgets

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// showDuplicates selects the Duplicates tab as a user would and waits
// until its search is shown.
func showDuplicates(t *testing.T, u *reviewUI) *duplicatesView {
	t.Helper()
	var d *duplicatesView
	for i, tab := range u.tabs.Items {
		if v, ok := tab.Content.(*duplicatesView); ok {
			d = v
			loaded := make(chan struct{}, 1)
			d.afterLoad = func() { loaded <- struct{}{} }
			u.tabs.SelectIndex(i)
			u.runUntil(t, loaded)
		}
	}
	if d == nil {
		t.Fatal("no Duplicates tab")
	}
	return d
}

// pairRows are the proposed pairs on screen, with their buttons.
func pairRows(d *duplicatesView) []*pairRow {
	var rows []*pairRow
	visible(d.list, func(o fyne.CanvasObject) {
		if r, ok := o.(*pairRow); ok {
			rows = append(rows, r)
		}
	})
	return rows
}

// The seed articles each give one meeting of the same two people on the
// same day (fakeExtract): three meetings, three pairs.
func TestDuplicates_listsPairsSideBySide(t *testing.T) {
	u := newReviewUI(t)
	d := showDuplicates(t, u)
	rows := pairRows(d)
	if len(rows) != 3 {
		t.Fatalf("%d pairs shown, want 3", len(rows))
	}
	text := rows[0].text()
	for _, want := range []string{"Kim Junpyo (KR)", "2025-09-30", "Isfahan, IR", " || Meeting "} {
		if !strings.Contains(text, want) {
			t.Errorf("row %q lacks %q", text, want)
		}
	}
	if !strings.Contains(d.info.Text, "3 pairs of meetings") {
		t.Errorf("info = %q", d.info.Text)
	}
}

func TestDuplicates_merge(t *testing.T) {
	u := newReviewUI(t)
	d := showDuplicates(t, u)
	p := d.pairs[0]
	loaded := make(chan struct{}, 1)
	d.afterLoad = func() { loaded <- struct{}{} }
	if err := waitSaved(t, u, func() { test.Tap(pairRows(d)[0].merge) }); err != nil {
		t.Fatal(err)
	}
	u.runUntil(t, loaded)
	kept := dbMeeting(t, u, p.A.ID)
	if len(kept.Sources) != 2 || slices.Contains(storedIDs(t, u), p.B.ID) {
		t.Errorf("after Merge: meeting %d has %d sources, stored %v", p.A.ID, len(kept.Sources), storedIDs(t, u))
	}
	if len(d.pairs) != 1 || len(u.review.items) != 2 {
		t.Errorf("after Merge: %d pairs, %d meetings in the review queue; want 1 and 2", len(d.pairs), len(u.review.items))
	}
}

func TestDuplicates_notADuplicateIsRemembered(t *testing.T) {
	u := newReviewUI(t)
	d := showDuplicates(t, u)
	p := d.pairs[0]
	test.Tap(pairRows(d)[0].different)
	if len(d.pairs) != 2 || len(storedIDs(t, u)) != 3 {
		t.Fatalf("after Not a duplicate: %d pairs, %d meetings; want 2 and 3", len(d.pairs), len(storedIDs(t, u)))
	}
	// Reopening the database and the tab does not propose it again.
	if err := u.Open(u.store.Path()); err != nil {
		t.Fatal(err)
	}
	u.tabs.SelectIndex(0)
	d = showDuplicates(t, u)
	if len(d.pairs) != 2 || slices.ContainsFunc(d.pairs, func(q app.DuplicatePair) bool { return q.Key() == p.Key() }) {
		t.Errorf("after reopening: %d pairs (dismissed %v among them?)", len(d.pairs), p.Key())
	}
}

func TestDuplicates_none(t *testing.T) {
	u := newReviewUI(t)
	for _, m := range u.review.items[1:] {
		if err := waitSaved(t, u, func() {
			u.review.unitAction(func(ctx context.Context, me app.MeetingEditor) error { return me.DeleteMeeting(ctx, m.ID) }, func() {})
		}); err != nil {
			t.Fatal(err)
		}
	}
	d := showDuplicates(t, u)
	if len(pairRows(d)) != 0 || !strings.HasPrefix(d.info.Text, "No duplicates proposed") {
		t.Errorf("%d rows, info %q; want none and the explanation", len(pairRows(d)), d.info.Text)
	}
	var labels []string
	visible(d, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok {
			labels = append(labels, b.Text)
		}
	})
	if !slices.Contains(labels, "Look again") {
		t.Errorf("buttons %q lack Look again", labels)
	}
}
