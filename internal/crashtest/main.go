// Command crashtest is the Go side of scripts/crashtest.sh, the test that
// kills Parley with SIGKILL mid-write. It is a development tool, not part
// of the app:
//
//	crashtest gen DIR N SEED     write N distinct generated articles into DIR
//	crashtest edits DB ROUND     edit meeting notes forever, printing "SEQ ID"
//	                             after each commit returns
//	crashtest check-edits DB FILE
//	                             check that every edit FILE lists (the lines
//	                             edits printed before it was killed) is in DB
//
// Why a separate program: the edit stream needs storage.Store's review
// methods, which the parley command line does not expose.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "crashtest:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: crashtest gen|edits|check-edits ...")
	}
	switch {
	case args[0] == "gen" && len(args) == 4:
		n, err1 := strconv.Atoi(args[2])
		seed, err2 := strconv.ParseUint(args[3], 10, 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("gen DIR N SEED: N and SEED are numbers")
		}
		return generate(args[1], n, seed)
	case args[0] == "edits" && len(args) == 3:
		round, err := strconv.Atoi(args[2])
		if err != nil {
			return fmt.Errorf("edits DB ROUND: ROUND is a number")
		}
		return editForever(args[1], round)
	case args[0] == "check-edits" && len(args) == 3:
		return checkEdits(args[1], args[2])
	}
	return fmt.Errorf("unknown command or wrong arguments: %v", args)
}
