package main

import (
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"

	"parley/internal/cputime"
	"parley/widgets"
)

// started is when the program began, near enough: package initialisation.
var started = time.Now()

// readyMargin is how long after the first frame the app waits before it
// checks that the work queued at the first frame (OpenAtStart's counts and
// lists) has run. That work is queued while the frame is painted, so it
// runs before anything queued this much later.
const readyMargin = 50 * time.Millisecond

// quitAfterFirstFrame makes the app quit once its window has drawn its
// first frame and loaded its lists (PARLEY_QUIT_AFTER_FIRST_FRAME=1), so
// that a script can time start-up: scripts/startup-bench.sh. It reports on
// stderr when the event loop started, when the first frame was drawn
// (UI.AfterFirstFrame) and when the lists had been loaded, with the
// processor time used by then: on a busy machine wall times vary twofold,
// processor time far less. Call it after OpenAtStart: its function then
// runs before the lists load.
func quitAfterFirstFrame(ui *widgets.UI) {
	type mark struct{ wall, cpu time.Duration }
	now := func() mark { return mark{time.Since(started), cputime.Used()} }
	frame := make(chan mark, 1)
	ui.AfterFirstFrame(func() { frame <- now() })
	go func() {
		fyne.DoAndWait(func() {}) // returns once the event loop runs it
		loop := now()
		first := <-frame
		time.Sleep(readyMargin)
		fyne.DoAndWait(func() {}) // after the lists queued at the first frame
		ready := now()
		fmt.Fprintf(os.Stderr, "parley: event loop running %d ms after start; first frame drawn by %d ms (%d ms of processor time); lists loaded, quitting after %d ms (%d ms of processor time)\n",
			loop.wall.Milliseconds(), first.wall.Milliseconds(), first.cpu.Milliseconds(), ready.wall.Milliseconds(), ready.cpu.Milliseconds())
		fyne.Do(fyne.CurrentApp().Quit)
	}()
}
