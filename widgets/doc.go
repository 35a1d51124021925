// Package widgets is Parley's desktop interface, built with Fyne: the main
// window with its menu, the import flow (file, folder and drag-and-drop,
// progress with Cancel, the import report), the meeting and article lists
// with their details, the welcome view of an empty database, CSV export and
// the status bar.
//
// It knows the domain (package app and its sub-packages) but not storage:
// main.go hands it a function that opens a database as an app.Store.
// Work that may take long runs in goroutines and comes back to the UI
// through one method, (*UI).onUI, which calls fyne.Do (build tag
// migrated_fynedo).
package widgets
