package widgets

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// newStartUI builds a second window on the database u has open, as main.go
// builds the window at start-up, without opening anything yet.
func newStartUI(t *testing.T, u *UI) *UI {
	t.Helper()
	s := NewUI(test.NewTempApp(t), Deps{OpenStore: openStorage, Pipeline: fakePipeline(), DefaultDB: filepath.Join(t.TempDir(), "default.db")})
	t.Cleanup(func() {
		if !s.closed {
			s.win.Close()
		}
	})
	return s
}

// paintFirstFrame paints s's window, as the driver does on its first tick,
// and waits until the work queued at that frame has run.
func paintFirstFrame(t *testing.T, s *UI) {
	t.Helper()
	s.win.Canvas().Capture()
	done := make(chan struct{})
	go func() { crossToUI(func() { close(done) }) }() // queued behind the first frame's work
	waitFor(t, done)
}

func TestUI_OpenAtStart(t *testing.T) {
	t.Run("lists load after the first frame", func(t *testing.T) {
		u := newTestUI(t, fakePipeline())
		importAndWait(t, u, seedFiles(t))
		s := newStartUI(t, u)
		if err := s.OpenAtStart(u.store.Path()); err != nil {
			t.Fatalf("OpenAtStart: %v", err)
		}
		if s.store == nil || len(s.meetings.items) != 0 || len(s.articles.items) != 0 {
			t.Fatalf("before the first frame: store %v, %d meetings and %d articles loaded; want the store open and nothing loaded",
				s.store, len(s.meetings.items), len(s.articles.items))
		}
		if s.body.Objects[0] != s.tabs {
			t.Error("the welcome view is shown before the counts are known; want the tabs")
		}
		paintFirstFrame(t, s)
		if len(s.meetings.items) != len(u.meetings.items) || len(s.meetings.items) == 0 || len(s.articles.items) != len(u.articles.items) {
			t.Errorf("after the first frame: %d meetings and %d articles; want %d and %d as Open loads",
				len(s.meetings.items), len(s.articles.items), len(u.meetings.items), len(u.articles.items))
		}
		if len(s.review.items) == 0 {
			t.Error("the review queue is empty after the first frame")
		}
	})
	t.Run("an empty database shows the welcome view once loaded", func(t *testing.T) {
		u := newTestUI(t, fakePipeline())
		s := newStartUI(t, u)
		if err := s.OpenAtStart(u.store.Path()); err != nil {
			t.Fatalf("OpenAtStart: %v", err)
		}
		paintFirstFrame(t, s)
		if s.body.Objects[0] != s.welcome.content {
			t.Error("an empty database still shows the tabs after loading; want the welcome view")
		}
	})
	t.Run("a window never painted loads its lists all the same", func(t *testing.T) {
		defer func(d time.Duration) { startLoadFallback = d }(startLoadFallback)
		startLoadFallback = 10 * time.Millisecond
		u := newTestUI(t, fakePipeline())
		importAndWait(t, u, seedFiles(t))
		s := newStartUI(t, u)
		loaded := make(chan struct{})
		if err := s.OpenAtStart(u.store.Path()); err != nil {
			t.Fatalf("OpenAtStart: %v", err)
		}
		go func() {
			time.Sleep(50 * time.Millisecond)   // after the fallback has queued the load
			crossToUI(func() { close(loaded) }) // runs behind it
		}()
		waitFor(t, loaded)
		if len(s.meetings.items) == 0 {
			t.Error("no meetings loaded without a first frame; want them loaded after the fallback delay")
		}
		s.meetings.items = nil
		paintFirstFrame(t, s) // late
		if len(s.meetings.items) != 0 {
			t.Error("a first frame after the fallback load loaded the lists again; want them loaded once")
		}
	})
	t.Run("a file that cannot be opened is an error at once", func(t *testing.T) {
		u := newTestUI(t, fakePipeline())
		s := newStartUI(t, u)
		bad := writeFile(t, t.TempDir(), "notes.db", "not a database, only some text that is long enough to have a header")
		if err := s.OpenAtStart(bad); err == nil || s.store != nil {
			t.Fatalf("OpenAtStart(%s) = %v with store %v; want an error and no store", bad, err, s.store)
		}
	})
}

func TestUI_AfterFirstFrame(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	var order []string
	u.AfterFirstFrame(func() { order = append(order, "first given") })
	u.AfterFirstFrame(func() { order = append(order, "last given") })
	if len(order) != 0 {
		t.Fatalf("ran before any frame: %v", order)
	}
	paintFirstFrame(t, u)
	paintFirstFrame(t, u) // a second frame runs nothing again
	if len(order) != 2 || order[0] != "last given" || order[1] != "first given" {
		t.Errorf("ran %v; want [last given first given], each once", order)
	}
}
