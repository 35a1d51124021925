package ingest

import (
	"strings"
	"testing"
)

func TestDetectEncoding(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"ascii", []byte("Plain words."), "utf-8"},
		{"utf8", []byte("Déjà vu in Zürich, سفیر"), "utf-8"},
		{"utf8 bom", []byte("\uFEFFtext"), "utf-8"},
		{"utf16le bom", []byte{0xFF, 0xFE, 'a', 0}, "utf-16le"},
		{"utf16be bom", []byte{0xFE, 0xFF, 0, 'a'}, "utf-16be"},
		{"utf8 with one bad byte", []byte("Genève and Zürich \xff"), "utf-8"},
		{"1252 accents", encode(cp1252, "Le café à Genève était fermé."), "windows-1252"},
		{"1252 curly quotes", encode(cp1252, "He said “yes” and “no” — twice."), "windows-1252"},
		{"1256 persian", encode(cp1256, "سفير ژاپن در تهران ديدار کرد"), "windows-1256"},
		{"1256 arabic", encode(cp1256, "التقى وزير الخارجية بالسفير في القاهرة"), "windows-1256"},
		{"1256 with latin names", encode(cp1256, "وزير خارجه با John Smith در تهران ديدار کرد"), "windows-1256"},
		{"1252 single accent", encode(cp1252, "café"), "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := DetectEncoding(tt.data); got != tt.want {
				t.Errorf("DetectEncoding = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "a\r\nb\rc", "a\nb\nc"},
		{"nfc", "Gene\u0300ve", "Genève"},
		{"controls", "a\x00b\x07c\u0085d\x1b", "abc\nd"},
		{"keeps tab", "a\tb", "a\tb"},
		{"bom", "\uFEFFtext\uFEFF", "text"},
		{"trailing spaces", "one  \t\ntwo \u00a0", "one\ntwo"},
		{"blank lines", "\n\n\na\n\n\n\n\nb\n \n\t\nc\n\n", "a\n\nb\n\nc"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"line separators", "a\u2028b\u2029c\fd", "a\nb\nc\nd"},
		{"zwnj kept", "همکاری‌ها", "همکاری‌ها"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkdownLine(t *testing.T) {
	tests := []struct {
		in, want string
		heading  int
	}{
		{"# Title #", "Title", 1},
		{"### Section", "Section", 3},
		{"#hashtag", "#hashtag", 0},
		{"**Bold** and *em* and __strong__ and _under_", "Bold and em and strong and under", 0},
		{"snake_case_name stays", "snake_case_name stays", 0},
		{"5 * 3 * 2 = 30", "5 * 3 * 2 = 30", 0},
		{"See [the report](http://x.org/a_(b)) now", "See the report now", 0},
		{"![alt text](img.png) after", " after", 0},
		{"[ref link][1] here", "ref link here", 0},
		{"[1]: https://example.org", "", 0},
		{"> quoted words", "quoted words", 0},
		{"  - item", "  item", 0},
		{"12. numbered", "numbered", 0},
		{"```go", "", 0},
		{"***", "", 0},
		{"Use `code` here", "Use code here", 0},
		{"~~gone~~ kept", "gone kept", 0},
		{"<b>html</b> <!-- note -->", "html ", 0},
		{"<https://example.org>", "https://example.org", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, h := markdownLine(tt.in)
			if got != tt.want || h != tt.heading {
				t.Errorf("markdownLine(%q) = %q, %d; want %q, %d", tt.in, got, h, tt.want, tt.heading)
			}
		})
	}
}

func TestDecodeText_binary(t *testing.T) {
	tests := []struct {
		name string
		data string
	}{
		{"nul", "text\x00more"},
		{"controls", strings.Repeat("\x01\x02\x03ab", 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeText("x.txt", []byte(tt.data))
			assertError(t, err, "not_text", "x.txt")
		})
	}
}

func TestParseMarkdown_frontMatter(t *testing.T) {
	tests := []struct {
		name, in                  string
		text, title, outlet, date string
	}{
		{"full", "---\ntitle: \"Envoys meet in Oslo\"\ndate: 2025-04-02T10:00:00+02:00\npublisher: Nordic Wire\ntags: [a, b]\n---\n# Heading\n\nBody text.",
			"Heading\n\nBody text.", "Envoys meet in Oslo", "Nordic Wire", "2025-04-02"},
		{"heading when no title", "---\nlayout: post\n---\n# Talks in Bern\nBody.", "Talks in Bern\nBody.", "Talks in Bern", "", ""},
		{"unclosed block is text", "---\ntitle: x\nBody.", "title: x\nBody.", "", "", ""},
		{"rule later is not front matter", "Intro.\n---\ntitle: y\n---\nMore.", "Intro.\n\ntitle: y\n\nMore.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseMarkdown("a.md", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			doc, err = finish(doc, "a.md")
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.text || doc.Title != tt.title || doc.Outlet != tt.outlet || doc.Published.String() != tt.date {
				t.Errorf("got %q, %q, %q, %q; want %q, %q, %q, %q",
					doc.Text, doc.Title, doc.Outlet, doc.Published, tt.text, tt.title, tt.outlet, tt.date)
			}
		})
	}
}
