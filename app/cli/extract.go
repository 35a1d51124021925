package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"parley/app"
	"parley/app/extract"
)

// extractCmd prints what extraction finds: `parley extract [--json] PATH...`.
func (r runner) extractCmd(args []string) int {
	fs := newFlagSet("extract")
	asJSON := fs.Bool("json", false, "")
	paths, code, ok := r.parse(fs, args, extractUsage)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return r.usageError(extractUsage, "extract needs at least one file or folder")
	}
	files, problems := r.expand(paths)
	for _, p := range problems {
		r.fail(p.Err)
	}
	failed, err := r.extractFiles(files, *asJSON)
	switch {
	case err != nil:
		return r.fail(app.WrapError(app.EInternal, err, "Parley could not write its output."))
	case failed+len(problems) > 0:
		return ExitFailed
	}
	return ExitOK
}

// extractFiles prints what extraction finds in each file and a line on
// stderr for each file that cannot be read; it returns how many could not,
// and stops only when the output itself cannot be written.
func (r runner) extractFiles(files []string, asJSON bool) (failed int, err error) {
	enc := json.NewEncoder(r.Stdout)
	enc.SetEscapeHTML(false) // keep "&" and "<" readable in titles and evidence
	for _, f := range files {
		doc, err := r.Pipeline.Read(f)
		if err != nil {
			failed++
			r.fail(err)
			continue
		}
		ex := r.Pipeline.Extract(doc)
		if asJSON {
			err = enc.Encode(extract.ToJSON(f, ex))
		} else {
			err = writeSummary(r.Stdout, f, ex)
		}
		if err != nil {
			return failed, err
		}
	}
	return failed, nil
}

// expand turns paths into files with the pipeline's Expand, when it has one.
func (r runner) expand(paths []string) ([]string, []app.FileResult) {
	if r.Pipeline.Expand == nil {
		return paths, nil
	}
	return r.Pipeline.Expand(paths)
}

// writeSummary prints a file's meetings for a person to read:
//
//	PATH: 1 meeting
//	  2025-09-30 in_person Tehran, IR: Alaedin Rafizadeh (Vice President, IR); ...
func writeSummary(w io.Writer, path string, ex app.Extraction) error {
	n := len(ex.Meetings)
	noun := "meetings"
	if n == 1 {
		noun = "meeting"
	}
	if _, err := fmt.Fprintf(w, "%s: %d %s\n", printable(path), n, noun); err != nil {
		return err
	}
	for _, m := range ex.Meetings {
		if _, err := fmt.Fprintf(w, "  %s\n", meetingLine(m)); err != nil {
			return err
		}
	}
	return nil
}

// meetingLine is one meeting on one line: date, kind, place, participants.
func meetingLine(m app.Meeting) string {
	date := m.Date.String()
	if date == "" {
		date = "undated"
	}
	parts := []string{date, string(m.Kind)}
	if !m.Place.IsZero() {
		parts = append(parts, strings.Trim(m.Place.City+", "+m.Place.Country, ", "))
	}
	var people []string
	for _, p := range m.Participants {
		people = append(people, p.Name+roleSuffix(p))
	}
	return strings.Join(parts, " ") + ": " + strings.Join(people, "; ")
}

// roleSuffix is " (Title, Country)" with whatever of the two is known.
func roleSuffix(p app.Participant) string {
	var role []string
	for _, s := range []string{p.Title, p.Country} {
		if s != "" {
			role = append(role, s)
		}
	}
	if len(role) == 0 {
		return ""
	}
	return " (" + strings.Join(role, ", ") + ")"
}
