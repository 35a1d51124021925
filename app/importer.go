package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// FileStatus is the outcome of importing one file.
type FileStatus string

// The outcomes of importing a file.
const (
	FileImported  FileStatus = "imported"
	FileDuplicate FileStatus = "duplicate"
	FileFailed    FileStatus = "failed"
	FileCanceled  FileStatus = "canceled"
)

// FileResult says what happened to one file of an import.
type FileResult struct {
	Path      string
	Status    FileStatus
	ArticleID int64
	Meetings  int   // meetings found, when imported
	Err       error // why it failed, when failed
}

// String is the one-line report for the file, as the CLI prints it.
func (r FileResult) String() string {
	switch r.Status {
	case FileImported:
		return fmt.Sprintf("imported %d %s", r.Meetings, plural(r.Meetings, "meeting", "meetings"))
	case FileDuplicate:
		return "duplicate (already imported)"
	case FileCanceled:
		return "canceled"
	}
	return "failed: " + ErrorMessage(r.Err)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Report sums up an import.
type Report struct {
	Results    []FileResult // in the order the files were collected
	Imported   int
	Duplicates int
	Failed     int
	Canceled   int
	Meetings   int
}

// Summary is one line such as "3 imported (5 meetings), 1 duplicate, 1 failed".
func (r Report) Summary() string {
	parts := []string{fmt.Sprintf("%d imported (%d %s)", r.Imported, r.Meetings, plural(r.Meetings, "meeting", "meetings"))}
	parts = append(parts, fmt.Sprintf("%d %s", r.Duplicates, plural(r.Duplicates, "duplicate", "duplicates")))
	parts = append(parts, fmt.Sprintf("%d failed", r.Failed))
	if r.Canceled > 0 {
		parts = append(parts, fmt.Sprintf("%d canceled", r.Canceled))
	}
	return strings.Join(parts, ", ")
}

func (r *Report) add(res FileResult) {
	r.Results = append(r.Results, res)
	switch res.Status {
	case FileImported:
		r.Imported++
		r.Meetings += res.Meetings
	case FileDuplicate:
		r.Duplicates++
	case FileFailed:
		r.Failed++
	case FileCanceled:
		r.Canceled++
	}
}

// Progress is reported after each file is done.
type Progress struct {
	Done    int
	Total   int
	Current string // the file just finished
}

// Pipeline turns files into saved articles and meetings: expand folders,
// read each file, extract its meetings, save in batches. Its functions are
// injected (ingest and extract live in sub-packages of app, which import app).
type Pipeline struct {
	// Expand turns the paths a user chose (files and folders) into files,
	// plus a failed result for each path that cannot be used.
	Expand func(paths []string) ([]string, []FileResult)
	// Read reads one file into a Document; errors should be *Error.
	Read func(path string) (Document, error)
	// Extract finds metadata and meetings in a Document.
	Extract func(Document) Extraction
	// Workers is how many files are read and extracted at once (0: one per CPU).
	Workers int
	// BatchSize is how many articles are saved per transaction (0: 64).
	BatchSize int
}

// job is one file travelling through the pipeline.
type job struct {
	index  int
	path   string
	result FileResult
	saved  *NewArticle // nil when the file failed before saving
}

// Import imports paths into store. Files are read and extracted in parallel
// and saved in batched transactions; a failed file never stops the others.
// progress (may be nil) is called from the saving goroutine after each file.
// When ctx is cancelled, files not yet saved are reported canceled; what was
// saved stays saved. The error is non-nil only when saving itself failed.
func (p Pipeline) Import(ctx context.Context, store ImportStore, paths []string, progress func(Progress)) (Report, error) {
	files, problems := p.expand(paths)
	total := len(files) + len(problems)
	results := make([]FileResult, 0, total)
	results = append(results, problems...)
	done := len(problems)
	report := func(r FileResult) {
		done++
		if progress != nil {
			progress(Progress{Done: done, Total: total, Current: r.Path})
		}
	}
	for _, r := range problems {
		report(r)
	}
	processed, err := p.run(ctx, store, files, report)
	results = append(results, processed...)
	var rep Report
	for _, r := range results {
		rep.add(r)
	}
	return rep, err
}

func (p Pipeline) expand(paths []string) ([]string, []FileResult) {
	if p.Expand == nil {
		return paths, nil
	}
	return p.Expand(paths)
}

// run reads and extracts files with a pool of workers and saves them in
// order-independent batches from one goroutine (SQLite has one writer).
func (p Pipeline) run(ctx context.Context, store ImportStore, files []string, report func(FileResult)) ([]FileResult, error) {
	jobs := make(chan job)
	out := make(chan job)
	var wg sync.WaitGroup
	for range p.workers() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out <- p.prepare(ctx, store, j)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i, f := range files {
			select {
			case jobs <- job{index: i, path: f}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	return p.save(ctx, store, files, out, report)
}

func (p Pipeline) workers() int {
	if p.Workers > 0 {
		return p.Workers
	}
	return runtime.NumCPU()
}

func (p Pipeline) batchSize() int {
	if p.BatchSize > 0 {
		return p.BatchSize
	}
	return 64
}

// prepare reads and extracts one file; it never returns an error, only a
// job whose result says what happened.
func (p Pipeline) prepare(ctx context.Context, store ImportStore, j job) job {
	j.result = FileResult{Path: j.path}
	if ctx.Err() != nil {
		j.result.Status = FileCanceled
		return j
	}
	doc, err := p.Read(j.path)
	if err != nil {
		j.result.Status, j.result.Err = FileFailed, err
		return j
	}
	hash := ContentHash(doc.Text)
	// Checking before extraction saves the work for a re-import; the save
	// checks again inside its transaction, which is what makes it safe.
	if dup, err := store.HasArticle(ctx, hash); err == nil && dup {
		j.result.Status = FileDuplicate
		return j
	}
	na := newArticle(doc, hash, p.Extract(doc))
	j.saved = &na
	return j
}

// newArticle builds the article to save from a document and its extraction.
func newArticle(doc Document, hash string, ex Extraction) NewArticle {
	a := Article{
		Path:         doc.Path,
		Hash:         hash,
		Format:       doc.Format,
		Title:        firstNonEmpty(ex.Title, doc.Title, strings.TrimSuffix(filepath.Base(doc.Path), filepath.Ext(doc.Path))),
		Outlet:       firstNonEmpty(ex.Outlet, doc.Outlet),
		Published:    ex.Published,
		DatelineCity: ex.DatelineCity,
		DatelineDate: ex.DatelineDate,
		Text:         doc.Text,
		ImportedAt:   time.Now().UTC(),
	}
	if a.Published.IsZero() {
		a.Published = doc.Published
	}
	return NewArticle{Article: a, Meetings: ex.Meetings}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// ContentHash is the identity of an article: the hex SHA-256 of its text.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
