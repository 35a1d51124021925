package widgets

import (
	"log"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/assets"
)

// welcomeView is what an empty database shows: what Parley does and the
// ways to bring articles in. It is its own type so a first-run variant
// (sample articles, recent databases) can grow here.
type welcomeView struct {
	importFiles  *widget.Button
	importFolder *widget.Button
	samples      *widget.Button // imports the embedded sample articles
	onSamples    func()
	content      fyne.CanvasObject
}

func newWelcomeView(onImportFiles, onImportFolder func()) *welcomeView {
	v := &welcomeView{
		importFiles:  widget.NewButtonWithIcon("Import articles…", theme.FileIcon(), onImportFiles),
		importFolder: widget.NewButtonWithIcon("Import folder…", theme.FolderOpenIcon(), onImportFolder),
	}
	v.samples = widget.NewButtonWithIcon("Try the sample articles", theme.DocumentIcon(), func() {
		if v.onSamples != nil {
			v.onSamples()
		}
	})
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
	buttons := container.NewCenter(container.NewHBox(v.importFiles, v.importFolder, v.samples))
	box := container.NewVBox(title, about, buttons, hint)
	// A fixed-width column keeps the wrapped sentences readable on a wide window.
	v.content = container.NewCenter(container.New(fixedWidth(560), box))
	return v
}

// SetBusy disables the import buttons while an import runs.
func (v *welcomeView) SetBusy(busy bool) {
	for _, b := range []*widget.Button{v.importFiles, v.importFolder, v.samples} {
		if busy {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// setOnSamples sets what "Try the sample articles" does.
func (v *welcomeView) setOnSamples(f func()) { v.onSamples = f }

// onImportSamples imports the sample articles embedded in the binary. They
// are written to a temporary folder and go through importPaths like any
// other import; the folder is removed once the pipeline is done with it
// (the database keeps the articles' text).
func (u *UI) onImportSamples() {
	dir, err := os.MkdirTemp("", "parley-samples-")
	if err == nil {
		err = os.CopyFS(dir, assets.Samples())
	}
	if err != nil {
		u.ShowError(app.WrapError(app.EReadOnly, err, "Parley could not write the sample articles to a temporary folder (%s); check that it has free space.", os.TempDir()))
		return
	}
	before := u.run
	u.importPaths([]string{dir})
	run := u.run
	if run == nil || run == before { // refused (no database, or busy)
		removeSamples(dir)
		return
	}
	go func() {
		<-run.done
		removeSamples(dir)
	}()
}

func removeSamples(dir string) {
	if err := os.RemoveAll(dir); err != nil {
		log.Printf("parley: removing the sample articles: %v", err)
	}
}
