package cli

import (
	"context"
	"os"
	"strings"
	"testing"

	"parley/app"
	"parley/storage"
)

func TestDevGenerate(t *testing.T) {
	e := newEnv(t)
	if code := e.run("dev-generate", "--db", e.db(), "--articles", "200", "--meetings", "600",
		"--people", "150", "--cities", "12", "--years", "3", "--last-year", "2020", "--seed", "5"); code != ExitOK {
		t.Fatalf("exit %d, stderr %s", code, e.stderr.String())
	}
	if out := e.stdout.String(); !strings.Contains(out, "200 articles, 600 meetings generated") {
		t.Errorf("stdout %q does not report 200 articles and 600 meetings", out)
	}
	if !strings.Contains(e.stderr.String(), "200 of 200 articles") {
		t.Errorf("stderr %q reports no progress", e.stderr.String())
	}
	s, err := storage.Open(e.db())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 200 || c.Meetings != 600 || c.People > 150 || c.People < 100 || c.Places > 12 {
		t.Errorf("counts %+v, want 200 articles, 600 meetings, 100-150 people, at most 12 places", c)
	}
	checkDates(t, s, 2018, 2020)
	checkAliases(t, s)
}

// checkDates checks that most meetings are dated, all within from-to.
func checkDates(t *testing.T, s *storage.Store, from, to int) {
	t.Helper()
	ms, err := s.FindMeetings(context.Background(), app.MeetingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	dated := 0
	for _, m := range ms {
		if y := m.Date.Year; y != 0 {
			dated++
			if y < from || y > to {
				t.Errorf("meeting %d dated %v, outside %d-%d", m.ID, m.Date, from, to)
			}
		}
	}
	if dated < len(ms)*8/10 {
		t.Errorf("%d of %d meetings are dated, want most", dated, len(ms))
	}
}

// checkAliases checks that some person has two spellings with different
// keys (a merged transliteration), each naming some of their meetings.
func checkAliases(t *testing.T, s *storage.Store) {
	t.Helper()
	ctx := context.Background()
	people, err := s.People(ctx, app.PersonFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		full, err := s.Person(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(full.Aliases) >= 2 && full.Aliases[0].Meetings > 0 && full.Aliases[1].Meetings > 0 {
			return
		}
	}
	t.Errorf("none of %d people has two spellings that name meetings", len(people))
}

func TestDevGenerate_usage(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no db", []string{}, ExitUsage, "needs --db FILE"},
		{"argument", []string{"--db", "x.db", "extra"}, ExitUsage, "takes no arguments"},
		{"bad number", []string{"--db", "x.db", "--articles", "many"}, ExitUsage, "invalid value"},
		{"meetings below articles", []string{"--db", "x.db", "--articles", "10", "--meetings", "5"}, ExitUsage, "must be at least the number of articles"},
		{"existing file", []string{"--db", "EXISTING"}, ExitFailed, "already exists"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			if err := os.WriteFile(e.db(), []byte("keep me"), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"dev-generate"}, tt.args...)
			for i, a := range args {
				if a == "EXISTING" {
					args[i] = e.db()
				}
			}
			if code := e.run(args...); code != tt.code || !strings.Contains(e.stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, e.stderr.String(), tt.code, tt.want)
			}
			if b, _ := os.ReadFile(e.db()); string(b) != "keep me" {
				t.Errorf("the existing file was changed")
			}
			if e.opened != 0 {
				t.Errorf("a database was opened %d times", e.opened)
			}
		})
	}
}

func TestDevGenerate_hiddenFromHelp(t *testing.T) {
	e := newEnv(t)
	e.run("help")
	if strings.Contains(e.stdout.String(), "dev-generate") {
		t.Error("parley help lists the developer command dev-generate")
	}
	if code := e.run("help", "dev-generate"); code != ExitOK || !strings.Contains(e.stdout.String(), "--articles N") {
		t.Errorf("help dev-generate: exit %d, %q", code, e.stdout.String())
	}
}
