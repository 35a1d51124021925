package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"parley/app"
)

// FileProblem is a path Collect could not use, with the reason as an
// *app.Error whose message names it.
type FileProblem struct {
	Path string
	Err  error
}

// Collect expands paths into the files to import. A file given explicitly
// is returned whatever its extension, so ReadFile can report an
// unsupported type for it; a folder is searched recursively, in name
// order, for files with a supported extension, skipping hidden files and
// folders (names starting with "."), anything that is not a regular file
// or folder, and folders already visited (symbolic link loops). A path
// that does not exist, or a folder that cannot be listed, is a problem.
// Files are returned once each, in a deterministic order.
func Collect(paths []string) (files []string, problems []FileProblem) {
	c := &collector{seenDirs: map[string]bool{}, seenFiles: map[string]bool{}}
	for _, p := range paths {
		c.top(p)
	}
	return c.files, c.problems
}

type collector struct {
	files     []string
	problems  []FileProblem
	seenDirs  map[string]bool // real paths of folders already walked
	seenFiles map[string]bool // paths already returned
}

func (c *collector) top(path string) {
	info, err := os.Stat(path)
	if err != nil {
		c.problem(path, err)
		return
	}
	if info.IsDir() {
		c.dir(path)
		return
	}
	c.add(path)
}

func (c *collector) add(path string) {
	if !c.seenFiles[path] {
		c.seenFiles[path] = true
		c.files = append(c.files, path)
	}
}

// dir walks one folder. Recursion depth is bounded by the real depth of
// the file system, since every real folder is entered at most once.
func (c *collector) dir(path string) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		c.problem(path, err)
		return
	}
	if c.seenDirs[real] {
		return
	}
	c.seenDirs[real] = true
	entries, err := os.ReadDir(path) // sorted by name
	if err != nil {
		c.problem(path, err)
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		c.entry(filepath.Join(path, e.Name()))
	}
}

// entry handles one item found inside a folder, following symbolic links.
func (c *collector) entry(path string) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		// A dangling symbolic link or a file removed meanwhile: only worth
		// a problem if it looked like an article.
		if Supported(path) {
			c.problem(path, err)
		}
	case info.IsDir():
		c.dir(path)
	case info.Mode().IsRegular() && Supported(path):
		c.add(path)
	}
}

func (c *collector) problem(path string, err error) {
	name := filepath.Base(path)
	var e *app.Error
	switch {
	case errors.Is(err, fs.ErrNotExist):
		e = app.WrapError(app.EUnreadable, err, "%q does not exist.", name)
	case errors.Is(err, fs.ErrPermission):
		e = app.WrapError(app.EUnreadable, err, "%q cannot be opened: permission denied.", name)
	default:
		e = app.WrapError(app.EUnreadable, err, "%q cannot be read.", name)
	}
	c.problems = append(c.problems, FileProblem{Path: path, Err: e})
}
