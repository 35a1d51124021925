package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestPrefs_windowSize: the size saved when the window closes is the size
// the next window gets; nonsense sizes are ignored.
func TestPrefs_windowSize(t *testing.T) {
	tests := []struct {
		name       string
		save, want fyne.Size
	}{
		{"remembered", fyne.NewSize(900, 640), fyne.NewSize(900, 640)},
		{"too small ignored", fyne.NewSize(50, 40), defaultWindowSize},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, fakePipeline())
			u.win.Resize(tt.save)
			u.onCloseRequest()
			if !u.closed {
				t.Fatal("the close request did not close the window")
			}
			next := NewUI(u.app, Deps{OpenStore: openStorage, Pipeline: fakePipeline()})
			t.Cleanup(next.win.Close)
			next.onStarted()
			if got := next.win.Canvas().Size(); got != tt.want {
				t.Errorf("next window size %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPrefs_savePreferences: what the dialog saves is stored, the theme
// applies at once, and a new database is proposed in the chosen folder.
func TestPrefs_savePreferences(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	folder := t.TempDir()
	u.savePreferences(themeDark, layoutLong, scopeConfirm, folder)
	p := u.app.Preferences()
	for key, want := range map[string]string{prefTheme: themeDark, prefExportLayout: layoutLong, prefExportScope: scopeConfirm, prefDatabaseFolder: folder} {
		if got := p.String(key); got != want {
			t.Errorf("preference %s = %q, want %q", key, got, want)
		}
	}
	bg := u.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
	if want := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark); bg != want {
		t.Errorf("dark theme chosen: background %v, want the dark one %v", bg, want)
	}
	if got := u.newDatabaseFolder(); got != folder {
		t.Errorf("new databases proposed in %q, want %q", got, folder)
	}
}

// TestPrefs_dialog opens File > Preferences and saves it unchanged.
func TestPrefs_dialog(t *testing.T) {
	u := newTestUI(t, fakePipeline())
	u.menu.prefs.Action()
	if !onScreen(u, "Preferences") {
		t.Fatalf("Preferences dialog not shown; screen %q", screenTexts(u))
	}
	test.Tap(findButton(t, u, "Save"))
	if got := u.app.Preferences().String(prefTheme); got != themeSystem {
		t.Errorf("saved theme %q, want the default %q", got, themeSystem)
	}
}
