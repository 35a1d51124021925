// Package ingest turns article files into app.Documents: it reads plain
// text, Markdown, HTML, PDF and DOCX files, detects legacy text encodings,
// extracts the main text and whatever metadata the format carries, and
// normalises the text so that the rest of Parley sees one clean form.
//
// Ingestion is defensive: every file is untrusted. Sizes are checked before
// anything is read, decompression is bounded, parser panics are recovered
// and slow parsers are abandoned after a deadline, so a hostile or broken
// file costs a bounded amount of time and memory and yields one *app.Error
// whose message names the file. Ingestion never opens a network connection.
package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"parley/app"
)

// Limits on what ingestion accepts. They are deliberately generous for news
// articles (a long article is about 50 KB of text) and small enough that a
// hostile file cannot exhaust memory.
const (
	// MaxFileSize is the largest file ReadFile opens, checked from the file
	// system before any byte is read.
	MaxFileSize = 50 << 20
	// MaxTextSize is the most text, in bytes of UTF-8, a Document may hold.
	MaxTextSize = 8 << 20
	// MaxDocxXMLSize is the largest word/document.xml ReadFile decompresses
	// from a DOCX; past it the file is refused as a likely zip bomb.
	MaxDocxXMLSize = 64 << 20
	// MaxPDFPages is the most pages ReadFile reads from one PDF.
	MaxPDFPages = 2000
	// MaxHTMLElements is the most elements a page may have for the
	// readability parser, whose tree algorithms are recursive and
	// superlinear; larger pages use a streaming extractor instead.
	MaxHTMLElements = 20000
	// MaxHTMLDepth is the deepest element nesting a page may have for the
	// readability parser; deeper pages use the streaming extractor.
	MaxHTMLDepth = 200
)

// formats maps each supported file extension (lower case) to its
// Document.Format.
var formats = map[string]string{
	".txt":      "txt",
	".text":     "txt",
	".md":       "md",
	".markdown": "md",
	".html":     "html",
	".htm":      "html",
	".xhtml":    "html",
	".pdf":      "pdf",
	".docx":     "docx",
}

// supportedList is the sentence fragment naming the supported types.
const supportedList = ".txt, .md, .html, .pdf and .docx"

// Supported reports whether ReadFile knows the extension of path.
func Supported(path string) bool {
	_, ok := formats[strings.ToLower(filepath.Ext(path))]
	return ok
}

// Extensions returns the supported file extensions, with their dots and in
// lower case, sorted: for file dialogs and help texts.
func Extensions() []string {
	exts := make([]string, 0, len(formats))
	for ext := range formats {
		exts = append(exts, ext)
	}
	slices.Sort(exts)
	return exts
}

// parser reads the bytes of one file into a Document whose Text is not yet
// normalised; name is the file's base name for error messages.
type parser func(name string, data []byte) (app.Document, error)

var parsers = map[string]parser{
	"txt":  parseText,
	"md":   parseMarkdown,
	"html": parseHTML,
	"pdf":  parsePDF,
	"docx": parseDOCX,
}

// ReadFile reads the article file at path. Every failure is an *app.Error
// whose Message is one sentence naming the file's base name.
func ReadFile(path string) (app.Document, error) {
	name := filepath.Base(path)
	info, err := statFile(path, name)
	if err != nil {
		return app.Document{}, err
	}
	format, ok := formats[strings.ToLower(filepath.Ext(path))]
	if !ok {
		return app.Document{}, unsupported(name)
	}
	if info.Size() > MaxFileSize {
		return app.Document{}, app.Errorf(app.ETooLarge,
			"%q is too large (%s); Parley reads files up to %s.", name, humanSize(info.Size()), humanSize(MaxFileSize))
	}
	data, err := readAll(path, name)
	if err != nil {
		return app.Document{}, err
	}
	doc, err := parseSafely(parsers[format], name, data)
	if err != nil {
		return app.Document{}, err
	}
	doc.Path, doc.Format = path, format
	return finish(doc, name)
}

// parseSafely runs p and turns a panic into an ECorrupt error: parsers of
// untrusted formats must never take the whole import down.
func parseSafely(p parser, name string, data []byte) (doc app.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = app.WrapError(app.ECorrupt, fmt.Errorf("panic: %v", r),
				"%q is damaged and could not be read.", name)
		}
	}()
	return p(name, data)
}

// finish normalises the text and metadata of doc and checks the text limits.
func finish(doc app.Document, name string) (app.Document, error) {
	doc.Text = Normalize(doc.Text)
	doc.Title = oneLine(doc.Title)
	doc.Outlet = oneLine(doc.Outlet)
	if strings.TrimSpace(doc.Text) == "" {
		return app.Document{}, app.Errorf(app.EEmpty, "%q contains no text.", name)
	}
	if len(doc.Text) > MaxTextSize {
		return app.Document{}, tooMuchText(name)
	}
	return doc, nil
}

func tooMuchText(name string) *app.Error {
	return app.Errorf(app.ETooLarge, "%q holds more than %s of text, the most Parley reads from one article.",
		name, humanSize(MaxTextSize))
}

// oneLine normalises s and folds it onto one line with single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(Normalize(s)), " ")
}

func unsupported(name string) *app.Error {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == "" {
		return app.Errorf(app.EUnsupported,
			"%q has no file extension, so Parley cannot tell its type; supported types are %s.", name, supportedList)
	}
	return app.Errorf(app.EUnsupported,
		"%q is a %s file, which Parley cannot read; supported types are %s.", name, ext, supportedList)
}

// statFile checks that path is a regular file before it is opened: opening
// a FIFO or a device could block forever or never end.
func statFile(path, name string) (fs.FileInfo, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, app.WrapError(app.EUnreadable, err, "%q does not exist.", name)
	case errors.Is(err, fs.ErrPermission):
		return nil, app.WrapError(app.EUnreadable, err, "%q cannot be opened: permission denied.", name)
	case err != nil:
		return nil, app.WrapError(app.EUnreadable, err, "%q cannot be opened.", name)
	case info.IsDir():
		return nil, app.Errorf(app.EUnreadable, "%q is a folder, not a file.", name)
	case !info.Mode().IsRegular():
		return nil, app.Errorf(app.EUnreadable, "%q is not a regular file.", name)
	}
	return info, nil
}

// readAll reads the whole file, never more than MaxFileSize+1 bytes even if
// the file grew after it was checked.
func readAll(path, name string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, app.WrapError(app.EUnreadable, err, "%q cannot be opened: permission denied.", name)
		}
		return nil, app.WrapError(app.EUnreadable, err, "%q cannot be opened.", name)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, app.WrapError(app.EUnreadable, err, "%q could not be read.", name)
	}
	if len(data) > MaxFileSize {
		return nil, app.Errorf(app.ETooLarge, "%q is larger than %s, the most Parley reads.", name, humanSize(MaxFileSize))
	}
	return data, nil
}

// humanSize formats n bytes for a message: 512 bytes, 3 KB, 50 MB, 1.2 GB.
func humanSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", (n+(1<<20)-1)>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+(1<<10)-1)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
