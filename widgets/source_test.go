package widgets

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"parley/app"
)

func TestEvidenceSegments(t *testing.T) {
	text := "Tehran,\n3 March. The ministers met in Geneva. They talked."
	ev := "The ministers met in Geneva."
	at := 17
	tests := []struct {
		name      string
		src       app.Source
		wantParts []string // segment texts; the evidence one is bold
		wantStart int
	}{
		{"span", app.Source{Evidence: ev, Span: app.Span{Start: at, End: at + len(ev)}}, []string{text[:at], "*" + ev, text[at+len(ev):]}, at},
		{"stale span, evidence found", app.Source{Evidence: ev, Span: app.Span{Start: 0, End: 5}}, []string{text[:at], "*" + ev, text[at+len(ev):]}, at},
		{"span over a hard wrap", app.Source{Evidence: "Tehran, 3 March.", Span: app.Span{Start: 0, End: 16}}, []string{"*" + text[:16], text[16:]}, 0},
		{"stale span, evidence not found", app.Source{Evidence: "Elsewhere.", Span: app.Span{Start: 0, End: 6}}, []string{"*Tehran", text[6:]}, 0},
		{"span at start", app.Source{Span: app.Span{Start: 0, End: 6}}, []string{"*Tehran", text[6:]}, 0},
		{"evidence missing", app.Source{Evidence: "Not in the text."}, []string{text}, -1},
		{"nothing", app.Source{}, []string{text}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs, start := evidenceSegments(text, tt.src)
			var got []string
			for _, s := range segs {
				ts := s.(*widget.TextSegment)
				if ts.Style.TextStyle.Bold {
					got = append(got, "*"+ts.Text)
					if ts.Style.ColorName != evidenceStyle.ColorName || !ts.Style.Inline {
						t.Errorf("evidence style = %+v", ts.Style)
					}
				} else {
					got = append(got, ts.Text)
				}
			}
			if start != tt.wantStart || len(got) != len(tt.wantParts) {
				t.Fatalf("segments %q start %d, want %q start %d", got, start, tt.wantParts, tt.wantStart)
			}
			for i := range got {
				if got[i] != tt.wantParts[i] {
					t.Errorf("segment %d = %q, want %q", i, got[i], tt.wantParts[i])
				}
			}
		})
	}
}

func TestArticleFile(t *testing.T) {
	if got, want := articleFile(app.Article{Path: "/data/a.html", Format: "html"}), "/data/a.html (HTML)"; got != want {
		t.Errorf("articleFile = %q, want %q", got, want)
	}
	if got := articleFile(app.Article{Format: "txt"}); got != "TXT" {
		t.Errorf("articleFile without a path = %q", got)
	}
}
