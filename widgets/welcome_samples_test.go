package widgets

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestUI_trySampleArticles taps "Try the sample articles" on the welcome
// view of an empty database: the three embedded articles are imported
// through the ordinary import path, the lists replace the welcome view and
// the temporary copies are removed afterwards.
func TestUI_trySampleArticles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // os.MkdirTemp's folder, to watch the copies go
	u := newTestUI(t, fakePipeline())
	if !onScreen(u, "Welcome to Parley") {
		t.Fatal("an empty database shows no welcome view")
	}
	rep, err := waitImport(t, u, func() { test.Tap(u.welcome.samples) })
	if err != nil || rep.Imported != 3 || rep.Failed != 0 {
		t.Fatalf("samples import: %q, %v; want 3 imported", rep.Summary(), err)
	}
	closeDialogs(u)
	if onScreen(u, "Welcome to Parley") {
		t.Error("after the samples import the welcome view is still shown")
	}
	if rows := meetingRows(u); len(rows) != 3 {
		t.Errorf("meeting rows %q, want one per sample article", rows)
	}
	waitUntil(t, "the temporary sample copies are removed", func() bool {
		left, _ := filepath.Glob(filepath.Join(tmp, "parley-samples-*"))
		return len(left) == 0
	})
}

// TestUI_trySampleArticles_busy: while another import runs the samples
// are refused, and their temporary copies do not stay behind.
func TestUI_trySampleArticles_busy(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	started, release := make(chan string, 1), make(chan struct{})
	u := newTestUI(t, blockingPipeline(started, release))
	waitImport(t, u, func() {
		u.importPaths([]string{writeFile(t, t.TempDir(), "a.txt", "Some text.")})
		waitFor(t, started)
		u.onImportSamples()
		if u.lastError == "" {
			t.Error("samples during an import: no error shown")
		}
		if left, _ := filepath.Glob(filepath.Join(tmp, "parley-samples-*")); len(left) != 0 {
			t.Errorf("refused samples left %q behind", left)
		}
		close(release)
	})
}

// waitUntil polls cond for a few seconds, for work that ends in a
// goroutine the test cannot join.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting until %s", what)
}
