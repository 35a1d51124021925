package devgen

import (
	"context"
	"errors"
	"parley/app"
	"parley/app/geo"
	"strings"
	"testing"
)

// memStore keeps saved batches in memory and refuses a repeated hash, as
// storage does.
type memStore struct {
	articles []app.NewArticle
	hashes   map[string]bool
	fail     error
}

func (s *memStore) HasArticle(_ context.Context, hash string) (bool, error) {
	return s.hashes[hash], nil
}

func (s *memStore) SaveArticles(_ context.Context, batch []app.NewArticle) ([]app.SaveResult, error) {
	if s.fail != nil {
		return nil, s.fail
	}
	if s.hashes == nil {
		s.hashes = map[string]bool{}
	}
	res := make([]app.SaveResult, len(batch))
	for i, na := range batch {
		res[i].Duplicate = s.hashes[na.Article.Hash]
		s.hashes[na.Article.Hash] = true
		s.articles = append(s.articles, na)
	}
	return res, nil
}

func smallConfig() Config {
	return Config{Articles: 300, Meetings: 1500, People: 120, Cities: 40, Years: 4, LastYear: 2024, Seed: 7, BatchSize: 64}
}

// generate runs Generate on a memStore and checks the counts it reports.
func generate(t *testing.T, cfg Config) []app.NewArticle {
	t.Helper()
	var s memStore
	var calls []int
	res, err := Generate(context.Background(), &s, cfg, nil, func(done, total int) {
		if total != cfg.Articles {
			t.Errorf("progress total %d, want %d", total, cfg.Articles)
		}
		calls = append(calls, done)
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != cfg.Articles || res.Meetings != cfg.Meetings {
		t.Fatalf("Generate = %+v, want %d articles and %d meetings", res, cfg.Articles, cfg.Meetings)
	}
	if len(calls) == 0 || calls[len(calls)-1] != cfg.Articles {
		t.Errorf("progress calls %v do not end at %d", calls, cfg.Articles)
	}
	return s.articles
}

func TestGenerate_articles(t *testing.T) {
	arts := generate(t, smallConfig())
	for _, na := range arts {
		a := na.Article
		if a.Hash != app.ContentHash(a.Text) {
			t.Fatalf("%s: hash is not the content hash of its text", a.Path)
		}
		if len(na.Meetings) == 0 {
			t.Fatalf("%s has no meeting", a.Path)
		}
		if !strings.HasPrefix(a.Text, strings.ToUpper(a.DatelineCity)+", ") {
			t.Fatalf("%s: text %.40q does not open with the dateline %s", a.Path, a.Text, a.DatelineCity)
		}
		if a.Published.Year < 2021 || a.Published.Year > 2024 || a.Published.Precision() != app.PrecisionDay {
			t.Fatalf("%s: published %v, want a day in 2021-2024", a.Path, a.Published)
		}
	}
}

func TestGenerate_meetings(t *testing.T) {
	gaz := geo.Default()
	for _, na := range generate(t, smallConfig()) {
		for _, m := range na.Meetings {
			checkMeeting(t, gaz, na.Article.Text, m)
		}
	}
}

// checkMeeting checks one meeting against the rules storage and the
// review screen rely on.
func checkMeeting(t *testing.T, gaz *geo.Gazetteer, text string, m app.Meeting) {
	t.Helper()
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	s := m.Sources[0]
	if !s.Span.Valid(len(text)) || text[s.Span.Start:s.Span.End] != s.Evidence {
		t.Fatalf("evidence %q is not at span %v of the text", s.Evidence, s.Span)
	}
	if len(m.Participants) < 2 || !strings.Contains(s.Evidence, m.Participants[1].Name) {
		t.Fatalf("evidence %q does not name participants %v", s.Evidence, m.Participants)
	}
	if m.Place.City != "" {
		c, ok := gaz.CityByID(m.Place.GeoID)
		if !ok || c.Name != m.Place.City || c.Lat != m.Place.Lat || c.Lon != m.Place.Lon || c.Country != m.Place.Country {
			t.Fatalf("place %+v is not the gazetteer's city %+v", m.Place, c)
		}
	}
	if y := m.Date.Year; y != 0 && (y < 2020 || y > 2024) {
		t.Fatalf("date %v is outside 2020-2024", m.Date)
	}
}

// TestGenerate_mix checks that every kind, status and date precision occurs
// in proportions near the intended ones, and that people recur.
func TestGenerate_mix(t *testing.T) {
	cfg := smallConfig()
	count := map[string]int{}
	people := map[string]bool{}
	for _, na := range generate(t, cfg) {
		for _, m := range na.Meetings {
			count[string(m.Kind)]++
			count[string(m.Status)]++
			count[string(m.Date.Precision())]++
			for _, p := range m.Participants {
				people[canonicalKey(p.Name)] = true
			}
		}
	}
	for key, want := range map[string]float64{"in_person": .75, "phone": .15, "video": .10, "new": .6, "confirmed": .3,
		"rejected": .1, "day": .75, "month": .12, "year": .05, "unknown": .08} {
		if got := float64(count[key]) / float64(cfg.Meetings); got < want*0.6 || got > want*1.4 {
			t.Errorf("%s: %.3f of meetings, want about %.2f", key, got, want)
		}
	}
	if len(people) > cfg.People || len(people) < cfg.People*8/10 {
		t.Errorf("%d distinct people take part, want at most %d and most of them", len(people), cfg.People)
	}
}

// canonicalKey is the folded key of name with a variant given name
// replaced by the usual one: the key of the person it names.
func canonicalKey(name string) string {
	given, rest, _ := strings.Cut(name, " ")
	for usual, variant := range givenVariants {
		if given == variant {
			given = usual
		}
	}
	return foldKey(given + " " + rest)
}

func TestGenerate_deterministic(t *testing.T) {
	cfg := smallConfig()
	cfg.Articles, cfg.Meetings = 20, 60
	a, b := generate(t, cfg), generate(t, cfg)
	for i := range a {
		if a[i].Article.Text != b[i].Article.Text || len(a[i].Meetings) != len(b[i].Meetings) {
			t.Fatalf("article %d differs between two runs with seed %d", i, cfg.Seed)
		}
	}
	cfg.Seed++
	if c := generate(t, cfg); c[0].Article.Text == a[0].Article.Text {
		t.Errorf("seeds %d and %d made the same first article", cfg.Seed-1, cfg.Seed)
	}
}

func TestGenerate_errors(t *testing.T) {
	boom := errors.New("disk on fire")
	if _, err := Generate(context.Background(), &memStore{fail: boom}, smallConfig(), nil, nil); !errors.Is(err, boom) {
		t.Errorf("store failure: err = %v, want %v", err, boom)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := Generate(ctx, &memStore{}, smallConfig(), nil, nil)
	if app.ErrorCode(err) != app.ECanceled || res.Articles != 0 {
		t.Errorf("canceled: %+v, %v; want nothing saved and a canceled error", res, err)
	}
}

func TestConfig_Validate(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(*Config)
		ok     bool
	}{
		{"default", func(*Config) {}, true},
		{"no articles", func(c *Config) { c.Articles = 0 }, false},
		{"fewer meetings than articles", func(c *Config) { c.Meetings = c.Articles - 1 }, false},
		{"too few people", func(c *Config) { c.People = 3 }, false},
		{"more people than names", func(c *Config) { c.People = maxPeople + 1 }, false},
		{"no cities", func(c *Config) { c.Cities = 0 }, false},
		{"no years", func(c *Config) { c.Years = 0 }, false},
		{"before year 1", func(c *Config) { c.Years = c.LastYear + 1 }, false},
		{"negative batch", func(c *Config) { c.BatchSize = -1 }, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.change(&c)
			err := c.Validate()
			if (err == nil) != tt.ok {
				t.Fatalf("Validate(%+v) = %v, want ok %v", c, err, tt.ok)
			}
			if err != nil && app.ErrorCode(err) != app.EInvalid {
				t.Errorf("code %q, want invalid", app.ErrorCode(err))
			}
		})
	}
}

func TestSpread(t *testing.T) {
	g, err := New(smallConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	total, most := 0, 0
	for _, k := range g.counts {
		if k < 1 {
			t.Fatalf("an article has %d meetings", k)
		}
		total += k
		most = max(most, k)
	}
	if total != 1500 || most <= 5 {
		t.Errorf("spread: %d meetings in all (want 1500), at most %d in one article (want uneven)", total, most)
	}
}

// mergeStore is a memStore that resolves people by folded name, as storage
// does, and records merges.
type mergeStore struct {
	memStore
	merges [][2]string // keep and drop, by name
}

func (s *mergeStore) people() ([]app.Person, map[int64]string) {
	var list []app.Person
	ids, names := map[string]int64{}, map[int64]string{}
	for _, na := range s.articles {
		for _, m := range na.Meetings {
			for _, p := range m.Participants {
				if k := foldKey(p.Name); ids[k] == 0 {
					ids[k] = int64(len(ids) + 1)
					names[ids[k]] = p.Name
					list = append(list, app.Person{ID: ids[k], Name: p.Name})
				}
			}
		}
	}
	return list, names
}

func (s *mergeStore) People(context.Context, app.PersonFilter) ([]app.Person, error) {
	list, _ := s.people()
	return list, nil
}

func (s *mergeStore) MergePeople(_ context.Context, keep, drop int64) error {
	_, names := s.people()
	s.merges = append(s.merges, [2]string{names[keep], names[drop]})
	return nil
}

func TestGenerate_mergesVariants(t *testing.T) {
	cfg := smallConfig()
	var s mergeStore
	res, err := Generate(context.Background(), &s, cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Merged == 0 || res.Merged != len(s.merges) {
		t.Fatalf("Result.Merged = %d, %d merges made; want some, and the same", res.Merged, len(s.merges))
	}
	for _, m := range s.merges {
		keep, drop := m[0], m[1]
		if foldKey(keep) == foldKey(drop) || canonicalKey(keep) != canonicalKey(drop) || canonicalKey(keep) != foldKey(keep) {
			t.Errorf("merged %q into %q: not a variant into its usual spelling", drop, keep)
		}
	}
}
