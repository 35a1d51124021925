package widgets

import "testing"

// BenchmarkViews_showLarge measures what showing the Timeline tab costs
// with 100,000 meetings stored: reading the views' data for both tabs in
// one query, building the lanes and cities, and laying both out.
func BenchmarkViews_showLarge(b *testing.B) {
	const articles, perArticle = 100, 1000
	u := newLargeUI(b, articles, perArticle)
	loaded := make(chan struct{}, 4)
	u.views.timeline.loaded = func() { loaded <- struct{}{} }
	u.views.cities.loaded = func() { loaded <- struct{}{} }
	for b.Loop() {
		u.tabs.Select(u.tabs.Items[0])
		u.views.Reload() // marks them stale
		u.tabs.Select(u.views.items[0])
		for range 2 {
			waitFor(b, loaded)
		}
	}
	if n := len(u.views.timeline.data.Meetings); n != articles*perArticle {
		b.Fatalf("the timeline has %d meetings, want %d", n, articles*perArticle)
	}
}
