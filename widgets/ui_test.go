package widgets

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestUI_welcomeOnEmptyDatabase(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	if !onScreen(u, "Welcome to Parley") {
		t.Fatalf("empty database: no welcome on screen; saw %q", screenTexts(u))
	}
	if got := u.win.Title(); got != "Parley — test.db" {
		t.Errorf("title = %q, want %q", got, "Parley — test.db")
	}
	importAndWait(t, u, seedFiles(t))
	closeDialogs(u)
	if onScreen(u, "Welcome to Parley") {
		t.Error("welcome still shown after an import")
	}
}

func TestUI_importUpdatesListsAndStatus(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	files := seedFiles(t)
	rep, _ := importAndWait(t, u, files)
	if rep.Imported != len(files) {
		t.Fatalf("imported %d of %d files: %+v", rep.Imported, len(files), rep.Results)
	}
	rows := reportRows(u)
	if len(rows) != len(files) {
		t.Errorf("report shows %d rows, want %d: %q", len(rows), len(files), rows)
	}
	for _, r := range rows {
		if !strings.HasSuffix(r, "imported 1 meeting") {
			t.Errorf("report row %q, want it to end in %q", r, "imported 1 meeting")
		}
	}
	closeDialogs(u)

	meetings := meetingRows(u)
	if len(meetings) != len(files) {
		t.Fatalf("meeting list shows %d rows, want %d: %q", len(meetings), len(files), meetings)
	}
	want := "2025-09-30 | Phone call | Kim Junpyo (KR) – Alaedin Rafizadeh (IR) | Isfahan, IR | Needs review | 40%"
	if meetings[0] != want {
		t.Errorf("meeting row = %q\nwant          %q", meetings[0], want)
	}
	u.tabs.SelectIndex(1)
	articles := articleRows(u)
	if len(articles) != len(files) {
		t.Fatalf("article list shows %d rows, want %d: %q", len(articles), len(files), articles)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if !slices.ContainsFunc(articles, func(r string) bool { return strings.HasSuffix(r, "| 1 meeting | "+name) }) {
			t.Errorf("no article row for %s in %q", name, articles)
		}
	}

	wantCounts := "3 articles · 3 meetings (3 need review)"
	if got := u.status.counts.Text; got != wantCounts {
		t.Errorf("status counts = %q, want %q", got, wantCounts)
	}
	wantMsg := "Imported 3 files: 3 imported (3 meetings), 0 duplicates, 0 failed"
	if got := u.status.message.Text; got != wantMsg {
		t.Errorf("status message = %q, want %q", got, wantMsg)
	}
}
