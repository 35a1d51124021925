package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"

	"parley/app"
)

// PDFTimeout is the longest ReadFile spends on one PDF. The PDF library
// follows object references without cycle checks, so a crafted file could
// otherwise keep it busy forever.
const PDFTimeout = 20 * time.Second

// pdfTimeout is PDFTimeout, shortened by tests.
var pdfTimeout = PDFTimeout

// errTextLimit and errDeadline stop the content-stream interpreter from
// inside its callback, the only way to interrupt it.
var (
	errTextLimit = errors.New("pdf: text limit reached")
	errDeadline  = errors.New("pdf: deadline passed")
)

// parsePDF reads the text layer of a PDF. The work runs on its own
// goroutine so that a file the library loops on costs at most PDFTimeout.
// The goroutine stops itself at the deadline too, as soon as the library
// next reads the file (deadlineReader) or interprets a content-stream
// operator; only a loop doing neither would outlive the call.
func parsePDF(name string, data []byte) (app.Document, error) {
	type result struct {
		doc app.Document
		err error
	}
	done := make(chan result, 1)
	deadline := time.Now().Add(pdfTimeout)
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				r = result{err: pdfPanic(name, p)}
			}
			done <- r
		}()
		r.doc, r.err = readPDF(name, data, deadline)
	}()
	timer := time.NewTimer(pdfTimeout + time.Second)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-timer.C:
		return app.Document{}, app.Errorf(app.ECorrupt,
			"%q could not be read within %s; the PDF is probably damaged.", name, pdfTimeout)
	}
}

// pdfPanic turns a panic of the PDF library or of our interpreter callback
// into the error the user sees.
func pdfPanic(name string, p any) error {
	switch p {
	case errTextLimit:
		return tooMuchText(name)
	case errDeadline:
		return app.Errorf(app.ECorrupt, "%q could not be read within %s; the PDF is probably damaged.", name, pdfTimeout)
	}
	return app.WrapError(app.ECorrupt, fmt.Errorf("pdf: %v", p),
		"%q is a damaged PDF and could not be read.", name)
}

// readPDF opens the PDF, walks its pages and extracts their text.
func readPDF(name string, data []byte, deadline time.Time) (app.Document, error) {
	if err := checkPDF(name, data); err != nil {
		return app.Document{}, err
	}
	r, err := pdf.NewReader(deadlineReader{bytes.NewReader(data), deadline}, int64(len(data)))
	if err != nil {
		return app.Document{}, openError(name, data, err)
	}
	root := r.Trailer().Key("Root").Key("Pages")
	if n := root.Key("Count").Int64(); n > MaxPDFPages {
		return app.Document{}, app.Errorf(app.ETooLarge,
			"%q has %d pages; Parley reads PDFs of up to %d pages.", name, n, MaxPDFPages)
	}
	pages := collectPages(root)
	if len(pages) == 0 {
		return app.Document{}, app.Errorf(app.ECorrupt, "%q is a damaged PDF: it has no pages Parley can find.", name)
	}
	x := &pdfText{deadline: deadline}
	for _, p := range pages {
		x.page(p)
	}
	text := x.out.String()
	if Normalize(text) == "" {
		return app.Document{}, app.Errorf(app.EEmpty,
			"%q has no text layer (it looks like a scanned image), so there is no text to import.", name)
	}
	return app.Document{Text: text, Title: infoTitle(r)}, nil
}

// openError explains why the library refused a PDF.
func openError(name string, data []byte, err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, errDeadline):
		return pdfPanic(name, errDeadline)
	case errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(msg, "encrypt") ||
		bytes.Contains(data, []byte("/Encrypt")):
		return app.WrapError(app.ECorrupt, err,
			"%q is an encrypted (password-protected) PDF; save an unprotected copy and import that.", name)
	case !bytes.HasPrefix(data, []byte("%PDF-")):
		return app.WrapError(app.ECorrupt, err, "%q is not a PDF file, although its name ends in .pdf.", name)
	}
	return app.WrapError(app.ECorrupt, err, "%q is a damaged or truncated PDF and could not be read.", name)
}

// infoTitle returns the Title of the document information dictionary,
// unless it is only the name of the file the PDF was made from, which is
// what word processors write when the author set no title.
func infoTitle(r *pdf.Reader) string {
	t := r.Trailer().Key("Info").Key("Title")
	if t.Kind() != pdf.String {
		return ""
	}
	title := strings.TrimSpace(t.Text())
	if fileTitle.MatchString(title) {
		return ""
	}
	return title
}

// fileTitle matches titles that are file names: "Microsoft Word - a.docx",
// "report_final.pdf", "untitled".
var fileTitle = regexp.MustCompile(`(?i)^(?:microsoft \w+ - .*|.*\.(?:docx?|odt|rtf|pdf|txt|html?|indd|qxp|pages)|untitled\d*)$`)

// maxPageTreeDepth bounds the walk of the page tree, which a crafted file
// can make cyclic.
const maxPageTreeDepth = 32

// collectPages walks the page tree depth-first, visiting at most a few
// times MaxPDFPages nodes, and returns at most MaxPDFPages pages. A node is
// visited once: the library hides object identity, so nodes are told apart
// by their printed dictionaries, which name their kids and contents by
// object number and so differ for distinct nodes in practice.
func collectPages(root pdf.Value) []pdf.Value {
	var pages []pdf.Value
	budget := 4 * MaxPDFPages
	seen := map[string]bool{}
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		if budget <= 0 || len(pages) >= MaxPDFPages || depth > maxPageTreeDepth || v.Kind() != pdf.Dict {
			return
		}
		budget--
		key := v.String()
		if seen[key] {
			return
		}
		seen[key] = true
		if kids := v.Key("Kids"); kids.Kind() == pdf.Array {
			for i := 0; i < kids.Len() && budget > 0; i++ {
				walk(kids.Index(i), depth+1)
			}
			return
		}
		if v.Key("Type").Name() == "Page" || !v.Key("Contents").IsNull() {
			pages = append(pages, v)
		}
	}
	walk(root, 0)
	return pages
}

// resources returns the page's resource dictionary, inherited from its
// ancestors when it has none, following at most maxPageTreeDepth parents.
func resources(page pdf.Value) pdf.Value {
	v := page
	for i := 0; i < maxPageTreeDepth && v.Kind() == pdf.Dict; i++ {
		if r := v.Key("Resources"); r.Kind() == pdf.Dict {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}
