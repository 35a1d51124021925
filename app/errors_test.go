package app

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestErrorMessage(t *testing.T) {
	cause := errors.New("sqlite: database is locked")
	e := WrapError(ELocked, cause, "The database %s is in use by another program.", "x.db")
	wrapped := fmt.Errorf("open: %w", e)
	if got := ErrorCode(wrapped); got != ELocked {
		t.Errorf("ErrorCode = %q, want %q", got, ELocked)
	}
	if got := ErrorMessage(wrapped); got != "The database x.db is in use by another program." {
		t.Errorf("ErrorMessage = %q", got)
	}
	if !errors.Is(wrapped, cause) {
		t.Errorf("the cause should stay reachable for the log")
	}
	if got := ErrorCode(errors.New("boom")); got != EInternal {
		t.Errorf("plain error code = %q, want internal", got)
	}
	if got := ErrorMessage(errors.New("boom")); !strings.HasPrefix(got, "Internal error") || strings.Contains(got, "boom") {
		t.Errorf("plain error message = %q: must be generic", got)
	}
	if ErrorCode(nil) != "" || ErrorMessage(nil) != "" {
		t.Errorf("nil error must give empty code and message")
	}
}
