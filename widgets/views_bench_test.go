package widgets

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// BenchmarkViews_showLarge measures what showing the Timeline tab costs
// with 100,000 meetings stored: reading the views' data for both tabs in
// one query, building the lanes and cities, and laying both out.
func BenchmarkViews_showLarge(b *testing.B) {
	const articles, perArticle = 100, 1000
	path := filepath.Join(b.TempDir(), "large.db")
	fillDatabase(b, path, articles, perArticle)
	u := NewUI(test.NewTempApp(b), Deps{OpenStore: openStorage, Pipeline: fakePipeline()})
	b.Cleanup(u.win.Close)
	if err := u.Open(path); err != nil {
		b.Fatal(err)
	}
	loaded := make(chan struct{}, 4)
	u.views.timeline.loaded = func() { loaded <- struct{}{} }
	u.views.cities.loaded = func() { loaded <- struct{}{} }
	for b.Loop() {
		u.tabs.Select(u.tabs.Items[0])
		u.views.Reload() // marks them stale
		u.tabs.Select(u.views.items[0])
		for range 2 {
			waitForB(b, loaded)
		}
	}
	if n := len(u.views.timeline.data.Meetings); n != articles*perArticle {
		b.Fatalf("the timeline has %d meetings, want %d", n, articles*perArticle)
	}
}

// waitForB receives from ch, running queued UI work meanwhile, or fails
// the benchmark after a generous deadline.
func waitForB[T any](b *testing.B, ch <-chan T) T {
	b.Helper()
	deadline := time.After(60 * time.Second)
	for {
		select {
		case v := <-ch:
			return v
		case f := <-uiQueue:
			f()
		case <-deadline:
			b.Fatal("timed out waiting for the views to load")
		}
	}
}
