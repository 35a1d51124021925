package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"parley/app"
)

// assertError checks that err is an *app.Error with code whose message is
// one sentence naming the file.
func assertError(t *testing.T, err error, code app.Code, path string) {
	t.Helper()
	var e *app.Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v (%T), want *app.Error with code %s", err, err, code)
	}
	if e.Code != code {
		t.Errorf("code = %s, want %s (message %q)", e.Code, code, e.Message)
	}
	name := filepath.Base(path)
	if !strings.Contains(e.Message, strconv.Quote(name)) {
		t.Errorf("message %q does not name %q", e.Message, name)
	}
	if strings.Contains(e.Message, "\n") || !strings.HasSuffix(e.Message, ".") {
		t.Errorf("message %q is not one sentence on one line", e.Message)
	}
}

func TestReadFile(t *testing.T) {
	tests := []struct {
		file      string
		format    string
		want      []string // substrings of Text, in order
		notWant   []string
		title     string
		outlet    string
		published string
	}{
		{file: "article-utf8.txt", format: "txt",
			want: []string{"Harbour talks end with a fishing accord\n\nVALMORA", "Tomás Reyes", "“We found more common ground"}},
		{file: "article-utf8-bom.txt", format: "txt", want: []string{"Coastal states sign", "weather services."}},
		{file: "article-utf16le.txt", format: "txt", want: []string{"Coastal states sign a weather data pact\n\nEnvironment Minister"}},
		{file: "article-utf16be.txt", format: "txt", want: []string{"Omar Haddad met Chilean envoy Sofia Mendez"}},
		{file: "persian-1256.txt", format: "txt", want: []string{"سفير ژاپن ديدار کرد", "همکاري‌هاي", "گسترش پروازهاي"}},
		{file: "french-1252.txt", format: "txt", want: []string{"Le ministre français a rencontré l’ambassadeur à Genève.", "«Une réunion très utile»", "“des progrès réels”"}},
		{file: "invalid-utf8.txt", format: "txt", want: []string{"Ministers met in Zürich.\n\uFFFD Talks", "Genève"}},
		{file: "گزارش دیدار.txt", format: "txt", want: []string{"وزیر امور خارجه روز دوشنبه"}},
		{file: "article.md", format: "md", title: "Ministers agree on river water sharing",
			want:    []string{"Ministers agree on river water sharing\n\nStaff report — Oslo", "Deputy Minister Anna Holm met Ambassador\nKarim Nasser at the foreign ministry", "What was agreed", "Both sides will publish", "commission meets in Bergen next month.", "\"The talks were frank and useful,\" Holm said.", "Read more on our site."},
			notWant: []string{"#", "**", "](", "https://", "Photo of the two officials", "> ", "---", "[site]"}},
		{file: "article.html", format: "html", title: "Envoys meet in Tallinn over grain corridor", outlet: "The Northern Ledger", published: "2025-05-06",
			want:    []string{"TALLINN — Special envoy Piotr Nowak met", "winter months.\n\nThe two officials", "premiums."},
			notWant: []string{"Weather menu item", "Sidebar story", "Copyright footer", "trackPage", "font-family"}},
		{file: "latin1-no-charset.html", format: "html", want: []string{"Le ministre français", "“des progrès réels”"}},
		{file: "article.pdf", format: "pdf", title: "Weather data pact",
			want: []string{"Coastal states sign a weather data pact\n\nEnvironment Minister Omar Haddad met Chilean envoy\nSofia Mendez in Rabat on Friday.\n\nThey signed a pact to share storm warnings.\n\nA second meeting is planned in Santiago in May."}},
		{file: "cairo.pdf", format: "pdf", // subset TrueType, ToUnicode, Flate, flipped page, TJ kerning
			want: []string{"Coastal states sign a weather data pact\n\nEnvironment Minister Omar Haddad met Chilean envoy\nSofia Mendez in Rabat on Friday.\n\nThey signed a pact to share storm warnings.\n\nA second meeting is planned in Santiago in May."}},
		{file: "owner-only-encrypted.pdf", format: "pdf", title: "Weather data pact", want: []string{"Omar Haddad met Chilean envoy"}},
		{file: "article.docx", format: "docx", title: "Pact on storm warnings",
			want:    []string{"Coastal states sign a weather data pact\n\nEnvironment Minister Omar Haddad", "Friday.\n\nThey signed a pact\tto share storm warnings."},
			notWant: []string{"deleted words"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			doc, err := ReadFile(path)
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if doc.Path != path || doc.Format != tt.format {
				t.Errorf("Path, Format = %q, %q; want %q, %q", doc.Path, doc.Format, path, tt.format)
			}
			assertInOrder(t, doc.Text, tt.want)
			for _, s := range tt.notWant {
				if strings.Contains(doc.Text, s) {
					t.Errorf("text contains %q:\n%s", s, doc.Text)
				}
			}
			if doc.Title != tt.title || doc.Outlet != tt.outlet || doc.Published.String() != tt.published {
				t.Errorf("Title, Outlet, Published = %q, %q, %q; want %q, %q, %q",
					doc.Title, doc.Outlet, doc.Published, tt.title, tt.outlet, tt.published)
			}
			if doc.Text != Normalize(doc.Text) {
				t.Errorf("text is not normalised")
			}
		})
	}
}

