package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"parley/app"
)

// maxCoreXMLSize bounds docProps/core.xml, which holds only a few fields.
const maxCoreXMLSize = 1 << 20

// wordNS is the namespace of WordprocessingML elements (w:p, w:t, ...).
const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// parseDOCX reads the body text of a Word document: paragraphs (w:p)
// separated by blank lines, text runs (w:t), tabs and line breaks. Deleted
// text of tracked changes and field codes are left out. The title comes
// from docProps/core.xml. Published stays unknown: the document's creation
// date says when the file was made, not when the article appeared.
func parseDOCX(name string, data []byte) (app.Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return app.Document{}, app.WrapError(app.ECorrupt, err,
			"%q is not a valid Word document: it is not a DOCX (zip) archive.", name)
	}
	body, err := readZipEntry(zr, "word/document.xml", MaxDocxXMLSize)
	switch {
	case errors.Is(err, errEntryMissing):
		return app.Document{}, app.Errorf(app.ECorrupt,
			"%q is not a valid Word document: it has no word/document.xml.", name)
	case errors.Is(err, errEntryTooLarge):
		return app.Document{}, app.Errorf(app.ETooLarge,
			"%q expands to more than %s of document XML, the most Parley unpacks (it may be a zip bomb).",
			name, humanSize(MaxDocxXMLSize))
	case err != nil:
		return app.Document{}, app.WrapError(app.ECorrupt, err, "%q is a damaged Word document and could not be unpacked.", name)
	}
	text, err := docxText(body)
	if err != nil {
		return app.Document{}, app.WrapError(app.ECorrupt, err, "%q is a damaged Word document: its text is not valid XML.", name)
	}
	return app.Document{Text: text, Title: docxTitle(zr)}, nil
}

var (
	errEntryMissing  = errors.New("zip entry missing")
	errEntryTooLarge = errors.New("zip entry too large")
)

// readZipEntry decompresses the named entry, reading at most limit+1 bytes
// so that the size is checked on the data itself: the sizes a zip header
// declares are written by whoever made the file and prove nothing.
func readZipEntry(zr *zip.Reader, name string, limit int64) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > uint64(limit) {
			return nil, errEntryTooLarge
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		data, err := io.ReadAll(io.LimitReader(rc, limit+1))
		if int64(len(data)) > limit {
			return nil, errEntryTooLarge
		}
		return data, err
	}
	return nil, errEntryMissing
}

// docxText walks the document XML as a token stream (no tree, so nesting
// depth costs nothing) and writes the visible text.
func docxText(body []byte) (string, error) {
	var b strings.Builder
	d := xml.NewDecoder(bytes.NewReader(body))
	skip := 0 // depth inside elements whose text is not shown
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			inText = docxStart(&b, t.Name, &skip)
		case xml.EndElement:
			inText = false
			docxEnd(&b, t.Name, &skip)
		case xml.CharData:
			if inText && skip == 0 {
				b.Write(t)
			}
		}
	}
}

// docxHidden are WordprocessingML elements whose text is not part of the
// visible document: deleted revisions, field instructions, and the
// fallback copy of content inside compatibility blocks.
var docxHidden = map[string]bool{"delText": true, "instrText": true, "Fallback": true}

// docxStart handles a start tag and reports whether character data inside
// it is document text.
func docxStart(b *strings.Builder, n xml.Name, skip *int) bool {
	if docxHidden[n.Local] {
		*skip++
		return false
	}
	if n.Space != wordNS || *skip > 0 {
		return false
	}
	switch n.Local {
	case "t":
		return true
	case "tab":
		b.WriteByte('\t')
	case "br", "cr":
		b.WriteByte('\n')
	}
	return false
}

func docxEnd(b *strings.Builder, n xml.Name, skip *int) {
	if docxHidden[n.Local] {
		*skip = max(*skip-1, 0)
		return
	}
	if n.Space == wordNS && n.Local == "p" && *skip == 0 {
		b.WriteString("\n\n")
	}
}

// docxTitle returns dc:title from docProps/core.xml, or "".
func docxTitle(zr *zip.Reader) string {
	core, err := readZipEntry(zr, "docProps/core.xml", maxCoreXMLSize)
	if err != nil {
		return ""
	}
	var props struct {
		Title string `xml:"http://purl.org/dc/elements/1.1/ title"`
	}
	if xml.Unmarshal(core, &props) != nil {
		return ""
	}
	return props.Title
}
