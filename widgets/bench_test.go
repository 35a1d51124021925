package widgets

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"parley/app"
)

// BenchmarkUI_refreshLarge measures what the window does after an import
// or on opening a database (counts, first page of meetings and articles)
// with 100,000 meetings stored.
func BenchmarkUI_refreshLarge(b *testing.B) {
	u := newLargeUI(b, 100, 1000)
	if len(u.meetings.items) != meetingPage || !u.meetings.more {
		b.Fatalf("loaded %d meetings, want a page of %d", len(u.meetings.items), meetingPage)
	}
	for b.Loop() {
		if err := u.refresh(); err != nil {
			b.Fatal(err)
		}
	}
}

// newLargeUI opens a window on a new database of articles, each with
// perArticle meetings.
func newLargeUI(b *testing.B, articles, perArticle int) *UI {
	b.Helper()
	path := filepath.Join(b.TempDir(), "large.db")
	fillDatabase(b, path, articles, perArticle)
	u := NewUI(test.NewTempApp(b), Deps{OpenStore: openStorage, Pipeline: fakePipeline()})
	b.Cleanup(u.win.Close)
	if err := u.Open(path); err != nil {
		b.Fatal(err)
	}
	return u
}

// fillDatabase saves articles, each with perArticle meetings.
func fillDatabase(b *testing.B, path string, articles, perArticle int) {
	b.Helper()
	s, err := openStorage(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	for i := range articles {
		text := fmt.Sprintf("Article %d. Minister Alpha met Minister Beta in Oslo.", i)
		ex := fakeExtract(app.Document{Path: fmt.Sprintf("a%d.txt", i), Text: text})
		for len(ex.Meetings) < perArticle {
			ex.Meetings = append(ex.Meetings, ex.Meetings[0])
		}
		na := app.NewArticle{Article: app.Article{Path: fmt.Sprintf("a%d.txt", i), Hash: app.ContentHash(text), Format: "txt", Title: ex.Title, Text: text}, Meetings: ex.Meetings}
		if _, err := s.SaveArticles(context.Background(), []app.NewArticle{na}); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("saved %d meetings in %v", articles*perArticle, time.Since(start))
}
