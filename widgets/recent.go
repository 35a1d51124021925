package widgets

import (
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"

	"parley/app"
)

// maxRecent is how many databases File > Open Recent lists.
const maxRecent = 8

// recentDatabases lists the databases opened lately, the latest first.
func recentDatabases(p fyne.Preferences) []string {
	return p.StringList(prefRecent)
}

// addRecent puts path first in the recent list, once, and keeps the list
// at maxRecent. Paths are made absolute so that the same file opened from
// two working folders is listed once.
func addRecent(p fyne.Preferences, path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(recentDatabases(p), func(s string) bool { return s == path })
	list = append([]string{path}, list...)
	p.SetStringList(prefRecent, list[:min(len(list), maxRecent)])
}

// removeRecent drops path from the recent list.
func removeRecent(p fyne.Preferences, path string) {
	list := slices.DeleteFunc(recentDatabases(p), func(s string) bool { return s == path })
	p.SetStringList(prefRecent, list)
}

// LastDatabase is the database opened last in an earlier session, if it
// still exists, else "". main.go opens it at start when no --db was given.
func LastDatabase(a fyne.App) string {
	for _, path := range recentDatabases(a.Preferences()) {
		if _, err := os.Stat(path); err == nil {
			return path
		}
	}
	return ""
}

// rememberOpens wraps the store opener so that every database that opens
// (from the command line, a menu, a dialog or Open Recent) enters the
// recent list, and the submenu follows.
func (u *UI) rememberOpens(m *fileMenu) {
	open := u.deps.OpenStore
	u.deps.OpenStore = func(path string) (app.Store, error) {
		s, err := open(path)
		if err == nil {
			addRecent(u.app.Preferences(), s.Path())
			m.setRecent(recentDatabases(u.app.Preferences()), u.onOpenRecent)
		}
		return s, err
	}
}

// setRecent rebuilds the Open Recent submenu from paths.
func (m *fileMenu) setRecent(paths []string, open func(path string)) {
	items := make([]*fyne.MenuItem, 0, len(paths))
	for _, p := range paths {
		items = append(items, fyne.NewMenuItem(p, func() { open(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("No recent databases", nil)
		none.Disabled = true
		items = append(items, none)
	}
	m.recent.ChildMenu = fyne.NewMenu("", items...)
	if m.main != nil {
		m.main.Refresh()
	}
}

// onOpenRecent opens a recent database. One that has gone is not created
// anew (Open creates missing files): it is dropped from the list instead.
func (u *UI) onOpenRecent(path string) {
	if _, err := os.Stat(path); err != nil {
		removeRecent(u.app.Preferences(), path)
		u.menu.setRecent(recentDatabases(u.app.Preferences()), u.onOpenRecent)
		u.ShowError(app.Errorf(app.ENotFound, "%s no longer exists; it was removed from File > Open Recent.", path))
		return
	}
	u.openChosen(path)
}
