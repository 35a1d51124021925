package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parley/app"
)

// makeTree creates files (paths ending in "/" are folders) under dir.
func makeTree(t *testing.T, dir string, paths ...string) {
	t.Helper()
	for _, p := range paths {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if strings.HasSuffix(p, "/") {
			mustDo(t, os.MkdirAll(full, 0o755))
			continue
		}
		mustDo(t, os.MkdirAll(filepath.Dir(full), 0o755))
		mustDo(t, os.WriteFile(full, []byte("text"), 0o644))
	}
}

func TestCollect(t *testing.T) {
	dir := t.TempDir()
	makeTree(t, dir,
		"in/b.txt", "in/a.MD", "in/sub/c.html", "in/sub/deeper/d.PDF", "in/sub/e.docx",
		"in/notes.xlsx", "in/.hidden.txt", "in/.git/x.txt", "in/empty/",
		"in/z.htm", "in/y.xhtml", "in/x.markdown", "in/w.text",
		"other/f.txt", "single.jpg")
	mustDo(t, os.Symlink(filepath.Join(dir, "in"), filepath.Join(dir, "in", "sub", "loop")))
	mustDo(t, os.Symlink(filepath.Join(dir, "other"), filepath.Join(dir, "in", "link-to-other")))
	mustDo(t, os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "in", "dangling.txt")))
	in := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }

	files, problems := Collect([]string{in("in"), in("single.jpg"), in("missing.txt"), in("other"), in("in/b.txt")})

	want := []string{
		in("in/a.MD"), in("in/b.txt"), in("in/link-to-other/f.txt"),
		in("in/sub/c.html"), in("in/sub/deeper/d.PDF"), in("in/sub/e.docx"),
		in("in/w.text"), in("in/x.markdown"), in("in/y.xhtml"), in("in/z.htm"),
		in("single.jpg"),
	}
	if !slices.Equal(files, want) {
		t.Errorf("files =\n%s\nwant\n%s", strings.Join(files, "\n"), strings.Join(want, "\n"))
	}
	if len(problems) != 2 {
		t.Fatalf("problems = %v, want the dangling link and the missing path", problems)
	}
	for i, p := range []string{in("in/dangling.txt"), in("missing.txt")} {
		if problems[i].Path != p {
			t.Errorf("problem %d is for %s, want %s", i, problems[i].Path, p)
		}
		assertError(t, problems[i].Err, app.EUnreadable, p)
	}
}

func TestCollect_deterministic(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for _, n := range []string{"m", "b", "z", "a", "k"} {
		names = append(names, n+"/x.txt", n+".txt")
	}
	makeTree(t, dir, names...)
	first, _ := Collect([]string{dir})
	// Folder entries come in name order, a folder's files where its name sorts.
	var want []string
	for _, n := range []string{"a", "b", "k", "m", "z"} {
		want = append(want, filepath.Join(dir, n, "x.txt"), filepath.Join(dir, n+".txt"))
	}
	if !slices.Equal(first, want) {
		t.Fatalf("files = %v, want %v", first, want)
	}
	for range 3 {
		again, _ := Collect([]string{dir})
		if !slices.Equal(again, first) {
			t.Fatalf("second run %v differs from %v", again, first)
		}
	}
}

func TestSupported(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"a.txt", true}, {"A.TXT", true}, {"b.text", true}, {"c.Md", true}, {"d.markdown", true},
		{"e.html", true}, {"f.HTM", true}, {"g.xhtml", true}, {"h.pdf", true}, {"i.DOCX", true},
		{"j.doc", false}, {"k.xlsx", false}, {"l.jpg", false}, {"README", false}, {"dir.txt/file", false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			if got := Supported(tt.path); got != tt.want {
				t.Errorf("Supported(%q) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
	want := []string{".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".text", ".txt", ".xhtml"}
	if got := Extensions(); !slices.Equal(got, want) {
		t.Errorf("Extensions() = %v, want %v", got, want)
	}
}
