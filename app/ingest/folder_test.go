package ingest

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"parley/app"
)

// TestBadFolder imports a folder where broken and hostile files sit beside
// good ones: every file gets its own result, the good ones read, and the
// heap stays far below the sizes the hostile files claim.
func TestBadFolder(t *testing.T) {
	dir := t.TempDir()
	fixtures, err := filepath.Glob("testdata/*.*")
	mustDo(t, err)
	for _, f := range fixtures {
		if filepath.Base(f) == "README.md" {
			continue
		}
		data, err := os.ReadFile(f)
		mustDo(t, err)
		mustDo(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644))
	}
	writeSparse(t, filepath.Join(dir, "sparse-1gb.txt"), 1<<30)
	mustDo(t, os.WriteFile(filepath.Join(dir, "bomb.docx"), honestBomb(t, MaxDocxXMLSize+1), 0o644))
	mustDo(t, os.WriteFile(filepath.Join(dir, "deep.html"), []byte(deepPage("div", 200000)), 0o644))
	mustDo(t, os.WriteFile(filepath.Join(dir, "name\nwith newline.md"), []byte("# Talks\n\nEnvoys met."), 0o644))

	files, problems := Collect([]string{dir})
	if len(problems) != 0 {
		t.Fatalf("problems: %v", problems)
	}
	var good []string
	var peak uint64
	for _, f := range files {
		_, err := ReadFile(f)
		if err == nil {
			good = append(good, filepath.Base(f))
		} else {
			assertError(t, err, app.ErrorCode(err), f)
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		peak = max(peak, m.HeapAlloc)
	}
	want := []string{"article-utf16be.txt", "article-utf16le.txt", "article-utf8-bom.txt", "article-utf8.txt",
		"article.docx", "article.html", "article.md", "article.pdf", "cairo.pdf", "deep.html", "french-1252.txt",
		"invalid-utf8.txt", "latin1-no-charset.html", "name\nwith newline.md", "owner-only-encrypted.pdf",
		"persian-1256.txt", "گزارش دیدار.txt"}
	slices.Sort(good)
	if !slices.Equal(good, want) {
		t.Errorf("read:\n%s\nwant:\n%s", strings.Join(good, "\n"), strings.Join(want, "\n"))
	}
	if peak > 512<<20 {
		t.Errorf("heap reached %d MB", peak>>20)
	}
	t.Logf("%d files, %d read, heap peak %d MB", len(files), len(good), peak>>20)
}
