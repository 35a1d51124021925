package ingest

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"time"

	"parley/app"
)

// Limits of the checks a PDF passes before the PDF library sees it. The
// library trusts the file: it allocates a cross-reference table of the
// declared /Size, and it reads a content-stream token whole into memory,
// so a small file could claim billions of objects or inflate to gigabytes.
const (
	// maxPDFObjects bounds a declared /Size (real PDFs have far fewer).
	maxPDFObjects = 2_000_000
	// maxPDFStreamSize is the most one Flate stream may inflate to.
	maxPDFStreamSize = 64 << 20
	// maxPDFInflated is the most all Flate streams together may inflate to.
	maxPDFInflated = 512 << 20
)

var pdfSize = regexp.MustCompile(`/Size\s+(\d{1,20})`)

// checkPDF refuses a PDF whose declared sizes or compressed streams would
// make the library use unbounded memory.
func checkPDF(name string, data []byte) error {
	for _, m := range pdfSize.FindAllSubmatch(data, -1) {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > maxPDFObjects {
			return app.Errorf(app.ECorrupt, "%q is a damaged PDF: it claims more objects than any real document has.", name)
		}
	}
	if !inflatesWithin(data) {
		return app.Errorf(app.ETooLarge,
			"%q holds compressed data that expands to more than %s, the most Parley unpacks from a PDF.", name, humanSize(maxPDFInflated))
	}
	return nil
}

// inflatesWithin reports whether every zlib stream in data inflates to at
// most maxPDFStreamSize and all together to at most maxPDFInflated. The
// data is inflated into io.Discard, so the check itself holds no memory.
func inflatesWithin(data []byte) bool {
	total := int64(0)
	for pos := 0; ; {
		i := bytes.Index(data[pos:], []byte("stream"))
		if i < 0 {
			return true
		}
		start := pos + i + len("stream")
		pos = start
		if pos-len("endstream") >= 0 && bytes.HasSuffix(data[:pos], []byte("endstream")) {
			continue
		}
		n := inflatedSize(data[start:])
		total += n
		if n > maxPDFStreamSize || total > maxPDFInflated {
			return false
		}
	}
}

// inflatedSize returns how many bytes the zlib stream at the start of b
// (after the end of line that follows the stream keyword) inflates to, up
// to one more than maxPDFStreamSize; 0 when it is not a zlib stream.
func inflatedSize(b []byte) int64 {
	for k := 0; k < 2 && len(b) > 0 && (b[0] == '\r' || b[0] == '\n'); k++ {
		b = b[1:]
	}
	zr, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return 0
	}
	n, _ := io.Copy(io.Discard, io.LimitReader(zr, maxPDFStreamSize+1))
	return n
}

// deadlineReader is the io.ReaderAt the PDF library reads through. The
// loops a crafted file can send the library into (a /Prev chain or an
// object stream that /Extends itself) all read the file, so panicking here
// once the deadline has passed ends them; the panic is recovered as an
// error and the goroutine running the library finishes.
type deadlineReader struct {
	r        *bytes.Reader
	deadline time.Time
}

func (d deadlineReader) ReadAt(p []byte, off int64) (int, error) {
	if time.Now().After(d.deadline) {
		panic(errDeadline)
	}
	return d.r.ReadAt(p, off)
}
