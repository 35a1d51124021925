package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"parley/app"
)

// bombXML returns a reader of a word/document.xml of n bytes that is
// almost all one repeated letter, so it compresses a thousandfold.
func bombXML(n int64) io.Reader {
	head := `<w:document xmlns:w="` + wordNS + `"><w:body><w:p><w:r><w:t>`
	return io.MultiReader(strings.NewReader(head), io.LimitReader(repeatReader('a'), n-int64(len(head))))
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// honestBomb is a DOCX whose document.xml header declares its real size.
func honestBomb(t *testing.T, n int64) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	w.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed) // fast on repeated bytes
	})
	f, err := w.Create("word/document.xml")
	mustDo(t, err)
	_, err = io.Copy(f, bombXML(n))
	mustDo(t, err)
	mustDo(t, w.Close())
	return b.Bytes()
}

// lyingBomb is a DOCX whose document.xml header claims 1 KB while the
// compressed data expands to n bytes.
func lyingBomb(t *testing.T, n int64) []byte {
	t.Helper()
	var data bytes.Buffer
	fw, err := flate.NewWriter(&data, flate.BestSpeed)
	mustDo(t, err)
	_, err = io.Copy(fw, bombXML(n))
	mustDo(t, err)
	mustDo(t, fw.Close())
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	raw, err := w.CreateRaw(&zip.FileHeader{
		Name: "word/document.xml", Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(nil),
		CompressedSize64: uint64(data.Len()), UncompressedSize64: 1024,
	})
	mustDo(t, err)
	_, err = raw.Write(data.Bytes())
	mustDo(t, err)
	mustDo(t, w.Close())
	return b.Bytes()
}

func TestReadFile_docxBroken(t *testing.T) {
	tests := []struct {
		name string
		data func(t *testing.T) []byte
		code app.Code
	}{
		{"honest-bomb.docx", func(t *testing.T) []byte { return honestBomb(t, MaxDocxXMLSize+1) }, app.ETooLarge},
		{"lying-bomb.docx", func(t *testing.T) []byte { return lyingBomb(t, MaxDocxXMLSize+1) }, app.ECorrupt},
		{"invalid-xml.docx", func(*testing.T) []byte {
			return makeZip(map[string]string{"word/document.xml": "<w:document><w:p>unclosed"})
		}, app.ECorrupt},
		{"truncated.docx", func(*testing.T) []byte { d := makeDOCX(docxBody, ""); return d[:len(d)-30] }, app.ECorrupt},
		{"no-text.docx", func(*testing.T) []byte { return makeDOCX(nil, "Only a title") }, app.EEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			mustDo(t, os.WriteFile(path, tt.data(t), 0o644))
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := ReadFile(path)
			assertError(t, err, tt.code, path)
			if d := time.Since(start); d > hangLimit {
				t.Errorf("took %v", d)
			}
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 4*MaxDocxXMLSize {
				t.Errorf("allocated %d MB", grew>>20)
			}
		})
	}
}

func TestDocxText(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"runs join", `<w:p><w:r><w:t>Minis</w:t></w:r><w:r><w:t>ter</w:t></w:r></w:p>`, "Minister"},
		{"paragraphs", `<w:p><w:r><w:t>One</w:t></w:r></w:p><w:p><w:r><w:t>Two</w:t></w:r></w:p>`, "One\n\nTwo"},
		{"tab and break", `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>`, "a\tb\nc"},
		{"deleted and field code", `<w:p><w:r><w:delText>old</w:delText><w:instrText>PAGE</w:instrText><w:t>new</w:t></w:r></w:p>`, "new"},
		{"fallback skipped", `<w:p><mc:AlternateContent xmlns:mc="urn:mc"><mc:Choice><w:r><w:t>box</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>box</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`, "box"},
		{"table cells", `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell 1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cell 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, "cell 1\n\ncell 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xml := `<w:document xmlns:w="` + wordNS + `"><w:body>` + tt.body + `</w:body></w:document>`
			got, err := docxText([]byte(xml))
			if err != nil {
				t.Fatal(err)
			}
			if Normalize(got) != tt.want {
				t.Errorf("text = %q, want %q", Normalize(got), tt.want)
			}
		})
	}
}
