// Command parley finds the diplomatic meetings that news articles report.
// With no command it opens the window; `parley help` lists the headless
// commands. This file only wires the parts together.
package main

import (
	"os"
	"runtime"
	"runtime/debug"

	fyneapp "fyne.io/fyne/v2/app"

	"parley/app"
	"parley/app/cli"
	_ "parley/app/cli/localefix" // before Fyne's init: see its package comment
	"parley/app/pipeline"
	"parley/storage"
	"parley/widgets"
)

// version is set at build time: go build -ldflags "-X main.version=0.1.0".
var version = "dev"

// appID must match the ID in FyneApp.toml: Fyne keys preferences by it.
const appID = "app.parley.parley"

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Deps{
		Stdout:    os.Stdout,
		Stderr:    os.Stderr,
		OpenStore: openStore,
		DefaultDB: storage.DefaultPath,
		Pipeline:  pipeline.Default(),
		RunGUI:    runGUI,
		Version:   version,
	}))
}

// openStore adapts storage.Open to app.Store (a nil *storage.Store must
// not become a non-nil interface).
func openStore(path string) (app.Store, error) {
	s, err := storage.Open(path)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// runGUI opens the window on dbPath. A database that cannot be opened is
// shown as an error in the window, where File > Open and New still work.
func runGUI(dbPath string) error {
	if err := checkDisplay(runtime.GOOS, os.Getenv); err != nil {
		return err
	}
	if os.Getenv("GOGC") == "" {
		// The timeline and city views keep every meeting in memory; a GC
		// target of half the live heap instead of all of it kept the window
		// with both views shown at 100,000 meetings about 20 MB lower, under
		// its 300 MB budget (docs/benchmarks.md).
		debug.SetGCPercent(50)
	}
	defaultDB, err := storage.DefaultPath()
	if err != nil {
		defaultDB = dbPath // only the file dialogs' starting folder
	}
	ui := widgets.NewUI(fyneapp.NewWithID(appID), widgets.Deps{
		OpenStore: openStore,
		Pipeline:  pipeline.Default(),
		DefaultDB: defaultDB,
	})
	if err := ui.OpenAtStart(dbPath); err != nil { // the lists load after the first frame
		ui.ShowError(err)
	}
	if os.Getenv("PARLEY_QUIT_AFTER_FIRST_FRAME") == "1" {
		quitAfterFirstFrame(ui) // for timing start-up: firstframe.go
	}
	ui.ShowAndRun()
	return nil
}

// checkDisplay refuses to start the window on a Unix desktop without a
// display server, where GLFW would panic with a stack trace instead.
func checkDisplay(goos string, getenv func(string) string) error {
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
			return app.Errorf(app.EUnsupported, "Parley cannot open its window: no display was found (DISPLAY is not set); run it in a desktop session, or use a command such as parley import (see parley help).")
		}
	}
	return nil
}
