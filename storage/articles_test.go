package storage

import (
	"context"
	"strings"
	"testing"

	"parley/app"
)

func TestStore_SaveArticles(t *testing.T) {
	ctx := context.Background()
	t.Run("ok", func(t *testing.T) {
		s := openTest(t)
		res := save(t, s, sampleBatch(t))
		if len(res) != 3 {
			t.Fatalf("%d results, want 3", len(res))
		}
		for i, r := range res {
			if r.Duplicate || r.ArticleID == 0 {
				t.Errorf("result %d = %+v, want a new article id", i, r)
			}
		}
		c := counts(t, s)
		want := app.Counts{Articles: 3, Meetings: 5, People: 3, Places: 3, ByStatus: map[app.Status]int{app.StatusNew: 5}}
		if c.Articles != want.Articles || c.Meetings != want.Meetings || c.People != want.People ||
			c.Places != want.Places || c.ByStatus[app.StatusNew] != 5 {
			t.Errorf("Counts = %+v, want %+v", c, want)
		}
	})
	t.Run("duplicate", func(t *testing.T) {
		s := openTest(t)
		first := save(t, s, sampleBatch(t))
		before := counts(t, s)
		again := save(t, s, sampleBatch(t))
		for i, r := range again {
			if !r.Duplicate || r.ArticleID != first[i].ArticleID {
				t.Errorf("second save %d = %+v, want Duplicate of article %d", i, r, first[i].ArticleID)
			}
		}
		if after := counts(t, s); after.Articles != before.Articles || after.Meetings != before.Meetings ||
			after.People != before.People || after.Places != before.Places {
			t.Errorf("counts changed by a duplicate save: %+v -> %+v", before, after)
		}
	})
	t.Run("duplicate within batch", func(t *testing.T) {
		s := openTest(t)
		b := sampleBatch(t)
		res := save(t, s, []app.NewArticle{b[0], b[0]})
		if res[0].Duplicate || !res[1].Duplicate || res[1].ArticleID != res[0].ArticleID {
			t.Errorf("results = %+v, want the second a duplicate of the first", res)
		}
		if c := counts(t, s); c.Articles != 1 || c.Meetings != 2 {
			t.Errorf("Counts = %+v, want 1 article, 2 meetings", c)
		}
	})
	t.Run("empty batch", func(t *testing.T) {
		s := openTest(t)
		if res := save(t, s, nil); len(res) != 0 {
			t.Errorf("results = %v, want none", res)
		}
	})
	t.Run("meeting without sources points at its article", func(t *testing.T) {
		s := openTest(t)
		res := save(t, s, sampleBatch(t)[2:])
		list, err := s.FindMeetings(ctx, app.MeetingFilter{ArticleID: &res[0].ArticleID})
		if err != nil || len(list) != 2 {
			t.Fatalf("FindMeetings by article = %d meetings, %v; want 2", len(list), err)
		}
		for _, m := range list {
			if len(m.Sources) != 1 || m.Sources[0].ArticleID != res[0].ArticleID {
				t.Errorf("meeting %d sources = %+v, want one from article %d", m.ID, m.Sources, res[0].ArticleID)
			}
		}
	})
}

// TestStore_SaveArticles_invalid checks that one bad meeting anywhere in a
// batch fails it with EInvalid, names the article, and writes nothing.
func TestStore_SaveArticles_invalid(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(b []app.NewArticle)
		words string
	}{
		{"no hash", func(b []app.NewArticle) { b[2].Article.Hash = " " }, "no content hash"},
		{"impossible date", func(b []app.NewArticle) { b[2].Meetings[0].Date = app.Date{Year: 2025, Month: 2, Day: 30} }, "meeting 1"},
		{"unknown kind", func(b []app.NewArticle) { b[2].Meetings[1].Kind = "carrier pigeon" }, "meeting 2"},
		{"confidence above 1", func(b []app.NewArticle) { b[2].Meetings[0].Confidence = 1.5 }, "confidence"},
		{"participant without name", func(b []app.NewArticle) { b[2].Meetings[0].Participants[0].Name = " - " }, "no name"},
		{"country name not code", func(b []app.NewArticle) { b[2].Meetings[0].Participants[0].Country = "Korea" }, "two-letter"},
		{"span outside text", func(b []app.NewArticle) { b[2].Meetings[0].Sources[0].Span.End = 1 << 20 }, "outside the article"},
		{"bad published date", func(b []app.NewArticle) { b[2].Article.Published = app.Date{Year: 2025, Day: 3} }, "published"},
		{"latitude out of range", func(b []app.NewArticle) { b[2].Meetings[1].Place.Lat = 123 }, "coordinates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			b := sampleBatch(t)
			tt.spoil(b)
			_, err := s.SaveArticles(context.Background(), b)
			wantCode(t, err, app.EInvalid)
			msg := app.ErrorMessage(err)
			if !strings.Contains(msg, "corpus/geneva-corridors.md") || !strings.Contains(msg, tt.words) {
				t.Errorf("message %q should name the article and say %q", msg, tt.words)
			}
			if c := counts(t, s); c.Articles+c.Meetings+c.People+c.Places != 0 {
				t.Errorf("something was written: %+v", c)
			}
		})
	}
}

