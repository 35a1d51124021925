package widgets

import (
	"image"
	"sync"
	"time"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// OpenAtStart opens the database at path for the window's first showing.
// The file is opened (and migrated if need be) at once, so an error is
// returned as Open returns it, and the tabs are shown; the counts and the
// first pages of the lists are read only once the window has drawn its
// first frame. On a database of 100,000 meetings those reads, and laying
// out what they fill, take a few hundred milliseconds that would otherwise
// keep the window from appearing (docs/benchmarks.md). Call it before
// ShowAndRun, instead of Open.
func (u *UI) OpenAtStart(path string) error {
	if err := u.attach(path); err != nil {
		return err
	}
	u.showWelcome(false) // an empty database switches to the welcome view when loaded
	var once sync.Once
	load := func() { once.Do(u.refreshAtStart) }
	u.AfterFirstFrame(load)
	// A window that is never painted (started minimised, on a display that
	// does not draw it) must still load its lists.
	time.AfterFunc(startLoadFallback, func() { u.onUI(load) })
	return nil
}

// startLoadFallback is how long OpenAtStart waits for the first frame
// before it loads the lists anyway; a variable so tests can shorten it.
var startLoadFallback = 3 * time.Second

// refreshAtStart is the refresh OpenAtStart put off, unless the window was
// closed or another database opened meanwhile (Open has refreshed it).
func (u *UI) refreshAtStart() {
	if u.closed || u.store == nil {
		return
	}
	if err := u.refresh(); err != nil {
		u.ShowError(err)
	}
}

// AfterFirstFrame runs f on the UI goroutine once the window has drawn its
// first frame. Fyne has no event for that, but it calls a raster's
// generator when it paints the raster, so a transparent raster behind the
// window's content says when the first frame is being drawn; f is queued
// then, and runs once that frame is done. Functions are queued in the order
// they were given, last given first: each call puts its raster behind the
// earlier ones, and the window paints from the back.
func (u *UI) AfterFirstFrame(f func()) {
	var once sync.Once
	painted := canvas.NewRaster(func(int, int) image.Image {
		// The painter runs on the UI goroutine while the event loop runs,
		// so onUI (fyne.Do) queues f rather than running it inside the paint.
		once.Do(func() { u.onUI(f) })
		return image.NewNRGBA(image.Rect(0, 0, 1, 1)) // transparent
	})
	u.win.SetContent(container.NewStack(painted, u.win.Content()))
}
