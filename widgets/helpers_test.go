package widgets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/app/ingest"
	"parley/storage"
)

// seedDir holds the annotated seed articles shared by the whole project.
const seedDir = "../testdata/corpus/seeds"

// openStorage opens a real database file, as main.go does.
func openStorage(path string) (app.Store, error) {
	s, err := storage.Open(path)
	if err != nil {
		return nil, err // a typed nil inside the interface would not be nil
	}
	return s, nil
}

// newTestUI builds the UI on a test app with a fresh database in a
// temporary folder, importing through pl.
func newTestUI(t *testing.T, pl app.Pipeline) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	u := NewUI(a, Deps{OpenStore: openStorage, Pipeline: pl, DefaultDB: filepath.Join(t.TempDir(), "default.db")})
	t.Cleanup(func() {
		if !u.closed { // the test driver panics on a second Close
			u.win.Close()
		}
	})
	if err := u.Open(filepath.Join(t.TempDir(), "test.db")); err != nil {
		t.Fatalf("Open: %v", err)
	}
	return u
}

// seedFiles lists the seed articles.
func seedFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in %s: %v", seedDir, err)
	}
	return files
}

// importAndWait imports paths through the same method the menu, the
// welcome buttons and drag-and-drop use, and waits for the report.
func importAndWait(t *testing.T, u *UI, paths []string) (app.Report, error) {
	t.Helper()
	return waitImport(t, u, func() { u.importPaths(paths) })
}

// waitImport runs start, which begins an import, and waits until the
// import has been reported on screen.
func waitImport(t *testing.T, u *UI, start func()) (app.Report, error) {
	t.Helper()
	type result struct {
		rep app.Report
		err error
	}
	done := make(chan result, 1)
	u.afterImport = func(rep app.Report, err error) { done <- result{rep, err} }
	start()
	r := waitFor(t, done)
	return r.rep, r.err
}

// uiQueue holds the work background goroutines hand to the UI in tests
// (crossToUI): it runs on the test goroutine while a test waits, as the
// real driver runs it on its one UI goroutine.
var uiQueue = make(chan func(), 4096)

func TestMain(m *testing.M) {
	crossToUI = func(f func()) { uiQueue <- f }
	os.Exit(m.Run())
}

// waitFor receives from ch, running queued UI work meanwhile, or fails the
// test after a generous deadline.
func waitFor[T any](t testing.TB, ch <-chan T) T {
	t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		select {
		case v := <-ch:
			return v
		case f := <-uiQueue:
			f()
		case <-deadline:
			t.Fatal("timed out waiting for background work")
			var zero T
			return zero
		}
	}
}

// visible walks the objects a user can see under o, depth first, through
// widget renderers and containers, skipping hidden ones.
func visible(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch c := o.(type) {
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			visible(child, fn)
		}
	case *fyne.Container:
		for _, child := range c.Objects {
			visible(child, fn)
		}
	}
}

// meetingRows are the texts of the meeting rows on screen.
func meetingRows(u *UI) []string {
	var rows []string
	visible(u.meetings.list, func(o fyne.CanvasObject) {
		if r, ok := o.(*meetingRow); ok {
			rows = append(rows, r.text())
		}
	})
	return rows
}

// articleRows are the texts of the article rows on screen.
func articleRows(u *UI) []string {
	var rows []string
	visible(u.articles.list, func(o fyne.CanvasObject) {
		if r, ok := o.(*articleRow); ok {
			rows = append(rows, r.text())
		}
	})
	return rows
}

// reportRows are the rows of the import report dialog on screen.
func reportRows(u *UI) []string {
	var rows []string
	for _, o := range u.win.Canvas().Overlays().List() {
		visible(o, func(o fyne.CanvasObject) {
			if r, ok := o.(*reportRow); ok {
				rows = append(rows, r.text())
			}
		})
	}
	return rows
}

// screenTexts are the texts of every visible label, in the window and its
// dialogs.
func screenTexts(u *UI) []string {
	var texts []string
	collect := func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text != "" {
			texts = append(texts, l.Text)
		}
	}
	visible(u.win.Content(), collect)
	for _, o := range u.win.Canvas().Overlays().List() {
		visible(o, collect)
	}
	return texts
}

// onScreen reports whether some visible label contains s.
func onScreen(u *UI, s string) bool {
	for _, text := range screenTexts(u) {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}

// writeFile writes a fixture file into dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// closeDialogs dismisses every dialog, as a user clicking Close would.
func closeDialogs(u *UI) {
	for u.win.Canvas().Overlays().Top() != nil {
		u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())
	}
}

// fakePipeline reads files for real but finds one fixed meeting per
// article: tests that check what the screen shows of a meeting should not
// depend on how good extraction is today.
func fakePipeline() app.Pipeline {
	return app.Pipeline{
		Expand: func(paths []string) ([]string, []app.FileResult) {
			files, problems := ingest.Collect(paths)
			var failed []app.FileResult
			for _, p := range problems {
				failed = append(failed, app.FileResult{Path: p.Path, Status: app.FileFailed, Err: p.Err})
			}
			return files, failed
		},
		Read:    ingest.ReadFile,
		Extract: fakeExtract,
	}
}

// fakeExtract makes one meeting whose evidence is the article's first line.
func fakeExtract(doc app.Document) app.Extraction {
	first, _, _ := strings.Cut(doc.Text, "\n")
	return app.Extraction{
		Title: "About " + filepath.Base(doc.Path),
		Meetings: []app.Meeting{{
			Kind:       app.KindPhone,
			Date:       app.Date{Year: 2025, Month: 9, Day: 30},
			Place:      app.Place{City: "Isfahan", Country: "IR"},
			Status:     app.StatusNew,
			Confidence: 0.4,
			Participants: []app.Participant{
				{Name: "Kim Junpyo", Title: "Ambassador", Country: "KR"},
				{Name: "Alaedin Rafizadeh", Title: "Vice President", Country: "IR"},
			},
			Topics:  []string{"technology"},
			Sources: []app.Source{{Evidence: first, Span: app.Span{Start: 0, End: len(first)}}},
		}},
	}
}

// enterKey is the key event of pressing Return in an entry.
func enterKey() *fyne.KeyEvent { return &fyne.KeyEvent{Name: fyne.KeyReturn} }
