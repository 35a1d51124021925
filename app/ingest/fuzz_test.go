package ingest

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"parley/app"
)

// Fuzz targets: every parser, fed arbitrary bytes, must return either a
// Document whose normalised text is valid UTF-8, normalised and within
// MaxTextSize, or an *app.Error naming the file; never panic or hang.
// Seeds live in testdata/fuzz/<Name>/ (written by TestFixtures -update).

func FuzzReadText(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, p := range []struct {
			name  string
			parse parser
		}{{"fuzz.txt", parseText}, {"fuzz.md", parseMarkdown}} {
			doc, err := p.parse(p.name, data)
			checkParse(t, p.name, doc, err, time.Now())
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		doc, err := parseHTML("fuzz.html", data)
		checkParse(t, "fuzz.html", doc, err, start)
	})
}

func FuzzPDF(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		doc, err := parsePDF("fuzz.pdf", data)
		checkParse(t, "fuzz.pdf", doc, err, start)
	})
}

func FuzzDOCX(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		doc, err := parseDOCX("fuzz.docx", data)
		checkParse(t, "fuzz.docx", doc, err, start)
	})
}

// checkParse asserts the contract of a parser's result after finish.
func checkParse(t *testing.T, name string, doc app.Document, err error, start time.Time) {
	t.Helper()
	if d := time.Since(start); d > hangLimit {
		t.Errorf("parsing took %v", d)
	}
	if err == nil {
		doc, err = finish(doc, name)
	}
	if err != nil {
		var e *app.Error
		if !errors.As(err, &e) || !strings.Contains(e.Message, strconv.Quote(name)) {
			t.Fatalf("error %v is not an *app.Error naming %s", err, name)
		}
		return
	}
	if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) || !utf8.ValidString(doc.Outlet) {
		t.Errorf("invalid UTF-8 in %q / %q / %q", doc.Text, doc.Title, doc.Outlet)
	}
	if len(doc.Text) > MaxTextSize {
		t.Errorf("text of %d bytes exceeds MaxTextSize", len(doc.Text))
	}
	if again := Normalize(doc.Text); again != doc.Text {
		t.Errorf("Normalize is not idempotent:\n%q\n%q", doc.Text, again)
	}
	if doc.Published.Validate() != nil {
		t.Errorf("published %v is not a valid date", doc.Published)
	}
}
