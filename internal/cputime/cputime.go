// Package cputime reads the processor time this process has used, for
// benchmarks: on a machine shared with other work, wall time says mostly how
// busy the machine was, while processor time says what the work cost.
package cputime

import "time"

// Used returns the user and system processor time the process has used so
// far, or 0 where the platform does not say (Windows, Plan 9, js).
func Used() time.Duration { return used() }
