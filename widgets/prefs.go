package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/assets"
)

// Preference keys. Fyne keeps the values per app ID (FyneApp.toml), in
// the user's configuration folder.
const (
	prefTheme          = "theme"            // themeSystem, themeLight or themeDark
	prefExportLayout   = "export.layout"    // layoutWide or layoutLong (export.go)
	prefExportScope    = "export.scope"     // scopeAll or scopeConfirm (export.go)
	prefDatabaseFolder = "databases.folder" // where File > New database starts
	prefRecent         = "databases.recent" // File > Open Recent, latest first
	prefWindowWidth    = "window.width"
	prefWindowHeight   = "window.height"
)

// initComfort sets up what outlives a session: the icon, the theme, the
// recent databases, the window's size and the sample articles. makeMenu
// calls it because NewUI builds the menu after the content and before the
// window is shown, which is the moment all of these need.
func (u *UI) initComfort(m *fileMenu) {
	u.app.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG()))
	applyTheme(u.app)
	u.rememberOpens(m)
	m.setRecent(recentDatabases(u.app.Preferences()), u.onOpenRecent)
	u.welcome.setOnSamples(u.onImportSamples)
	u.win.SetCloseIntercept(u.onCloseRequest)
	// NewUI sizes the window after building the menu, so the remembered
	// size is applied once the app runs (the test driver never starts it).
	u.app.Lifecycle().SetOnStarted(u.onStarted)
	// Quit (Ctrl+Q) stops the app without the close intercept.
	u.app.Lifecycle().SetOnStopped(u.saveWindowSize)
}

// onStarted runs when the app starts: the remembered window size, and the
// Help menu last, after the Edit menu that NewUI adds after makeMenu.
func (u *UI) onStarted() {
	u.restoreWindowSize()
	u.addHelpMenu()
}

// restoreWindowSize gives the window the size it had when last closed.
func (u *UI) restoreWindowSize() {
	p := u.app.Preferences()
	w, h := p.Float(prefWindowWidth), p.Float(prefWindowHeight)
	if w >= minWindowSide && h >= minWindowSide {
		u.win.Resize(fyne.NewSize(float32(w), float32(h)))
	}
}

// minWindowSide keeps a corrupt or tiny remembered size from hiding the
// window.
const minWindowSide = 200

// saveWindowSize remembers the window's current size.
func (u *UI) saveWindowSize() {
	s := u.win.Canvas().Size()
	p := u.app.Preferences()
	p.SetFloat(prefWindowWidth, float64(s.Width))
	p.SetFloat(prefWindowHeight, float64(s.Height))
}

// onCloseRequest remembers the size before the window closes.
func (u *UI) onCloseRequest() {
	u.saveWindowSize()
	u.win.Close()
}

// onPreferences shows File > Preferences: theme, export defaults and the
// folder for new databases. Changes apply when the dialog is saved.
func (u *UI) onPreferences() {
	p := u.app.Preferences()
	th := widget.NewSelect(themeChoices, nil)
	th.SetSelected(p.StringWithFallback(prefTheme, themeSystem))
	layout := widget.NewRadioGroup([]string{layoutWide, layoutLong}, nil)
	layout.SetSelected(p.StringWithFallback(prefExportLayout, layoutWide))
	layout.Required = true
	scope := widget.NewRadioGroup([]string{scopeAll, scopeConfirm}, nil)
	scope.SetSelected(p.StringWithFallback(prefExportScope, scopeAll))
	scope.Required = true
	folder := widget.NewEntry()
	folder.SetText(p.String(prefDatabaseFolder))
	folder.SetPlaceHolder("beside the open database")
	browse := widget.NewButton("Browse…", func() { u.chooseFolderInto(folder) })
	items := []*widget.FormItem{
		widget.NewFormItem("Theme", th),
		widget.NewFormItem("Export layout", layout),
		widget.NewFormItem("Export meetings", scope),
		widget.NewFormItem("New databases in", container.NewBorder(nil, nil, nil, browse, folder)),
	}
	d := dialog.NewForm("Preferences", "Save", "Cancel", items, func(ok bool) {
		if ok {
			u.savePreferences(th.Selected, layout.Selected, scope.Selected, folder.Text)
		}
	}, u.win)
	d.Resize(fyne.NewSize(620, 360))
	d.Show()
}

// savePreferences stores the dialog's choices and applies the theme.
func (u *UI) savePreferences(theme, layout, scope, folder string) {
	p := u.app.Preferences()
	p.SetString(prefTheme, theme)
	p.SetString(prefExportLayout, layout)
	p.SetString(prefExportScope, scope)
	p.SetString(prefDatabaseFolder, folder)
	applyTheme(u.app)
}
