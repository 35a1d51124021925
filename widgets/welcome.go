package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// welcomeView is what an empty database shows: what Parley does and the
// ways to bring articles in. It is its own type so a first-run variant
// (sample articles, recent databases) can grow here.
type welcomeView struct {
	importFiles  *widget.Button
	importFolder *widget.Button
	content      fyne.CanvasObject
}

func newWelcomeView(onImportFiles, onImportFolder func()) *welcomeView {
	v := &welcomeView{
		importFiles:  widget.NewButtonWithIcon("Import articles…", theme.FileIcon(), onImportFiles),
		importFolder: widget.NewButtonWithIcon("Import folder…", theme.FolderOpenIcon(), onImportFolder),
	}
	v.importFiles.Importance = widget.HighImportance
	title := widget.NewLabel("Welcome to Parley")
	title.SizeName = theme.SizeNameHeadingText
	title.Alignment = fyne.TextAlignCenter
	about := widget.NewLabel("Parley reads news articles and lists the diplomatic and official meetings they report: who met whom, when, where and about what.")
	about.Wrapping = fyne.TextWrapWord
	about.Alignment = fyne.TextAlignCenter
	hint := widget.NewLabel("You can also drop article files or folders (txt, md, html, pdf, docx) on this window.")
	hint.Wrapping = fyne.TextWrapWord
	hint.Alignment = fyne.TextAlignCenter
	hint.TextStyle.Italic = true
	buttons := container.NewCenter(container.NewHBox(v.importFiles, v.importFolder))
	box := container.NewVBox(title, about, buttons, hint)
	// A fixed-width column keeps the wrapped sentences readable on a wide window.
	v.content = container.NewCenter(container.New(fixedWidth(560), box))
	return v
}

// SetBusy disables the import buttons while an import runs.
func (v *welcomeView) SetBusy(busy bool) {
	for _, b := range []*widget.Button{v.importFiles, v.importFolder} {
		if busy {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}
