package storage

import (
	"context"
	"testing"

	"parley/app"
)

func TestStore_SetArticlePublished(t *testing.T) {
	s, list := reviewFixture(t)
	ctx := context.Background()
	// Meetings list[1] and list[2] (2025-03-03) come from the same article.
	a, b := list[1], list[2]
	article := a.Sources[0].ArticleID
	if b.Sources[0].ArticleID != article {
		t.Fatalf("fixture: meetings %d and %d come from articles %d and %d", a.ID, b.ID, article, b.Sources[0].ArticleID)
	}
	// A person fixed b's date: re-resolution must leave it alone.
	if err := s.UpdateMeeting(ctx, b.ID, app.MeetingUpdate{Date: &app.Date{Year: 2025, Month: 3, Day: 1}}); err != nil {
		t.Fatal(err)
	}
	newDate := app.Date{Year: 2025, Month: 3, Day: 10}
	redate := map[int64]app.Date{a.ID: newDate, b.ID: newDate, list[0].ID: newDate}
	changed, err := s.SetArticlePublished(ctx, article, app.Date{Year: 2025, Month: 3, Day: 11}, redate)
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) != 1 || changed[0] != a.ID {
		t.Errorf("redated %v, want only meeting %d", changed, a.ID)
	}
	if got := meeting(t, s, a.ID).Date; got != newDate {
		t.Errorf("untouched meeting date = %v, want %v", got, newDate)
	}
	if got := meeting(t, s, b.ID).Date; got != (app.Date{Year: 2025, Month: 3, Day: 1}) {
		t.Errorf("hand-edited meeting date = %v, want 2025-03-01 kept", got)
	}
	if got := meeting(t, s, list[0].ID).Date; got != list[0].Date {
		t.Errorf("meeting of another article redated to %v", got)
	}
	if f, _ := s.EditedFields(ctx, a.ID); len(f) != 0 {
		t.Errorf("a re-resolved date counts as edited by hand: %q", f)
	}
	art, _ := s.Article(ctx, article)
	if art.Published != (app.Date{Year: 2025, Month: 3, Day: 11}) {
		t.Errorf("published = %v", art.Published)
	}
	// One undo takes back the published date and the re-resolved date.
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	art, _ = s.Article(ctx, article)
	if got := meeting(t, s, a.ID).Date; got != a.Date || art.Published == (app.Date{Year: 2025, Month: 3, Day: 11}) {
		t.Errorf("after undo: meeting date %v (want %v), published %v", got, a.Date, art.Published)
	}
	_, err = s.SetArticlePublished(ctx, article, app.Date{Year: 2025, Month: 2, Day: 30}, nil)
	wantCode(t, err, app.EInvalid)
}
