package cli

const usage = `Parley finds the diplomatic meetings that news articles report.

Usage:
  parley [--db FILE]                   open the window (on your default database without --db)
  parley import [--db FILE] PATH...    import article files and folders into the database
  parley extract [--json] PATH...      print the meetings found in files, touching no database
  parley export [--db FILE] [--format csv] [--layout wide|long] [--status all|confirmed] [--out FILE]
                                       write the meetings as CSV (to standard output without --out)
  parley version                       print the version and data credits
  parley help [COMMAND]                print this help, or a command's

Exit status: 0 success, 1 a file or the command failed, 2 bad usage, 130 interrupted.
`

const importUsage = `Usage: parley import [--db FILE] PATH...

Import article files (.txt, .md, .html, .pdf, .docx) and folders (searched
recursively) into the database. Prints one line per file, then a summary:
  PATH: imported N meetings
  PATH: duplicate (already imported)
  PATH: failed: reason

Options:
  --db FILE   the database (default: your data folder; created when missing)

Exit status: 0 when no file failed, 1 when some file failed, 2 bad usage,
130 interrupted (files already saved stay saved; run again to finish).
`

const extractUsage = `Usage: parley extract [--json] PATH...

Print what extraction finds in article files and folders, without touching
any database. With --json, one JSON object per article (JSON Lines).
A file that cannot be read gets one line on standard error.

Options:
  --json   JSON Lines instead of a short readable summary

Exit status: 0 when every file was read, 1 when some file failed, 2 bad usage.
`

const exportUsage = `Usage: parley export [--db FILE] [--format csv] [--layout wide|long] [--status all|confirmed] [--out FILE]

Write the meetings of the database as CSV (UTF-8 with a byte-order mark,
ISO dates, formula-like cells prefixed with an apostrophe).

Options:
  --db FILE        the database (default: your data folder)
  --format csv     the file format (only csv for now)
  --layout wide    wide: one row per meeting; long: one row per participant
  --status all     all, or only confirmed (also new or rejected) meetings
  --out FILE       write FILE instead of standard output; the file is
                   replaced only when the export succeeded

Exit status: 0 success, 1 failure, 2 bad usage, 130 interrupted.
`

const versionUsage = `Usage: parley version

Print Parley's version and the credits for the data it embeds.
`

// commandUsage is the help of each command, for "parley help COMMAND".
var commandUsage = map[string]string{
	"import":  importUsage,
	"extract": extractUsage,
	"export":  exportUsage,
	"version": versionUsage,
	"help":    usage,
}
