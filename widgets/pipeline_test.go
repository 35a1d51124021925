package widgets

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parley/app"
	"parley/app/pipeline"
)

// TestUI_realPipeline imports the seed articles with the production
// pipeline (ingest and extraction) and checks that what the store holds is
// what the lists and the status bar show.
func TestUI_realPipeline(t *testing.T) {
	u := newTestUI(t, pipeline.Default())
	files := seedFiles(t)
	rep, err := importAndWait(t, u, files)
	if err != nil || rep.Imported != len(files) {
		t.Fatalf("import: %q, %v; want %d imported", rep.Summary(), err, len(files))
	}
	closeDialogs(u)
	ms, err := u.store.FindMeetings(context.Background(), app.MeetingFilter{Sort: app.SortByDate})
	if err != nil || len(ms) == 0 {
		t.Fatalf("the seed articles gave %d meetings (%v); want some", len(ms), err)
	}
	rows := meetingRows(u)
	for _, m := range ms[:min(len(ms), len(rows))] {
		want := formatParticipants(m.Participants)
		if !slices.ContainsFunc(rows, func(r string) bool { return strings.Contains(r, want) }) {
			t.Errorf("no row shows %q; rows %q", want, rows)
		}
	}
	wantCounts := fmt.Sprintf("3 articles · %s", countNoun(len(ms), "meeting", "meetings"))
	if got := u.status.counts.Text; !strings.HasPrefix(got, wantCounts) {
		t.Errorf("status counts %q, want it to start with %q", got, wantCounts)
	}
	u.tabs.SelectIndex(1)
	articles := strings.Join(articleRows(u), "\n")
	for _, f := range files {
		if !strings.Contains(articles, filepath.Base(f)) {
			t.Errorf("article list lacks %s:\n%s", filepath.Base(f), articles)
		}
	}
	t.Logf("meeting rows:\n%s", strings.Join(rows, "\n"))
}
