package ingest

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley/app"
)

// rawPDF assembles a PDF from object bodies (object i+1 is objs[i]) with a
// correct cross-reference table, so tests can write hostile structures.
func rawPDF(objs []string, trailer string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailer, xref)
	return b.Bytes()
}

func stream(s string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(s), s)
}

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

func TestReadFile_pdfHostile(t *testing.T) {
	page := func(parent, contents string) string {
		return "<< /Type /Page /Parent " + parent + " /Resources << /Font << /F1 3 0 R >> >> /Contents " + contents + " >>"
	}
	text := stream("BT /F1 12 Tf 72 700 Td (Envoys met in Oslo.) Tj ET")
	tests := []struct {
		name string
		pdf  []byte
		code app.Code // "" when the text must be read
	}{
		{"self-referencing kids", rawPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>", helvetica,
			page("2 0 R", "5 0 R"), text}, "/Root 1 0 R"), ""},
		{"parent cycle without resources", rawPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 /Parent 4 0 R >>", helvetica,
			"<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>", text}, "/Root 1 0 R"), ""},
		{"lying page count", rawPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 99999999 >>", helvetica,
			page("2 0 R", "5 0 R"), text}, "/Root 1 0 R"), app.ETooLarge},
		{"no pages", rawPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}, "/Root 1 0 R"), app.ECorrupt},
		{"no root", rawPDF([]string{"<< /Foo 1 >>"}, ""), app.ECorrupt},
		{"broken operators", rawPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", helvetica,
			page("2 0 R", "5 0 R"), stream("BT /F1 Tf Td Tm ' \" TJ (Envoys met in Oslo.) Tj ET Q Q Q")}, "/Root 1 0 R"), ""},
		{"contents not a stream", rawPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", helvetica,
			page("2 0 R", "42")}, "/Root 1 0 R"), app.ECorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "hostile.pdf")
			mustDo(t, os.WriteFile(path, tt.pdf, 0o644))
			start := time.Now()
			doc, err := ReadFile(path)
			if d := time.Since(start); d > hangLimit {
				t.Errorf("took %v", d)
			}
			if tt.code != "" {
				assertError(t, err, tt.code, path)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != "Envoys met in Oslo." {
				t.Errorf("text = %q, want the page's one sentence once", doc.Text)
			}
		})
	}
}

func TestReadFile_pdfTextLimit(t *testing.T) {
	line := strings.Repeat("(Meeting notes repeated for size.) Tj T* ", 1000)
	content := "BT /F1 12 Tf 14 TL 72 700 Td " + strings.Repeat(line, MaxTextSize/30000+1) + "ET"
	pdf := rawPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", helvetica,
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>", stream(content)}, "/Root 1 0 R")
	path := filepath.Join(t.TempDir(), "long.pdf")
	mustDo(t, os.WriteFile(path, pdf, 0o644))
	_, err := ReadFile(path)
	assertError(t, err, app.ETooLarge, path)
}