// TestStore_SaveArticles_rollback checks atomicity past validation: a
// failure inside the transaction (a source naming a missing article)
// undoes the articles saved before it in the batch.
func TestStore_SaveArticles_rollback(t *testing.T) {
	s := openTest(t)
	b := sampleBatch(t)
	b[2].Meetings[0].Sources[0].ArticleID = 999
	if _, err := s.SaveArticles(context.Background(), b); err == nil {
		t.Fatal("SaveArticles with a source naming a missing article succeeded")
	}
	if c := counts(t, s); c.Articles+c.Meetings+c.People+c.Places != 0 {
		t.Errorf("a failed batch left data behind: %+v", c)
	}
	if err := s.IntegrityCheck(context.Background()); err != nil {
		t.Error(err)
	}
}

func TestStore_HasArticle(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	save(t, s, sampleBatch(t)[:1])
	for hash, want := range map[string]bool{"hash-tehran-trade": true, "hash-isfahan-energy": false, "": false} {
		if got, err := s.HasArticle(ctx, hash); err != nil || got != want {
			t.Errorf("HasArticle(%q) = %v, %v; want %v", hash, got, err, want)
		}
	}
}

func TestStore_Articles(t *testing.T) {
	s := openTest(t)
	save(t, s, sampleBatch(t))
	tests := []struct {
		name string
		f    app.ArticleFilter
		want []string // titles in order
	}{
		{"all newest first", app.ArticleFilter{}, []string{"Corridors call", "Energy review in Isfahan", "Navabi meets Korean envoy"}},
		{"page", app.ArticleFilter{Limit: 1, Offset: 1}, []string{"Energy review in Isfahan"}},
		{"offset only", app.ArticleFilter{Offset: 2}, []string{"Navabi meets Korean envoy"}},
		{"search text", app.ArticleFilter{Search: "shipping"}, []string{"Navabi meets Korean envoy"}},
		{"search prefix and diacritics", app.ArticleFilter{Search: "humanit kim"}, []string{"Corridors call"}},
		{"search title", app.ArticleFilter{Search: "envoy"}, []string{"Navabi meets Korean envoy"}},
		{"search nothing", app.ArticleFilter{Search: "zeppelin"}, nil},
		{"search punctuation only", app.ArticleFilter{Search: `" * -`}, []string{"Corridors call", "Energy review in Isfahan", "Navabi meets Korean envoy"}},
		{"search FTS syntax is literal", app.ArticleFilter{Search: `energy OR "NEAR(`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := s.Articles(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range list {
				got = append(got, a.Title)
				if a.Text != "" {
					t.Errorf("article %d listed with its text", a.ID)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("titles = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStore_Article(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	b := sampleBatch(t)
	res := save(t, s, b)
	a, err := s.Article(ctx, res[0].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	w := b[0].Article
	if a.Text != w.Text || a.Title != w.Title || a.Path != w.Path || a.Hash != w.Hash || a.Format != w.Format ||
		a.Outlet != w.Outlet || a.Published != w.Published || a.DatelineCity != w.DatelineCity ||
		a.DatelineDate != w.DatelineDate || a.MeetingCount != 2 || a.ImportedAt.IsZero() {
		t.Errorf("Article = %+v\nwant fields of %+v with 2 meetings", a, w)
	}
	_, err = s.Article(ctx, 12345)
	wantCode(t, err, app.ENotFound)
}
