package cli

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parley/app"
)

// The extract --json contract of issue 2.
var (
	articleKeys     = []string{"file", "title", "published", "outlet", "meetings"}
	meetingKeys     = []string{"kind", "date", "city", "country", "lat", "lon", "venue", "participants", "topics", "evidence", "confidence"}
	participantKeys = []string{"name", "title", "organization", "country"}
)

func TestExtract_json(t *testing.T) {
	e := newEnv(t)
	e.deps.OpenStore = func(string) (app.Store, error) {
		t.Fatal("extract opened a database")
		return nil, nil
	}
	paths := articles(t)
	if code := e.run(append([]string{"extract", "--json"}, paths...)...); code != ExitOK {
		t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
	}
	lines := e.lines()
	if len(lines) != len(paths) {
		t.Fatalf("%d JSON lines for %d files", len(lines), len(paths))
	}
	meetings := 0
	for i, line := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i, err, line)
		}
		hasKeys(t, "article", obj, articleKeys)
		if obj["file"] != paths[i] {
			t.Errorf("file = %v, want the path as given %q", obj["file"], paths[i])
		}
		list, ok := obj["meetings"].([]any)
		if !ok {
			t.Fatalf("meetings = %v, want a list", obj["meetings"])
		}
		for _, m := range list {
			checkMeetingJSON(t, m)
		}
		meetings += len(list)
	}
	if meetings == 0 {
		t.Error("extract found no meeting in articles that all report some")
	}
	if exists(e.defPath) {
		t.Error("extract created the default database")
	}
}

func checkMeetingJSON(t *testing.T, v any) {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("meeting %v is not an object", v)
	}
	hasKeys(t, "meeting", m, meetingKeys)
	if k := app.Kind(m["kind"].(string)); !k.Valid() {
		t.Errorf("kind %q is not in_person, phone or video", k)
	}
	if d, ok := m["date"].(string); ok && !regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`).MatchString(d) {
		t.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", d)
	}
	if ev, _ := m["evidence"].(string); strings.TrimSpace(ev) == "" {
		t.Error("a meeting without evidence")
	}
	people, _ := m["participants"].([]any)
	for _, p := range people {
		hasKeys(t, "participant", p.(map[string]any), participantKeys)
	}
}

func hasKeys(t *testing.T, what string, obj map[string]any, keys []string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := obj[k]; !ok {
			t.Errorf("%s has no %q: %v", what, k, obj)
		}
	}
}

func TestExtract_badFile(t *testing.T) {
	e := newEnv(t)
	good := articles(t)[0]
	bad := []string{filepath.Join("testdata", "bad", "empty.txt"), filepath.Join("testdata", "bad", "notes.xyz")}
	if code := e.run("extract", "--json", bad[0], good, bad[1]); code != ExitFailed {
		t.Errorf("exit code = %d, want %d", code, ExitFailed)
	}
	if n := len(e.lines()); n != 1 {
		t.Errorf("%d JSON lines, want 1 for the good file", n)
	}
	errLines := strings.Split(strings.TrimSuffix(e.stderr.String(), "\n"), "\n")
	if len(errLines) != len(bad) {
		t.Fatalf("stderr has %d lines, want one per bad file: %q", len(errLines), e.stderr.String())
	}
	for i, l := range errLines {
		if name := filepath.Base(bad[i]); !strings.HasPrefix(l, "parley: ") || !strings.Contains(l, name) {
			t.Errorf("stderr line %q, want parley: ... naming %s", l, name)
		}
	}
}

func TestExtract_summary(t *testing.T) {
	e := newEnv(t)
	path := articles(t)[0]
	if code := e.run("extract", path); code != ExitOK {
		t.Fatalf("exit code = %d; stderr %q", code, e.stderr.String())
	}
	lines := e.lines()
	head := regexp.MustCompile(`^` + regexp.QuoteMeta(path) + `: (\d+) meetings?$`).FindStringSubmatch(lines[0])
	if head == nil {
		t.Fatalf("first line = %q, want %s: N meetings", lines[0], path)
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "  ") || !strings.Contains(l, ": ") {
			t.Errorf("meeting line %q, want an indented date, kind, place: people", l)
		}
	}
}
