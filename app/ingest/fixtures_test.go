package ingest

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite the generated fixtures in testdata/")

// Texts of the generated fixtures: invented articles written for these tests.
const (
	englishText = "Coastal states sign a weather data pact\n\n" +
		"Environment Minister Omar Haddad met Chilean envoy Sofia Mendez in Rabat on Friday.\n" +
		"They signed a pact to share storm warnings between their weather services.\n"
	persianText = "دیدار وزیران در تهران\n\n" +
		"وزیر امور خارجه روز دوشنبه در تهران با سفیر ژاپن دیدار کرد.\n" +
		"دو طرف درباره همکاری‌های اقتصادی و گسترش پروازهای مستقیم گفتگو کردند.\n" +
		"سفیر گفت که این نشست در فضایی دوستانه برگزار شد و پایتخت‌ها به زودی گام بعدی را برمی‌دارند.\n"
	// persian1256Text is persianText with Arabic yeh (U+064A) for Persian
	// yeh (U+06CC), which Windows-1256 lacks; legacy files are written so.
	persian1256Text = "ديدار وزيران در تهران\n\n" +
		"وزير امور خارجه روز دوشنبه در تهران با سفير ژاپن ديدار کرد.\n" +
		"دو طرف درباره همکاري‌هاي اقتصادي و گسترش پروازهاي مستقيم گفتگو کردند.\n" +
		"سفير گفت که اين نشست در فضايي دوستانه برگزار شد و پايتخت‌ها به زودي گام بعدي را برمي‌دارند.\n"
	frenchText = "Le ministre français a rencontré l’ambassadeur à Genève.\n\n" +
		"«Une réunion très utile», a-t-il déclaré — “des progrès réels” ont été faits sur le dossier énergétique.\n"
)

// generated lists the fixtures built by code, so their bytes are exact and
// reproducible; TestFixtures checks the committed copies against them.
var generated = map[string]func() []byte{
	"article-utf8-bom.txt": func() []byte { return append([]byte("\uFEFF"), englishText...) },
	"article-utf16le.txt":  func() []byte { return encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), englishText) },
	"article-utf16be.txt":  func() []byte { return encode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), englishText) },
	"persian-1256.txt":     func() []byte { return encode(charmap.Windows1256, persian1256Text) },
	"french-1252.txt":      func() []byte { return encode(charmap.Windows1252, frenchText) },
	"invalid-utf8.txt": func() []byte {
		return []byte("Ministers met in Zürich.\n\xff\xfe Talks went on past midnight in Genève.\n")
	},
	"empty.txt":              func() []byte { return nil },
	"blank.md":               func() []byte { return []byte(" \n\t\n\n") },
	"binary.txt":             func() []byte { return append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...) },
	"random.txt":             randomBytes,
	"sheet.xlsx":             func() []byte { return []byte("PK\x03\x04 not really a spreadsheet") },
	"photo.jpg":              func() []byte { return []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00") },
	"گزارش دیدار.txt":        func() []byte { return []byte(persianText) },
	"article.pdf":            func() []byte { return makePDF(articlePages, "Weather data pact") },
	"scanned.pdf":            func() []byte { return makePDF([][]string{nil}, "") },
	"truncated.pdf":          func() []byte { p := makePDF(articlePages, ""); return p[:len(p)/2] },
	"not-a-pdf.pdf":          func() []byte { return []byte("This is plain text with a .pdf name.\n") },
	"article.docx":           func() []byte { return makeDOCX(docxBody, "Pact on storm warnings") },
	"fake.docx":              func() []byte { return []byte("Just text renamed to .docx.\n") },
	"no-document-xml.docx":   func() []byte { return makeZip(map[string]string{"word/other.xml": "<x/>"}) },
	"latin1-no-charset.html": func() []byte { return encode(charmap.Windows1252, "<html><body><p>"+frenchText+"</p></body></html>") },
}

// articlePages is the text of article.pdf: each string is one line, an
// empty string a paragraph gap, and "|" splits a line into two shows
// separated by a TJ word gap.
var articlePages = [][]string{
	{"Coastal states sign a weather data pact", "",
		"Environment Minister Omar Haddad met Chilean envoy", "Sofia Mendez in Rabat on Friday.", "",
		"They signed a pact to share|storm warnings."},
	{"A second meeting is planned in Santiago in May."},
}

var docxBody = []string{
	"Coastal states sign a weather data pact",
	"Environment Minister Omar Haddad met Chilean envoy Sofia Mendez in Rabat on Friday.",
	"They signed a pact\tto share storm warnings.",
}

func TestFixtures(t *testing.T) {
	for name, gen := range generated {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			want := gen()
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestFixtures -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from its generator; run go test -run TestFixtures -update", path)
			}
		})
	}
}

