package widgets

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/app/ingest"
)

// copySeeds copies the seed articles into a new folder and returns it.
func copySeeds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range seedFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Base(f), string(data))
	}
	return dir
}

func TestUI_importBrokenFileBesideGoodOnes(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	dir := copySeeds(t)
	writeFile(t, dir, "broken.docx", "this is not a zip archive")
	writeFile(t, dir, "empty.txt", "")

	rep, err := importAndWait(t, u, []string{dir})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if rep.Imported != 3 || rep.Failed != 2 {
		t.Fatalf("report %q, want 3 imported and 2 failed", rep.Summary())
	}
	rows := reportRows(u)
	for _, name := range []string{"broken.docx", "empty.txt"} {
		if !slices.ContainsFunc(rows, func(r string) bool { return strings.HasPrefix(r, name+" | failed: ") }) {
			t.Errorf("no %q row in the report %q", name+" | failed: ...", rows)
		}
	}
	if !onScreen(u, rep.Summary()) {
		t.Errorf("report summary %q not on screen", rep.Summary())
	}
	closeDialogs(u)
	if got := len(meetingRows(u)); got != 3 {
		t.Errorf("meeting list shows %d rows, want 3", got)
	}
}

func TestUI_importTwiceReportsDuplicates(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	files := seedFiles(t)
	importAndWait(t, u, files)
	closeDialogs(u)
	rep, _ := importAndWait(t, u, files)
	if rep.Duplicates != len(files) {
		t.Errorf("second import: %q, want %d duplicates", rep.Summary(), len(files))
	}
	for _, r := range reportRows(u) {
		if !strings.Contains(r, "| duplicate") {
			t.Errorf("report row %q, want a duplicate", r)
		}
	}
	if got := u.status.counts.Text; !strings.HasPrefix(got, "3 articles · 3 meetings") {
		t.Errorf("counts after a re-import = %q, want 3 articles and 3 meetings", got)
	}
}

// blockingPipeline reads nothing until release is closed, and says on
// started when a read has begun, so a test can act while an import runs.
func blockingPipeline(started chan<- string, release <-chan struct{}) app.Pipeline {
	return app.Pipeline{
		Read: func(path string) (app.Document, error) {
			started <- path
			<-release
			return ingest.ReadFile(path)
		},
		Extract: fakeExtract,
		Workers: 1,
	}
}

func TestUI_cancelStopsImport(t *testing.T) {
	started, release := make(chan string, 10), make(chan struct{})
	u := newTestUI(t, blockingPipeline(started, release))
	files := seedFiles(t)

	rep, _ := waitImport(t, u, func() {
		u.importPaths(files)
		waitFor(t, started)
		if !u.progress.content.Visible() || u.progress.content.Size().Height < u.progress.cancel.MinSize().Height {
			t.Errorf("progress panel not shown while importing (visible %v, size %v)", u.progress.content.Visible(), u.progress.content.Size())
		}
		test.Tap(u.progress.cancel)
		close(release)
	})
	if rep.Imported != 0 || rep.Canceled != len(files) {
		t.Errorf("after cancel: %q, want every file canceled", rep.Summary())
	}
	want := "Import canceled after 3 files: 0 imported (0 meetings), 0 duplicates, 0 failed, 3 canceled"
	if got := u.status.message.Text; got != want {
		t.Errorf("status message = %q, want %q", got, want)
	}
	if u.progress.content.Visible() || u.menu.importFiles.Disabled {
		t.Error("progress panel still shown or import still disabled after the import ended")
	}
	if !onScreen(u, "Welcome to Parley") {
		t.Error("nothing was imported, yet the welcome view is gone")
	}
}

func TestUI_oneImportAtATime(t *testing.T) {
	started, release := make(chan string, 10), make(chan struct{})
	u := newTestUI(t, blockingPipeline(started, release))
	files := seedFiles(t)

	rep, _ := waitImport(t, u, func() {
		u.importPaths(files[:1])
		waitFor(t, started)
		if !u.menu.importFiles.Disabled || !u.menu.openDB.Disabled || !u.welcome.importFiles.Disabled() {
			t.Error("import actions still enabled during an import")
		}
		u.importPaths(files[1:]) // as a drop would during the import
		if !strings.Contains(u.lastError, "An import or export is running") {
			t.Errorf("second import: error %q, want the busy sentence", u.lastError)
		}
		if err := u.Open(filepath.Join(t.TempDir(), "other.db")); err == nil {
			t.Error("opening another database during an import succeeded")
		}
		close(release)
	})
	if len(rep.Results) != 1 || rep.Imported != 1 {
		t.Errorf("import report %q, want only the first file imported", rep.Summary())
	}
}

func TestUI_dropImportsFilesAndFolders(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	dir := copySeeds(t)
	extra := writeFile(t, t.TempDir(), "note.txt", "Minister Alpha met Minister Beta in Oslo on Monday.\n")
	uris := []fyne.URI{storage.NewFileURI(dir), storage.NewFileURI(extra)}

	rep, _ := waitImport(t, u, func() { u.onDropped(fyne.NewPos(10, 10), uris) })
	if rep.Imported != 4 {
		t.Errorf("drop of a folder and a file: %q, want 4 imported", rep.Summary())
	}
}

func TestImportProgress_Set(t *testing.T) {
	test.NewTempApp(t)
	p := newImportProgress()
	p.Start(func() {})
	p.Set(app.Progress{Done: 1, Total: 4, Current: filepath.Join("news", "a.txt")})
	if p.bar.Value != 0.25 || p.current.Text != "1 of 4: a.txt" {
		t.Errorf("bar %v, label %q; want 0.25 and %q", p.bar.Value, p.current.Text, "1 of 4: a.txt")
	}
	test.Tap(p.cancel)
	if !p.cancel.Disabled() || p.current.Text != "Canceling…" {
		t.Errorf("after Cancel: button disabled %v, label %q", p.cancel.Disabled(), p.current.Text)
	}
}

func TestUI_welcomeButtonsOpenDialogs(t *testing.T) {
	tests := []struct {
		name  string
		tap   func(*UI)
		title string
	}{
		{"import articles", func(u *UI) { test.Tap(u.welcome.importFiles) }, "Open File"},
		{"import folder", func(u *UI) { test.Tap(u.welcome.importFolder) }, "Open Folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, fakePipeline())
			tt.tap(u)
			if !onScreen(u, tt.title) {
				t.Errorf("no %q dialog; saw %q", tt.title, screenTexts(u))
			}
		})
	}
}

func TestUI_throttledProgress(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	var sent []func()
	u.do = func(f func()) { sent = append(sent, f) }
	progress := u.throttledProgress()
	const total = 10000
	for i := 1; i <= total; i++ {
		progress(app.Progress{Done: i, Total: total, Current: fmt.Sprintf("f%d.txt", i)})
	}
	if len(sent) < 2 || len(sent) > 100 {
		t.Fatalf("%d updates for %d files, want a few", len(sent), total)
	}
	sent[len(sent)-1]()
	if want := "10000 of 10000: f10000.txt"; u.progress.current.Text != want {
		t.Errorf("last update shows %q, want %q", u.progress.current.Text, want)
	}
}
