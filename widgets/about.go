package widgets

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"parley/assets"
)

// dataCredits names the third-party data embedded in Parley and its
// licence, as those licences ask (details in docs/data.md).
var dataCredits = []string{
	"Cities: GeoNames (geonames.org), CC BY 4.0",
	"Countries: world-countries (mledoze), ODbL 1.0",
	"Land outline: Natural Earth, public domain",
}

// addHelpMenu appends Help (About, Keyboard Shortcuts) as the last menu.
func (u *UI) addHelpMenu() {
	for _, m := range u.menu.main.Items {
		if m.Label == "Help" {
			return
		}
	}
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard Shortcuts", u.onShortcuts),
		fyne.NewMenuItem("About Parley", u.onAbout))
	u.menu.main.Items = append(u.menu.main.Items, help)
	u.menu.main.Refresh()
}

// appVersion is the version the packaging tool or main.go stamped into
// the app's metadata, or a plain note for a development build.
func appVersion(a fyne.App) string {
	if v := a.Metadata().Version; v != "" {
		return v
	}
	return "development build"
}

// onAbout shows Help > About: icon, version and the data credits.
func (u *UI) onAbout() {
	icon := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.IconPNG()))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(96, 96))
	name := widget.NewLabel("Parley " + appVersion(u.app))
	name.TextStyle.Bold = true
	name.Alignment = fyne.TextAlignCenter
	what := widget.NewLabel("Finds the diplomatic and official meetings that news articles report. Everything stays on this computer.")
	what.Wrapping = fyne.TextWrapWord
	credits := widget.NewLabel("Includes data from:\n" + strings.Join(dataCredits, "\n"))
	box := container.NewVBox(container.NewCenter(icon), name, what, credits)
	d := dialog.NewCustom("About Parley", "Close", container.New(fixedWidth(440), box), u.win)
	d.Show()
}

// onShortcuts shows Help > Keyboard Shortcuts, read from the menus so the
// list cannot drift from what the menus bind.
func (u *UI) onShortcuts() {
	rows := shortcutRows(u.menu.main)
	grid := container.NewGridWithColumns(2)
	for _, r := range rows {
		key := widget.NewLabel(r[0])
		key.TextStyle.Monospace = true
		grid.Add(key)
		grid.Add(widget.NewLabel(r[1]))
	}
	d := dialog.NewCustom("Keyboard Shortcuts", "Close", container.NewVScroll(grid), u.win)
	d.Resize(fyne.NewSize(520, 480))
	d.Show()
}

// shortcutRows lists (keys, "Menu > Item") for every menu item with a
// shortcut, plus Quit, which Fyne adds to the first menu itself.
func shortcutRows(mm *fyne.MainMenu) [][2]string {
	var rows [][2]string
	for _, m := range mm.Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				rows = append(rows, [2]string{shortcutLabel(it.Shortcut), m.Label + " > " + it.Label})
			}
		}
	}
	return append(rows, [2]string{modifierLabel(fyne.KeyModifierShortcutDefault) + "+Q", "Quit"})
}

// shortcutLabel writes a shortcut the way menus show it: "Ctrl+Shift+Z".
func shortcutLabel(s fyne.Shortcut) string {
	if c, ok := s.(*desktop.CustomShortcut); ok {
		return modifierLabel(c.Modifier) + "+" + keyLabel(c.KeyName)
	}
	return strings.TrimPrefix(s.ShortcutName(), "Custom")
}

// modifierLabel names the modifier keys of m, joined with "+".
func modifierLabel(m fyne.KeyModifier) string {
	var parts []string
	for _, k := range []struct {
		mod  fyne.KeyModifier
		name string
	}{{fyne.KeyModifierControl, "Ctrl"}, {fyne.KeyModifierAlt, "Alt"}, {fyne.KeyModifierShift, "Shift"}, {fyne.KeyModifierSuper, superName()}} {
		if m&k.mod != 0 {
			parts = append(parts, k.name)
		}
	}
	return strings.Join(parts, "+")
}

// superName is what the Super key is called on this system.
func superName() string {
	if runtime.GOOS == "darwin" {
		return "Cmd"
	}
	return "Super"
}

// keyLabel spells the keys whose Fyne names are not what keyboards say.
func keyLabel(k fyne.KeyName) string {
	switch k {
	case fyne.KeyReturn:
		return "Enter"
	case fyne.KeyBackspace:
		return "Backspace"
	}
	return string(k)
}
