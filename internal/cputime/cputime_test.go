package cputime

import (
	"runtime"
	"testing"
	"time"
)

// TestUsed checks that busy work shows as processor time: the loop spins
// until Used has grown by 10 ms, and fails if that takes 10 s of wall time
// (on a busy machine the 10 ms come later, but they come).
func TestUsed(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" {
		if Used() != 0 {
			t.Fatal("Used should be 0 where it is not measured")
		}
		return
	}
	before, deadline := Used(), time.Now().Add(10*time.Second)
	for Used()-before < 10*time.Millisecond {
		if time.Now().After(deadline) {
			t.Fatalf("10 s of busy work used only %v of processor time", Used()-before)
		}
	}
}
