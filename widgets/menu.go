package widgets

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// fileMenu is the File menu and the items that an import disables.
// Fyne adds Quit to the first menu on desktops, so it is not listed here.
type fileMenu struct {
	main                   *fyne.MainMenu
	newDB, openDB          *fyne.MenuItem
	importFiles, importDir *fyne.MenuItem
	export                 *fyne.MenuItem
	recent                 *fyne.MenuItem // Open Recent, its submenu rebuilt by setRecent
	prefs                  *fyne.MenuItem
}

func (u *UI) makeMenu() *fileMenu {
	m := &fileMenu{
		newDB:       fyne.NewMenuItem("New database…", u.onNewDatabase),
		openDB:      fyne.NewMenuItem("Open database…", u.onOpenDatabase),
		importFiles: fyne.NewMenuItem("Import files…", u.onImportFiles),
		importDir:   fyne.NewMenuItem("Import folder…", u.onImportFolder),
		export:      fyne.NewMenuItem("Export CSV…", u.onExport),
		recent:      fyne.NewMenuItem("Open Recent", nil),
		prefs:       fyne.NewMenuItem("Preferences…", u.onPreferences),
	}
	u.addShortcut(m.openDB, fyne.KeyO)
	u.addShortcut(m.importFiles, fyne.KeyI)
	u.addShortcut(m.export, fyne.KeyE)
	u.addShortcut(m.prefs, fyne.KeyComma)
	file := fyne.NewMenu("File", m.newDB, m.openDB, m.recent, fyne.NewMenuItemSeparator(),
		m.importFiles, m.importDir, fyne.NewMenuItemSeparator(), m.export, fyne.NewMenuItem("Check database…", u.onCheckDatabase),
		fyne.NewMenuItemSeparator(), m.prefs)
	u.initComfort(m)
	m.main = fyne.NewMainMenu(file)
	return m
}

// addShortcut shows Ctrl+key beside item and binds it on the window's
// canvas: on Linux and Windows a menu item's shortcut is only a label.
func (u *UI) addShortcut(item *fyne.MenuItem, key fyne.KeyName) {
	sc := &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
	item.Shortcut = sc
	u.win.Canvas().AddShortcut(sc, func(fyne.Shortcut) {
		if !item.Disabled {
			item.Action()
		}
	})
}

// setBusy disables the items that must wait for a running import.
func (m *fileMenu) setBusy(busy bool) {
	for _, it := range []*fyne.MenuItem{m.newDB, m.openDB, m.recent, m.importFiles, m.importDir, m.export} {
		it.Disabled = busy
	}
	m.main.Refresh()
}

// onOpenDatabase asks for a database file and opens it.
func (u *UI) onOpenDatabase() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if r == nil { // cancelled
			return
		}
		path := r.URI().Path()
		_ = r.Close() // only the path is needed: the store opens the file itself
		u.openChosen(path)
	}, u.win)
	u.showFileDialog(d, u.databaseFolder())
}

// openChosen opens the database a dialog chose, or says why it cannot.
func (u *UI) openChosen(path string) {
	if err := u.Open(path); err != nil {
		u.ShowError(err)
	}
}

// onNewDatabase asks for a folder and a file name and creates the database.
// Why not a file save dialog: Fyne's save dialog truncates an existing file
// it is asked to overwrite before we see it, which would destroy whatever
// was there; this form refuses existing files instead.
func (u *UI) onNewDatabase() {
	folder := widget.NewEntry()
	folder.SetText(u.newDatabaseFolder())
	name := widget.NewEntry()
	name.SetText("parley.db")
	browse := widget.NewButton("Browse…", func() { u.chooseFolderInto(folder) })
	items := []*widget.FormItem{
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, browse, folder)),
		widget.NewFormItem("File name", name),
	}
	d := dialog.NewForm("New database", "Create", "Cancel", items, func(ok bool) {
		if ok {
			u.createDatabase(folder.Text, name.Text)
		}
	}, u.win)
	d.Resize(fyne.NewSize(560, 220))
	d.Show()
}

// createDatabase creates and opens a new database file, refusing to touch
// an existing file.
func (u *UI) createDatabase(folder, name string) {
	name = strings.TrimSpace(name)
	if name == "" {
		u.ShowError(app.Errorf(app.EInvalid, "Give the new database a file name."))
		return
	}
	if filepath.Ext(name) == "" {
		name += ".db"
	}
	path := filepath.Join(strings.TrimSpace(folder), name)
	if _, err := os.Stat(path); err == nil {
		u.ShowError(app.Errorf(app.EInvalid, "%s already exists; use File > Open database… to open it, or choose another name.", path))
		return
	}
	u.openChosen(path)
}

// chooseFolderInto lets the user pick a folder and writes it into e.
func (u *UI) chooseFolderInto(e *widget.Entry) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if dir != nil {
			e.SetText(dir.Path())
		}
	}, u.win)
	u.showFileDialog(d, e.Text)
}

// newDatabaseFolder is where File > New database proposes to create the
// file: the folder chosen in Preferences, else databaseFolder.
func (u *UI) newDatabaseFolder() string {
	if f := u.app.Preferences().String(prefDatabaseFolder); f != "" {
		return f
	}
	return u.databaseFolder()
}

// databaseFolder is the folder of the open database, else of the default one.
func (u *UI) databaseFolder() string {
	if u.store != nil {
		return filepath.Dir(u.store.Path())
	}
	if u.deps.DefaultDB != "" {
		return filepath.Dir(u.deps.DefaultDB)
	}
	home, _ := os.UserHomeDir()
	return home
}

// fileDialogSize is larger than Fyne's default so long names stay readable.
var fileDialogSize = fyne.NewSize(900, 600)

// showFileDialog shows d, starting in folder when that folder exists.
func (u *UI) showFileDialog(d *dialog.FileDialog, folder string) {
	if folder != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fileDialogSize)
	d.Show()
}
