// Package localefix keeps the headless commands' standard error clean
// under LANG=C.UTF-8, the default of many containers and CI machines.
//
// Fyne reads the locale in the init function of its lang package, and
// cannot parse "C.UTF-8": it logs "Fyne error: Error parsing user locale
// C" on standard error before main runs (fyne-io/fyne#5271). main imports
// this package (blank) so that its init runs first and, for a headless
// command only, rewrites a "C.<codeset>" value to plain "C", which Fyne
// reads as "no locale" (English) without complaint. The window keeps the
// environment untouched: X11 input methods depend on the codeset.
//
// Go initialises packages in a defined order (sorted by import path, each
// after its imports); this package imports only os, so it is ready long
// before Fyne's lang package. `make smoke` checks that the message stays
// away.
package localefix

import (
	"os"
	"strings"
)

func init() { Apply(os.Args, os.Getenv, os.Setenv) }

// Apply rewrites the locale variable Fyne will read (the first set of
// LC_ALL, LC_MESSAGES and LANG) from "C.<codeset>" to "C" when args run a
// headless command (a first argument that is not a flag, or a help flag).
func Apply(args []string, getenv func(string) string, setenv func(string, string) error) {
	if !headless(args) {
		return
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			_ = setenv(k, "C") // failing to set only brings the message back
		}
		return
	}
}

// headless reports whether args (os.Args) run a command without a window.
func headless(args []string) bool {
	if len(args) < 2 {
		return false
	}
	switch a := args[1]; a {
	case "-h", "-help", "--help":
		return true
	default:
		return !strings.HasPrefix(a, "-")
	}
}
