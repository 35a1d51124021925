// Package pipeline wires the default import pipeline: ingestion of files
// (app/ingest) and meeting extraction (app/extract) into app.Pipeline. The
// command line and the GUI both import through it, so they behave alike.
package pipeline

import (
	"parley/app"
	"parley/app/extract"
	"parley/app/ingest"
)

// Default returns the pipeline that reads files with ingest and finds
// meetings with extract, one worker per CPU.
func Default() app.Pipeline {
	return app.Pipeline{
		Expand:  Expand,
		Read:    ingest.ReadFile,
		Extract: extract.Extract,
	}
}

// Expand turns paths (files and folders) into the files to import, and a
// failed result for each path that cannot be used (it does not exist).
func Expand(paths []string) ([]string, []app.FileResult) {
	files, problems := ingest.Collect(paths)
	failed := make([]app.FileResult, len(problems))
	for i, p := range problems {
		failed[i] = app.FileResult{Path: p.Path, Status: app.FileFailed, Err: p.Err}
	}
	return files, failed
}
