package widgets

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestRecent_addRecent(t *testing.T) {
	many := func(n int) []string {
		var out []string
		for i := range n {
			out = append(out, "/db/"+string(rune('a'+i)))
		}
		return out
	}
	tests := []struct {
		name   string
		before []string
		add    string
		want   []string
	}{
		{"first", nil, "/db/a", []string{"/db/a"}},
		{"latest first", []string{"/db/a"}, "/db/b", []string{"/db/b", "/db/a"}},
		{"listed once", []string{"/db/a", "/db/b"}, "/db/b", []string{"/db/b", "/db/a"}},
		{"kept short", many(maxRecent), "/db/z", append([]string{"/db/z"}, many(maxRecent)[:maxRecent-1]...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := test.NewTempApp(t).Preferences()
			p.SetStringList(prefRecent, tt.before)
			addRecent(p, tt.add)
			if got := recentDatabases(p); !slices.Equal(got, tt.want) {
				t.Errorf("after addRecent(%q): %q, want %q", tt.add, got, tt.want)
			}
		})
	}
}

// TestUI_openRecent: every database that opens enters File > Open Recent,
// latest first, and choosing an entry opens it.
func TestUI_openRecent(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	first := u.store.Path()
	second := filepath.Join(t.TempDir(), "second.db")
	if err := u.Open(second); err != nil {
		t.Fatal(err)
	}
	labels := recentLabels(u)
	if len(labels) != 2 || labels[0] != second || labels[1] != first {
		t.Fatalf("Open Recent lists %q, want [%s %s]", labels, second, first)
	}
	u.menu.recent.ChildMenu.Items[1].Action()
	if u.store.Path() != first {
		t.Errorf("Open Recent > %s opened %s", first, u.store.Path())
	}
	if got := LastDatabase(u.app); got != first {
		t.Errorf("LastDatabase = %q, want %q", got, first)
	}
}

// TestUI_openRecentGone: a listed database that was deleted is not
// created anew; it leaves the list with an explanation.
func TestUI_openRecentGone(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	gone := filepath.Join(t.TempDir(), "gone.db")
	addRecent(u.app.Preferences(), gone)
	u.onOpenRecent(gone)
	if !strings.Contains(u.lastError, "no longer exists") {
		t.Errorf("error shown: %q, want one saying the file no longer exists", u.lastError)
	}
	if _, err := os.Stat(gone); err == nil {
		t.Error("Open Recent created the missing database")
	}
	if slices.Contains(recentLabels(u), gone) {
		t.Error("the missing database is still listed")
	}
}

func TestLastDatabase(t *testing.T) {
	a := test.NewTempApp(t)
	if got := LastDatabase(a); got != "" {
		t.Errorf("no recent databases: LastDatabase = %q, want \"\"", got)
	}
	kept := writeFile(t, t.TempDir(), "kept.db", "")
	a.Preferences().SetStringList(prefRecent, []string{filepath.Join(t.TempDir(), "deleted.db"), kept})
	if got := LastDatabase(a); got != kept {
		t.Errorf("LastDatabase = %q, want the latest that exists, %q", got, kept)
	}
}

// recentLabels are the entries of File > Open Recent.
func recentLabels(u *UI) []string {
	var out []string
	for _, it := range u.menu.recent.ChildMenu.Items {
		if !it.Disabled {
			out = append(out, it.Label)
		}
	}
	return out
}
