package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// interruptible returns a context cancelled by Ctrl+C (SIGINT) or SIGTERM,
// so that an import or export stops cleanly between files instead of dying
// mid-write. Only the headless commands install it: the window keeps the
// default behaviour.
func interruptible() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
