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
	if code := e.run("dev-generate", "--db", e.db(), "--articles", "30", "--meetings", "100",
		"--people", "40", "--cities", "12", "--years", "3", "--last-year", "2020", "--seed", "5"); code != ExitOK {
		t.Fatalf("exit %d, stderr %s", code, e.stderr.String())
	}
	if out := e.stdout.String(); !strings.Contains(out, "30 articles, 100 meetings generated") {
		t.Errorf("stdout %q does not report 30 articles and 100 meetings", out)
	}
	if !strings.Contains(e.stderr.String(), "30 of 30 articles") {
		t.Errorf("stderr %q reports no progress", e.stderr.String())
	}
	s, err := storage.Open(e.db())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 30 || c.Meetings != 100 || c.People > 40 || c.People < 20 || c.Places > 12 {
		t.Errorf("counts %+v, want 30 articles, 100 meetings, 20-40 people, at most 12 places", c)
	}
	ms, err := s.FindMeetings(context.Background(), app.MeetingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	dated := 0
	for _, m := range ms {
		if y := m.Date.Year; y != 0 {
			dated++
			if y < 2018 || y > 2020 {
				t.Errorf("meeting %d dated %v, outside 2018-2020", m.ID, m.Date)
			}
		}
	}
	if dated < 80 {
		t.Errorf("%d of 100 meetings are dated, want most", dated)
	}
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
