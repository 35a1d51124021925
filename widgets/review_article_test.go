package widgets

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/storage"
)

func dbArticle(t *testing.T, u *reviewUI, id int64) app.Article {
	t.Helper()
	a, err := u.store.(*storage.Store).Article(context.Background(), id)
	if err != nil {
		t.Fatalf("Article(%d): %v", id, err)
	}
	return a
}

func TestReview_editArticleMetadata(t *testing.T) {
	u := newReviewUI(t)
	articleID := dbMeeting(t, u, u.review.open).Sources[0].ArticleID
	src := u.review.source
	before := dbArticle(t, u, articleID)
	edits := []struct {
		entry *commitEntry
		value string
		got   func(app.Article) string
	}{
		{src.title, "Envoy visits Isfahan", func(a app.Article) string { return a.Title }},
		{src.outlet, "IMNA", func(a app.Article) string { return a.Outlet }},
		{src.datelineCity, "Isfahan", func(a app.Article) string { return a.DatelineCity }},
		{src.datelineDate, "2025-09-28", func(a app.Article) string { return a.DatelineDate.String() }},
	}
	for _, e := range edits {
		if err := waitSaved(t, u, func() { typeInto(e.entry, e.value) }); err != nil {
			t.Fatal(err)
		}
		if got := e.got(dbArticle(t, u, articleID)); got != e.value {
			t.Errorf("database has %q, want %q", got, e.value)
		}
	}
	if got := u.status.message.Text; got != "Saved the article's dateline date" {
		t.Errorf("status = %q", got)
	}

	// An impossible dateline date is shown and not saved.
	typeInto(src.datelineDate, "2025-02-30")
	if !src.datelineError.Visible() {
		t.Error("no inline error for dateline date 2025-02-30")
	}
	if got := dbArticle(t, u, articleID).DatelineDate.String(); got != "2025-09-28" {
		t.Errorf("dateline date after an invalid entry = %q, want 2025-09-28 kept", got)
	}

	// Undo takes back the last article edit and the panel shows it.
	if err := waitSaved(t, u, func() { test.Tap(button(t, u, "Undo")) }); err != nil {
		t.Fatal(err)
	}
	if got := dbArticle(t, u, articleID).DatelineDate; got != before.DatelineDate {
		t.Errorf("dateline date after undo = %v, want %v", got, before.DatelineDate)
	}
	if src.datelineDate.Text != before.DatelineDate.String() || src.title.Text != "Envoy visits Isfahan" {
		t.Errorf("panel after undo: dateline %q title %q", src.datelineDate.Text, src.title.Text)
	}
}

func TestReview_sourceChoiceForMergedMeeting(t *testing.T) {
	u := newReviewUI(t)
	keep, other := u.review.items[0].ID, u.review.items[1].ID
	second := dbMeeting(t, u, other).Sources[0]
	if err := u.store.(*storage.Store).MergeMeetings(context.Background(), keep, other); err != nil {
		t.Fatal(err)
	}
	u.review.reloadKeeping(keep)
	src := u.review.source
	if !src.sources.Visible() || len(src.sources.Options) != 2 || src.sources.SelectedIndex() != 0 {
		t.Fatalf("source choice: visible %v, options %q", src.sources.Visible(), src.sources.Options)
	}
	src.sources.SetSelectedIndex(1)
	if src.title.Text != second.ArticleTitle || !strings.Contains(src.text.String(), second.Evidence) {
		t.Errorf("second source shows title %q, want %q with its evidence", src.title.Text, second.ArticleTitle)
	}
	// A meeting from one article needs no choice.
	u.review.reloadKeeping(u.review.items[1].ID)
	if src.sources.Visible() {
		t.Error("the source choice shows for a meeting with one source")
	}
}

func TestReview_viewsShowReviewChanges(t *testing.T) {
	u := newReviewUI(t)
	tl := u.views.timeline
	loaded := make(chan struct{}, 4)
	tl.loaded = func() { loaded <- struct{}{} }
	u.tabs.Select(u.views.items[0])
	runUntil(t, u, loaded)
	id := u.review.open
	u.showReview()
	if err := waitSaved(t, u, func() { test.Tap(button(t, u, "Confirm")) }); err != nil {
		t.Fatal(err)
	}
	u.tabs.Select(u.views.items[0])
	runUntil(t, u, loaded)
	found := false
	for _, m := range tl.data.Meetings {
		if m.ID == id {
			found = true
			if m.Status != app.StatusConfirmed {
				t.Errorf("the timeline shows meeting %d as %v after it was confirmed", id, m.Status)
			}
		}
	}
	if !found {
		t.Errorf("the timeline does not show meeting %d", id)
	}
}
