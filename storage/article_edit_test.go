package storage

import (
	"context"
	"testing"

	"parley/app"
)

func TestStore_SetArticleField(t *testing.T) {
	s, list := reviewFixture(t)
	ctx := context.Background()
	id := list[0].Sources[0].ArticleID
	before, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	edits := []struct{ field, value, want string }{
		{app.ArticleTitle, "  Quorvale  talks ", "Quorvale talks"},
		{app.ArticleOutlet, "IMNA", "IMNA"},
		{app.ArticleDatelineCity, "Isfahan", "Isfahan"},
		{app.ArticleDatelineDate, "2025-09-28", "2025-09-28"},
	}
	for _, e := range edits {
		if err := s.SetArticleField(ctx, id, e.field, e.value); err != nil {
			t.Fatalf("%s: %v", e.field, err)
		}
	}
	a, _ := s.Article(ctx, id)
	got := []string{a.Title, a.Outlet, a.DatelineCity, a.DatelineDate.String()}
	for i, e := range edits {
		if got[i] != e.want {
			t.Errorf("%s = %q, want %q", e.field, got[i], e.want)
		}
	}
	// The new title is what full-text search finds.
	found, err := s.Articles(ctx, app.ArticleFilter{Search: "quorvale"})
	if err != nil || len(found) != 1 || found[0].ID != id {
		t.Errorf("search for the new title: %d articles, %v", len(found), err)
	}
	// Each edit is one action: four undos restore the article, newest first.
	for i := len(edits) - 1; i >= 0; i-- {
		act, err := s.Undo(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if act.ArticleID != id || act.MeetingID != 0 || len(act.Fields) != 1 || act.Fields[0] != edits[i].field {
			t.Errorf("undo %d = %+v, want article %d field %s", i, act, id, edits[i].field)
		}
	}
	a, _ = s.Article(ctx, id)
	if a.Title != before.Title || a.Outlet != before.Outlet || a.DatelineCity != before.DatelineCity || a.DatelineDate != before.DatelineDate {
		t.Errorf("after undo: %q %q %q %v, want %q %q %q %v", a.Title, a.Outlet, a.DatelineCity, a.DatelineDate,
			before.Title, before.Outlet, before.DatelineCity, before.DatelineDate)
	}
	if _, err := s.Redo(ctx); err != nil {
		t.Fatal(err)
	}
	if a, _ = s.Article(ctx, id); a.Title != "Quorvale talks" {
		t.Errorf("after redo: title %q", a.Title)
	}
}

func TestStore_SetArticleField_refuses(t *testing.T) {
	s, list := reviewFixture(t)
	ctx := context.Background()
	id := list[0].Sources[0].ArticleID
	cases := []struct {
		name         string
		id           int64
		field, value string
		code         app.Code
	}{
		{"unknown field", id, "text; DROP TABLE articles", "x", app.EInvalid},
		{"impossible dateline date", id, app.ArticleDatelineDate, "2025-02-30", app.EInvalid},
		{"missing article", 999999, app.ArticleTitle, "x", app.ENotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantCode(t, s.SetArticleField(ctx, c.id, c.field, c.value), c.code)
		})
	}
	// Nothing reached the edit log: there is nothing to undo.
	_, err := s.Undo(ctx)
	wantCode(t, err, app.ENotFound)
}