// assertInOrder checks that every string of want occurs in text, in order.
func assertInOrder(t *testing.T, text string, want []string) {
	t.Helper()
	rest := text
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Errorf("text lacks %q (in order); text:\n%s", w, text)
			return
		}
		rest = rest[i+len(w):]
	}
}

func TestReadFile_errors(t *testing.T) {
	tests := []struct {
		file string
		code app.Code
		says string // a phrase the message must contain
	}{
		{"empty.txt", app.EEmpty, "no text"},
		{"blank.md", app.EEmpty, "no text"},
		{"binary.txt", app.ENotText, "binary data"},
		{"random.txt", app.ENotText, "binary data"},
		{"sheet.xlsx", app.EUnsupported, ".txt, .md, .html, .pdf and .docx"},
		{"photo.jpg", app.EUnsupported, ".jpg file"},
		{"truncated.pdf", app.ECorrupt, "damaged or truncated PDF"},
		{"not-a-pdf.pdf", app.ECorrupt, "not a PDF file"},
		{"encrypted.pdf", app.ECorrupt, "password-protected"},
		{"encrypted-aes256.pdf", app.ECorrupt, "password-protected"},
		{"scanned.pdf", app.EEmpty, "no text layer"},
		{"fake.docx", app.ECorrupt, "not a valid Word document"},
		{"no-document-xml.docx", app.ECorrupt, "no word/document.xml"},
		{"missing.txt", app.EUnreadable, "does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			_, err := ReadFile(path)
			assertError(t, err, tt.code, path)
			if msg := app.ErrorMessage(err); !strings.Contains(msg, tt.says) {
				t.Errorf("message %q does not say %q", msg, tt.says)
			}
		})
	}
}

func TestReadFile_special(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name  string
		setup func(t *testing.T, path string)
		code  app.Code
		fast  bool // refused from the file's metadata, without reading it
	}{
		{"folder.txt", func(t *testing.T, p string) { mustDo(t, os.Mkdir(p, 0o755)) }, app.EUnreadable, true},
		{"pipe.txt", func(t *testing.T, p string) { mustDo(t, syscall.Mkfifo(p, 0o644)) }, app.EUnreadable, true},
		{"huge-sparse.txt", func(t *testing.T, p string) { writeSparse(t, p, MaxFileSize+1) }, app.ETooLarge, true},
		{"gigabyte.pdf", func(t *testing.T, p string) { writeSparse(t, p, 1<<30) }, app.ETooLarge, true},
		{"too-much-text.txt", func(t *testing.T, p string) {
			mustDo(t, os.WriteFile(p, []byte(strings.Repeat("word ", MaxTextSize/5+1)), 0o644))
		}, app.ETooLarge, false},
		{"line\nbreak.txt", func(t *testing.T, p string) { mustDo(t, os.WriteFile(p, nil, 0o644)) }, app.EEmpty, true},
		{"README", func(t *testing.T, p string) { mustDo(t, os.WriteFile(p, []byte("text"), 0o644)) }, app.EUnsupported, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			tt.setup(t, path)
			start := time.Now()
			_, err := ReadFile(path)
			assertError(t, err, tt.code, path)
			if d := time.Since(start); tt.fast && d > 5*time.Second {
				t.Errorf("took %v; the file should be refused without reading it", d)
			}
		})
	}
}

func TestReadFile_validUTF8(t *testing.T) {
	files, _ := filepath.Glob("testdata/*")
	for _, f := range files {
		doc, err := ReadFile(f)
		if err == nil && !utf8.ValidString(doc.Text) {
			t.Errorf("%s: text is not valid UTF-8", f)
		}
	}
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// writeSparse creates a file of size bytes that occupies no disk space.
func writeSparse(t *testing.T, path string, size int64) {
	t.Helper()
	mustDo(t, os.WriteFile(path, nil, 0o644))
	mustDo(t, os.Truncate(path, size))
}

// hangLimit is how long a hostile input may take before a test calls it a
// hang. It is far above the times measured on an idle machine (under a
// second) because the tests share two cores with other builds.
const hangLimit = 30 * time.Second

func TestHumanSize(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{512, "512 bytes"}, {2048, "2 KB"}, {2049, "3 KB"}, {MaxFileSize, "50 MB"}, {MaxFileSize + 1, "51 MB"}, {3 << 29, "1.5 GB"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := humanSize(tt.n); got != tt.want {
				t.Errorf("humanSize(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}
