package main

import (
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
)

// started is when the program began, near enough: package initialisation.
var started = time.Now()

// firstFrameMargin is how long after the event loop starts the app waits
// before quitting. Fyne draws a window's first frame on the loop's first
// tick, 1/60 s after it starts; three ticks leave room for a slow first
// paint. Start-up figures measured this way are high by at most this much.
const firstFrameMargin = 50 * time.Millisecond

// quitAfterFirstFrame makes the app quit once its window has drawn its
// first frame (PARLEY_QUIT_AFTER_FIRST_FRAME=1), so that a script can time
// start-up: scripts/startup-bench.sh. It reports on stderr when the event
// loop started. Fyne has no "frame drawn" event, and the lifecycle's
// OnStarted hook belongs to the UI (setting it would replace the UI's), so
// this waits for a function queued before the loop runs, then the margin.
func quitAfterFirstFrame() {
	go func() {
		fyne.DoAndWait(func() {}) // returns once the event loop runs it
		loop := time.Since(started)
		time.Sleep(firstFrameMargin)
		fyne.DoAndWait(func() {}) // and once more, after the first ticks
		fmt.Fprintf(os.Stderr, "parley: event loop running %d ms after start; quitting after the first frame (%d ms)\n",
			loop.Milliseconds(), time.Since(started).Milliseconds())
		fyne.Do(fyne.CurrentApp().Quit)
	}()
}
