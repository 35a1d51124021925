package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// memStore is an in-memory ImportStore that records every batch it saves.
type memStore struct {
	mu      sync.Mutex
	hashes  map[string]int64
	batches [][]NewArticle
	fail    error
}

func newMemStore() *memStore { return &memStore{hashes: map[string]int64{}} }

func (s *memStore) HasArticle(_ context.Context, hash string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.hashes[hash]
	return ok, nil
}

func (s *memStore) SaveArticles(_ context.Context, batch []NewArticle) ([]SaveResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return nil, s.fail
	}
	s.batches = append(s.batches, batch)
	out := make([]SaveResult, len(batch))
	for i, a := range batch {
		if id, ok := s.hashes[a.Article.Hash]; ok {
			out[i] = SaveResult{ArticleID: id, Duplicate: true}
			continue
		}
		id := int64(len(s.hashes) + 1)
		s.hashes[a.Article.Hash] = id
		out[i] = SaveResult{ArticleID: id}
	}
	return out, nil
}

// fakeFiles is a file system of names to texts; a name starting with
// "bad" fails to read.
func fakePipeline(files map[string]string) Pipeline {
	return Pipeline{
		Read: func(path string) (Document, error) {
			if strings.HasPrefix(path, "bad") {
				return Document{}, Errorf(ECorrupt, "%s is not a valid PDF.", path)
			}
			text, ok := files[path]
			if !ok {
				return Document{}, Errorf(EUnreadable, "%s cannot be read.", path)
			}
			return Document{Path: path, Format: "txt", Text: text}, nil
		},
		Extract: func(d Document) Extraction {
			n := strings.Count(d.Text, "met")
			ms := make([]Meeting, n)
			for i := range ms {
				ms[i] = Meeting{Kind: KindInPerson}
			}
			return Extraction{Title: "T " + d.Path, Meetings: ms}
		},
		Workers:   3,
		BatchSize: 2,
	}
}

func TestPipeline_Import(t *testing.T) {
	files := map[string]string{"a.txt": "A met B.", "b.txt": "C met D and met E.", "c.txt": "nothing", "d.txt": "A met B."}
	p := fakePipeline(files)
	store := newMemStore()
	var progress []Progress
	rep, err := p.Import(context.Background(), store, []string{"a.txt", "b.txt", "bad.pdf", "c.txt", "d.txt"}, func(pr Progress) {
		progress = append(progress, pr)
	})
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	want := []string{"imported 1 meeting", "imported 2 meetings", "failed: bad.pdf is not a valid PDF.", "imported 0 meetings", "duplicate (already imported)"}
	// a.txt and d.txt have the same text: whichever is saved first is
	// imported and the other is the duplicate (workers run in parallel).
	if rep.Results[0].Status == FileDuplicate {
		want[0], want[4] = want[4], want[0]
	}
	for i, r := range rep.Results {
		if r.String() != want[i] {
			t.Errorf("result %d (%s) = %q, want %q", i, r.Path, r.String(), want[i])
		}
	}
	if rep.Imported != 3 || rep.Duplicates != 1 || rep.Failed != 1 || rep.Meetings != 3 {
		t.Errorf("report = %+v", rep)
	}
	if got := rep.Summary(); got != "3 imported (3 meetings), 1 duplicate, 1 failed" {
		t.Errorf("Summary() = %q", got)
	}
	if len(progress) != 5 || progress[4].Done != 5 || progress[4].Total != 5 {
		t.Errorf("progress = %+v", progress)
	}
	for _, b := range store.batches {
		if len(b) > 2 {
			t.Errorf("batch of %d exceeds BatchSize 2", len(b))
		}
	}
}

func TestPipeline_Import_reimportIsDuplicate(t *testing.T) {
	p := fakePipeline(map[string]string{"a.txt": "A met B."})
	store := newMemStore()
	if _, err := p.Import(context.Background(), store, []string{"a.txt"}, nil); err != nil {
		t.Fatal(err)
	}
	rep, err := p.Import(context.Background(), store, []string{"a.txt"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Duplicates != 1 || rep.Imported != 0 || len(store.hashes) != 1 {
		t.Errorf("re-import report = %+v, stored %d", rep, len(store.hashes))
	}
}

func TestPipeline_Import_saveFailure(t *testing.T) {
	p := fakePipeline(map[string]string{"a.txt": "A met B.", "b.txt": "x"})
	store := newMemStore()
	store.fail = Errorf(EDiskFull, "The disk is full.")
	rep, err := p.Import(context.Background(), store, []string{"a.txt", "b.txt"}, nil)
	if ErrorCode(err) != EDiskFull {
		t.Fatalf("err = %v, want disk full", err)
	}
	if rep.Failed != 2 || rep.Imported != 0 {
		t.Errorf("report = %+v", rep)
	}
	if got := rep.Results[0].String(); got != "failed: The disk is full." {
		t.Errorf("result = %q", got)
	}
}

func TestPipeline_Import_cancel(t *testing.T) {
	files := map[string]string{}
	var paths []string
	for i := range 200 {
		name := fmt.Sprintf("f%03d.txt", i)
		files[name] = fmt.Sprintf("article %d: A met B.", i)
		paths = append(paths, name)
	}
	p := fakePipeline(files)
	ctx, cancel := context.WithCancel(context.Background())
	store := newMemStore()
	rep, err := p.Import(ctx, store, paths, func(pr Progress) {
		if pr.Done == 10 {
			cancel()
		}
	})
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	if rep.Canceled == 0 {
		t.Fatalf("expected canceled files, report = %+v", rep.Summary())
	}
	if len(rep.Results) != len(paths) {
		t.Errorf("%d results for %d files", len(rep.Results), len(paths))
	}
	// Everything reported imported must be stored, and nothing else.
	if len(store.hashes) != rep.Imported {
		t.Errorf("stored %d articles, reported %d imported", len(store.hashes), rep.Imported)
	}
}

func TestPipeline_Import_expandProblems(t *testing.T) {
	p := fakePipeline(map[string]string{"a.txt": "A met B."})
	p.Expand = func(paths []string) ([]string, []FileResult) {
		return []string{"a.txt"}, []FileResult{{Path: "missing", Status: FileFailed, Err: errors.New("no such file")}}
	}
	rep, err := p.Import(context.Background(), newMemStore(), []string{"dir", "missing"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != 1 || rep.Failed != 1 || rep.Results[0].Path != "missing" {
		t.Errorf("report = %+v", rep)
	}
}

func TestNewArticle_titleFallsBackToFileName(t *testing.T) {
	na := newArticle(Document{Path: "/x/kim-visit.txt", Text: "t", Published: Date{2025, 10, 2}}, "h", Extraction{})
	if na.Article.Title != "kim-visit" || na.Article.Published != (Date{2025, 10, 2}) {
		t.Errorf("article = %+v", na.Article)
	}
}