func TestPDFText_layout(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"td lines", "BT /F1 10 Tf 0 700 Td (one) Tj 0 -12 Td (two) Tj ET", "one\ntwo"},
		{"paragraph gap", "BT /F1 10 Tf 0 700 Td (a) Tj 0 -12 Td (b) Tj 0 -12 Td (c) Tj 0 -30 Td (d) Tj ET", "a\nb\nc\n\nd"},
		{"tstar and leading", "BT /F1 10 Tf 12 TL 0 700 Td (one) Tj T* (two) ' ET", "one\ntwo"},
		{"tm positions", "BT /F1 10 Tf 1 0 0 1 72 700 Tm (left) Tj 1 0 0 1 150 700 Tm (right) Tj ET", "left right"},
		{"kerning is not a space", "BT /F1 10 Tf 0 700 Td [(Dip) -20 (lomat)] TJ ET", "Diplomat"},
		{"tj gap is a space", "BT /F1 10 Tf 0 700 Td [(word) -400 (gap)] TJ ET", "word gap"},
		{"flipped page", "1 0 0 -1 0 792 cm BT /F1 1 Tf 10 0 0 -10 72 80 Tm (top) Tj 0 -1.2 Td (next) Tj 0 -3 Td (para) Tj ET", "top\nnext\n\npara"},
		{"q Q restore", "q 1 0 0 -1 0 792 cm Q BT /F1 10 Tf 0 700 Td (one) Tj 0 -12 Td (two) Tj ET", "one\ntwo"},
		{"column moves up", "BT /F1 10 Tf 0 700 Td (col1) Tj 0 -12 Td (col1b) Tj 300 24 Td (col2) Tj ET", "col1\ncol1b\n\ncol2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pdf := rawPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", helvetica,
				"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>", stream(tt.content)}, "/Root 1 0 R")
			doc, err := parsePDF("t.pdf", pdf)
			if err != nil {
				t.Fatal(err)
			}
			if got := Normalize(doc.Text); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

// zlibBomb returns n bytes of one letter, zlib-compressed.
func zlibBomb(t *testing.T, n int64) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, err := zlib.NewWriterLevel(&b, zlib.BestCompression)
	mustDo(t, err)
	_, err = io.Copy(zw, io.LimitReader(repeatReader('a'), n))
	mustDo(t, err)
	mustDo(t, zw.Close())
	return b.Bytes()
}

func TestReadFile_pdfResourceLimits(t *testing.T) {
	defer func(d time.Duration) { pdfTimeout = d }(pdfTimeout)
	good := rawPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", helvetica,
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
		stream("BT /F1 12 Tf 72 700 Td (Envoys met in Oslo.) Tj ET")}, "/Root 1 0 R")
	tests := []struct {
		name    string
		pdf     func(t *testing.T) []byte
		code    app.Code
		says    string
		timeout time.Duration // pdfTimeout for the case
	}{
		{"huge declared size", func(*testing.T) []byte {
			return bytes.Replace(good, []byte("/Size 6"), []byte("/Size 99999999999"), 1)
		}, app.ECorrupt, "claims more objects", PDFTimeout},
		{"flate bomb", func(t *testing.T) []byte {
			z := zlibBomb(t, maxPDFStreamSize+1)
			return rawPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", helvetica,
				"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
				fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", len(z), z)}, "/Root 1 0 R")
		}, app.ETooLarge, "expands to more than", PDFTimeout},
		{"xref prev loop", func(*testing.T) []byte {
			i := bytes.LastIndex(good, []byte("startxref\n"))
			xref := string(bytes.TrimSpace(good[i+len("startxref\n"):][:bytes.IndexByte(good[i+len("startxref\n"):], '\n')]))
			return bytes.Replace(good, []byte("/Root 1 0 R"), []byte("/Root 1 0 R /Prev "+xref), 1)
		}, app.ECorrupt, "could not be read within", 500 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "limits.pdf")
			mustDo(t, os.WriteFile(path, tt.pdf(t), 0o644))
			pdfTimeout = tt.timeout
			start := time.Now()
			_, err := ReadFile(path)
			assertError(t, err, tt.code, path)
			if msg := app.ErrorMessage(err); !strings.Contains(msg, tt.says) {
				t.Errorf("message %q does not say %q", msg, tt.says)
			}
			if d := time.Since(start); d > hangLimit {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestFileTitle(t *testing.T) {
	tests := []struct {
		title string
		file  bool
	}{
		{"Microsoft Word - talks.docx", true},
		{"report_final.PDF", true},
		{"Untitled", true},
		{"Envoys meet in Oslo", false},
		{"Talks on the .docx format", false},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := fileTitle.MatchString(tt.title); got != tt.file {
				t.Errorf("fileTitle(%q) = %v, want %v", tt.title, got, tt.file)
			}
		})
	}
}
