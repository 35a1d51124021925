package widgets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
)

func TestUI_selectMeetingShowsDetails(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	importAndWait(t, u, seedFiles(t))
	closeDialogs(u)
	if onScreen(u, "Kim Junpyo — Ambassador (KR)") {
		t.Fatal("details shown before any selection")
	}
	u.meetings.list.Select(0)

	d := u.meetings.details
	file := strings.TrimPrefix(d.source.Text, "About ")
	data, err := os.ReadFile(filepath.Join(seedDir, file))
	if err != nil {
		t.Fatalf("source %q does not name a seed file: %v", d.source.Text, err)
	}
	firstLine, _, _ := strings.Cut(string(data), "\n")
	if got := d.evidence.Text; got != strings.TrimSpace(firstLine) {
		t.Errorf("evidence %q, want the first line of %s %q", got, file, firstLine)
	}
	for _, want := range []string{"Kim Junpyo — Ambassador (KR)", "2025-09-30 (day precision)", "Isfahan, IR", "Phone call", "technology", "Needs review · confidence 40%"} {
		if !onScreen(u, want) {
			t.Errorf("%q not on screen after selecting a meeting", want)
		}
	}
}

func TestUI_selectArticleShowsText(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	importAndWait(t, u, seedFiles(t))
	closeDialogs(u)
	u.tabs.SelectIndex(1)
	u.articles.list.Select(0)

	d := u.articles.details
	path := strings.TrimSuffix(d.file.Text, " · TXT")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("file %q of the selected article: %v", d.file.Text, err)
	}
	if !strings.Contains(string(data), strings.TrimSpace(d.text.Text[:60])) || len(d.text.Text) < 200 {
		t.Errorf("article text %q is not the text of %s", d.text.Text, path)
	}
	if !onScreen(u, "About "+filepath.Base(path)) || d.meetings.Text != "1 meeting" {
		t.Errorf("title or meeting count missing: %q", screenTexts(u))
	}
}

func TestUI_meetingFilters(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	importAndWait(t, u, seedFiles(t))
	closeDialogs(u)
	tests := []struct {
		name, status, search string
		wantRows             int
	}{
		{"all", "All", "", 3},
		{"needs review", "Needs review", "", 3},
		{"confirmed", "Confirmed", "", 0},
		{"search one article", "All", "Ghasemzade", 1},
		{"search nothing", "All", "Xylophone", 0},
		{"search cleared", "All", "", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u.meetings.status.SetSelected(tt.status)
			u.meetings.search.SetText("")
			if tt.search != "" {
				test.Type(u.meetings.search, tt.search)
				u.meetings.search.TypedKey(enterKey())
			}
			if got := len(meetingRows(u)); got != tt.wantRows {
				t.Errorf("%d rows shown, want %d", got, tt.wantRows)
			}
			if want := "Showing " + countNoun(tt.wantRows, "meeting", "meetings"); u.meetings.info.Text != want {
				t.Errorf("info %q, want %q", u.meetings.info.Text, want)
			}
		})
	}
}

func TestUI_meetingListLoadsInPages(t *testing.T) {
	const perArticle = 1201
	pl := fakePipeline()
	pl.Extract = func(doc app.Document) app.Extraction {
		ex := fakeExtract(doc)
		for len(ex.Meetings) < perArticle {
			ex.Meetings = append(ex.Meetings, ex.Meetings[0])
		}
		return ex
	}
	u := newTestUI(t, pl)
	importAndWait(t, u, seedFiles(t)[:1])
	closeDialogs(u)

	l := u.meetings
	if len(l.items) != meetingPage || !l.loadMore.Visible() {
		t.Fatalf("loaded %d meetings (load more shown: %v), want one page of %d", len(l.items), l.loadMore.Visible(), meetingPage)
	}
	if want := "Showing 500 of 1201 meetings (701 more)"; l.info.Text != want {
		t.Errorf("info %q, want %q", l.info.Text, want)
	}
	// Virtualised: only the rows that fit on screen exist.
	if rows := len(meetingRows(u)); rows == 0 || rows > 60 {
		t.Errorf("%d row widgets on screen for %d meetings, want a screenful", rows, len(l.items))
	}
	// Text typed but not submitted must not change what "Load more" continues.
	test.Type(l.search, "Xylophone")
	test.Tap(l.loadMore)
	test.Tap(l.loadMore)
	if len(l.items) != perArticle || l.loadMore.Visible() || l.info.Text != "Showing 1201 meetings" {
		t.Errorf("after loading all: %d meetings, info %q, load more shown %v", len(l.items), l.info.Text, l.loadMore.Visible())
	}
}
