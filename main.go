// Command parley finds the diplomatic meetings that news articles report.
// With no command it opens the window; `parley help` lists the headless
// commands. This file only wires the parts together.
package main

import (
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"parley/app"
	"parley/app/cli"
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
	defaultDB, err := storage.DefaultPath()
	if err != nil {
		defaultDB = dbPath // only the file dialogs' starting folder
	}
	ui := widgets.NewUI(fyneapp.NewWithID(appID), widgets.Deps{
		OpenStore: openStore,
		Pipeline:  pipeline.Default(),
		DefaultDB: defaultDB,
	})
	if err := ui.Open(dbPath); err != nil {
		ui.ShowError(err)
	}
	ui.ShowAndRun()
	return nil
}