// fuzzSeeds names the fixtures that seed each fuzz target's corpus.
var fuzzSeeds = map[string][]string{
	"FuzzReadText": {"article-utf8.txt", "article-utf16le.txt", "persian-1256.txt", "french-1252.txt", "invalid-utf8.txt", "article.md", "binary.txt"},
	"FuzzHTML":     {"article.html", "latin1-no-charset.html"},
	"FuzzPDF":      {"article.pdf", "cairo.pdf", "truncated.pdf", "scanned.pdf", "encrypted.pdf", "owner-only-encrypted.pdf"},
	"FuzzDOCX":     {"article.docx", "no-document-xml.docx", "fake.docx"},
}

// TestFuzzSeeds checks (or with -update writes) the committed seed corpus
// files, in the format go test reads from testdata/fuzz/<Name>/.
func TestFuzzSeeds(t *testing.T) {
	for target, files := range fuzzSeeds {
		for _, file := range files {
			t.Run(target+"/"+file, func(t *testing.T) {
				data, err := os.ReadFile(filepath.Join("testdata", file))
				mustDo(t, err)
				want := []byte("go test fuzz v1\n[]byte(" + strconv.Quote(string(data)) + ")\n")
				path := filepath.Join("testdata", "fuzz", target, file)
				if *update {
					mustDo(t, os.MkdirAll(filepath.Dir(path), 0o755))
					mustDo(t, os.WriteFile(path, want, 0o644))
					return
				}
				got, err := os.ReadFile(path)
				if err != nil || !bytes.Equal(got, want) {
					t.Errorf("%s is missing or stale; run go test -run TestFuzzSeeds -update", path)
				}
			})
		}
	}
}

func encode(e encoding.Encoding, s string) []byte {
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func randomBytes() []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 4096)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func deepHTML(depth int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body>")
	b.WriteString(strings.Repeat("<div>", depth))
	b.WriteString("Deep text survives.")
	b.WriteString(strings.Repeat("</div>", depth))
	b.WriteString("</body></html>")
	return b.Bytes()
}

// makePDF writes a minimal PDF 1.4 with one Helvetica page per element of
// pages (see articlePages for the line syntax) and an optional title.
func makePDF(pages [][]string, title string) []byte {
	n := len(pages)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		pdfKids(n),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	for i, lines := range pages {
		stream := pdfContent(lines)
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i),
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream))
	}
	info := ""
	if title != "" {
		objs = append(objs, fmt.Sprintf("<< /Title (%s) >>", title))
		info = fmt.Sprintf(" /Info %d 0 R", len(objs))
	}
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
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, info, xref)
	return b.Bytes()
}

func pdfKids(n int) string {
	kids := make([]string, n)
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	return fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)
}

// pdfContent draws lines 16 points apart, 32 at a paragraph gap; a page
// with no lines draws a rectangle only, like a scanned page without OCR.
func pdfContent(lines []string) string {
	if len(lines) == 0 {
		return "q 0.5 g 72 72 468 648 re f Q"
	}
	var b strings.Builder
	b.WriteString("BT /F1 12 Tf 72 720 Td")
	gap := 0
	for _, l := range lines {
		gap += 16
		if l == "" {
			continue
		}
		parts := strings.Split(l, "|")
		fmt.Fprintf(&b, " 0 %d Td [", -gap)
		for i, p := range parts {
			if i > 0 {
				b.WriteString(" -400 ")
			}
			fmt.Fprintf(&b, "(%s)", p)
		}
		b.WriteString("] TJ")
		gap = 0
	}
	b.WriteString(" ET")
	return b.String()
}

// makeDOCX builds a minimal Word document with one w:p per paragraph; a
// tab in a paragraph becomes w:tab.
func makeDOCX(paras []string, title string) []byte {
	var body strings.Builder
	for _, p := range paras {
		body.WriteString("<w:p><w:r>")
		for i, part := range strings.Split(p, "\t") {
			if i > 0 {
				body.WriteString("<w:tab/>")
			}
			fmt.Fprintf(&body, `<w:t xml:space="preserve">%s</w:t>`, part)
		}
		body.WriteString("</w:r></w:p>")
	}
	body.WriteString(`<w:p><w:r><w:delText>deleted words</w:delText></w:r></w:p>`)
	return makeZip(map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="` + wordNS + `"><w:body>` + body.String() + `</w:body></w:document>`,
		"docProps/core.xml":   `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>` + title + `</dc:title></cp:coreProperties>`,
	})
}

// makeZip stores files uncompressed with a fixed time, so the bytes do not
// depend on the compressor's version.
func makeZip(files map[string]string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range sortedKeys(files) {
		f, err := w.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store, Modified: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			panic(err)
		}
		f.Write([]byte(files[name]))
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var (
	cp1252 = charmap.Windows1252
	cp1256 = charmap.Windows1256
)

var utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
