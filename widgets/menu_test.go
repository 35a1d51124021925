package widgets

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"parley/app"
)

func TestUI_openRefusedKeepsCurrentDatabase(t *testing.T) {
	tests := []struct {
		name     string
		make     func(t *testing.T) string
		wantCode app.Code
	}{
		{"not a Parley database", func(t *testing.T) string {
			return writeFile(t, t.TempDir(), "notes.db", "Shopping list: bread, tea, saffron.\n")
		}, app.ENotParley},
		{"made by a newer Parley", newerDatabase, app.ENewer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, fakePipeline())
			importAndWait(t, u, seedFiles(t))
			closeDialogs(u)
			oldPath, oldTitle := u.store.Path(), u.win.Title()
			path := tt.make(t)
			before, _ := os.ReadFile(path)
			_, openErr := openStorage(path)
			if app.ErrorCode(openErr) != tt.wantCode {
				t.Fatalf("storage.Open: %v, want code %s", openErr, tt.wantCode)
			}

			u.openChosen(path)
			want := app.ErrorMessage(openErr)
			if u.lastError != want || !onScreen(u, want) {
				t.Errorf("error shown %q, want %q on screen", u.lastError, want)
			}
			if u.store.Path() != oldPath || u.win.Title() != oldTitle || u.status.path.Text != oldPath {
				t.Errorf("after a refused open: store %s, title %q, status %q; want the old database %s",
					u.store.Path(), u.win.Title(), u.status.path.Text, oldPath)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
				t.Error("the refused file was modified")
			}
			closeDialogs(u)
			if got := len(meetingRows(u)); got != 3 {
				t.Errorf("old database's meetings: %d rows, want 3", got)
			}
		})
	}
}

// newerDatabase makes a Parley database and marks it as made by a future
// version, as a newer Parley would leave it.
func newerDatabase(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "future.db")
	s, err := openStorage(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUI_createDatabase(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "taken.db", "someone else's file")
	tests := []struct {
		name, file string
		wantTitle  string // "" when creation must be refused
		wantError  string
	}{
		{"ok", "fresh", "Parley — fresh.db", ""},
		{"ok with extension", "second.sqlite", "Parley — second.sqlite", ""},
		{"existing file", "taken.db", "", "already exists"},
		{"no name", "  ", "", "Give the new database a file name."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, fakePipeline())
			oldTitle := u.win.Title()
			u.createDatabase(dir, tt.file)
			if tt.wantTitle == "" {
				if !strings.Contains(u.lastError, tt.wantError) || u.win.Title() != oldTitle {
					t.Errorf("error %q, title %q; want %q and the old title", u.lastError, u.win.Title(), tt.wantError)
				}
				return
			}
			if u.lastError != "" || u.win.Title() != tt.wantTitle {
				t.Errorf("error %q, title %q; want no error and %q", u.lastError, u.win.Title(), tt.wantTitle)
			}
			if !onScreen(u, "Welcome to Parley") {
				t.Error("a new database does not show the welcome view")
			}
		})
	}
}

func TestUI_menu(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	menus := u.win.MainMenu().Items
	if len(menus) < 2 || menus[0].Label != "File" || menus[1].Label != "Edit" {
		t.Fatalf("menus %v, want File and Edit first (TestReview_editMenu checks Edit)", menus)
	}
	var labels []string
	for _, it := range menus[0].Items {
		if it.IsQuit {
			t.Error("the File menu lists its own Quit; Fyne adds one")
		}
		label := it.Label
		if it.IsSeparator {
			label = "---"
		}
		if sc, ok := it.Shortcut.(fyne.KeyboardShortcut); ok {
			label += " " + string(sc.Key())
		}
		labels = append(labels, label)
	}
	want := "New database… | Open database… O | Open Recent | --- | Import files… I | Import folder… | --- | Export CSV… E | Check database… | --- | Preferences… ,"
	if got := strings.Join(labels, " | "); got != want {
		t.Errorf("File menu = %q\nwant        %q", got, want)
	}
}

func TestUI_openSwitchesDatabase(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	importAndWait(t, u, seedFiles(t))
	closeDialogs(u)
	other := filepath.Join(t.TempDir(), "other.db")
	u.openChosen(other)
	if u.lastError != "" {
		t.Fatalf("open: %s", u.lastError)
	}
	if u.win.Title() != "Parley — other.db" || u.status.path.Text != other {
		t.Errorf("title %q, status path %q; want other.db", u.win.Title(), u.status.path.Text)
	}
	if got := u.status.counts.Text; got != "0 articles · 0 meetings" {
		t.Errorf("counts %q, want the empty database's", got)
	}
	if !onScreen(u, "Welcome to Parley") || len(meetingRows(u)) != 0 {
		t.Error("the new empty database still shows the old meetings")
	}
}

func TestUI_shortcutsOpenDialogs(t *testing.T) {
	tests := []struct {
		name  string
		key   fyne.KeyName
		title string
	}{
		{"Ctrl+E export", fyne.KeyE, "Export CSV"},
		{"Ctrl+O open", fyne.KeyO, "Open File"},
		{"Ctrl+I import", fyne.KeyI, "Open File"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, fakePipeline())
			sc := &desktop.CustomShortcut{KeyName: tt.key, Modifier: fyne.KeyModifierShortcutDefault}
			u.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
			if u.win.Canvas().Overlays().Top() == nil || !onScreen(u, tt.title) {
				t.Errorf("no %q dialog after the shortcut; saw %q", tt.title, screenTexts(u))
			}
		})
	}
}

func TestUI_shortcutIgnoredWhileImporting(t *testing.T) {
	started, release := make(chan string, 10), make(chan struct{})
	u := newTestUI(t, blockingPipeline(started, release))
	waitImport(t, u, func() {
		u.importPaths(seedFiles(t)[:1])
		waitFor(t, started)
		sc := &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
		u.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
		if u.win.Canvas().Overlays().Top() != nil {
			t.Error("Ctrl+E opened a dialog during an import")
		}
		close(release)
	})
}
