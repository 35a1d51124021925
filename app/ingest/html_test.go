package ingest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"parley/app"
)

// TestReadFile_htmlNoNetwork serves every resource a page references and
// checks that reading the page requests none of them.
func TestReadFile_htmlNoNetwork(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
	}))
	defer srv.Close()
	page := fmt.Sprintf(`<html><head><link rel="stylesheet" href="%[1]s/a.css">
<script src="%[1]s/a.js"></script><meta http-equiv="refresh" content="0; url=%[1]s/go"></head>
<body><article><p>Minister Ines Moreau met envoy Rafael Duarte in Brussels on Thursday to discuss customs rules for medicines.</p>
<img src="%[1]s/photo.jpg" srcset="%[1]s/photo-2x.jpg 2x"><iframe src="%[1]s/frame"></iframe>
<picture><source srcset="%[1]s/p.webp"><img src="%[1]s/p.jpg"></picture><video poster="%[1]s/poster.jpg"></video>
<p>They agreed to meet again in Lisbon next month with experts from both health ministries present.</p></article></body></html>`, srv.URL)
	path := filepath.Join(t.TempDir(), "remote.html")
	mustDo(t, os.WriteFile(path, []byte(page), 0o644))
	doc, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Ines Moreau met envoy Rafael Duarte") {
		t.Errorf("text lacks the article:\n%s", doc.Text)
	}
	time.Sleep(100 * time.Millisecond) // let any stray request arrive
	if n := hits.Load(); n != 0 {
		t.Errorf("reading the page made %d requests", n)
	}
}

func TestReadFile_htmlHostile(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string
	}{
		{"deep divs", deepPage("div", 100000), "Deep text survives."},
		{"deep spans", deepPage("span", 100000), "Deep text survives."},
		{"deep tables", deepPage("table", 20000), "Deep text survives."},
		{"unclosed formatting", "<body>" + strings.Repeat("<b><i><a>", 20000) + "Deep text survives.", "Deep text survives."},
		{"many paragraphs", "<body>" + strings.Repeat("<p>Short paragraph of filler.</p>", 60000) + "<p>Deep text survives.</p>", "Deep text survives."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "hostile.html")
			mustDo(t, os.WriteFile(path, []byte(tt.page), 0o644))
			start := time.Now()
			doc, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tt.want) {
				t.Errorf("text lacks %q", tt.want)
			}
			if d := time.Since(start); d > hangLimit {
				t.Errorf("took %v", d)
			}
		})
	}
}

func deepPage(tag string, depth int) string {
	return "<html><body>" + strings.Repeat("<"+tag+">", depth) + "Deep text survives." +
		strings.Repeat("</"+tag+">", depth) + "</body></html>"
}

func TestScanHTML(t *testing.T) {
	tests := []struct {
		name                  string
		page                  string
		text, title, site, at string
	}{
		{"skips chrome", `<html><head><title>T</title><style>x{}</style></head><body><header>Masthead</header>
<nav>Menu</nav><p>First <b>bold</b>
 para.</p><aside>Side</aside><p>Second<br>line</p><script>var a;</script><footer>Foot</footer></body></html>`,
			"First bold para.\n\nSecond\nline", "T", "", ""},
		{"unclosed nav closed by its parent", `<div><nav>Menu</div><p>Kept.</p>`, "Kept.", "", "", ""},
		{"missing head end", `<head><title>Kept</title><body><p>Body text.</p>`, "Body text.", "Kept", "", ""},
		{"pre keeps spaces", `<pre>a   b
c</pre>`, "a   b\nc", "", "", ""},
		{"og title and site", `<meta property="og:title" content="OG title"><meta property="og:site_name" content="Daily Wire Service"><title>Other</title><p>x</p>`,
			"x", "OG title", "Daily Wire Service", ""},
		{"xhtml self-closing tags", `<html xmlns="http://www.w3.org/1999/xhtml"><head><meta property="og:site_name" content="Wire"/></head><body><p>one<br/>two</p><hr/><p>three</p></body></html>`,
			"one\ntwo\n\nthree", "", "Wire", ""},
		{"article meta", `<meta property="article:published_time" content="2024-11-03T22:10:00-05:00"><p>x</p>`, "x", "", "", "2024-11-03"},
		{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-07-14T08:00:00Z","publisher":{"@type":"Organization","name":"Gulf Courier"}}</script><p>x</p>`,
			"x", "", "Gulf Courier", "2023-07-14"},
		{"time element", `<p>Posted <time datetime="2022-02-28">Monday</time></p>`, "Posted Monday", "", "", "2022-02-28"},
		{"meta beats time", `<time datetime="2020-01-01">x</time><meta name="pubdate" content="2021-06-30">`, "x", "", "", "2021-06-30"},
		{"rfc1123 date", `<meta name="date" content="Tue, 10 Jun 2025 14:00:00 GMT"><p>x</p>`, "x", "", "", "2025-06-10"},
		{"impossible date ignored", `<meta name="date" content="2025-02-30"><p>x</p>`, "x", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := scanHTML(tt.page)
			if got := Normalize(p.text); got != tt.text {
				t.Errorf("text = %q, want %q", got, tt.text)
			}
			if p.title != tt.title || p.siteName != tt.site || p.published.String() != tt.at {
				t.Errorf("title, site, published = %q, %q, %q; want %q, %q, %q",
					p.title, p.siteName, p.published, tt.title, tt.site, tt.at)
			}
		})
	}
}

func TestScanHTML_depth(t *testing.T) {
	tests := []struct {
		name  string
		page  string
		depth int
	}{
		{"flat", "<p>a<p>b<li>c<br><img>", 0},
		{"nested divs", "<div><div><span>x</span></div></div>", 3},
		{"unclosed", strings.Repeat("<div>", 500), 500},
		{"stray end tags do not hide nesting", strings.Repeat("<div></span>", 300), 300},
		{"end tag closes unclosed children", strings.Repeat("<div><span><b></div>", 300), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scanHTML(tt.page).depth; got != tt.depth {
				t.Errorf("depth = %d, want %d", got, tt.depth)
			}
		})
	}
}

func TestReadFile_htmlCharset(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"meta charset 1256", append([]byte(`<meta charset="windows-1256"><p>`), encode(cp1256, "سفير ژاپن")...), "سفير ژاپن"},
		{"meta http-equiv latin1", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>`), encode(cp1252, "Genève")...), "Genève"},
		{"utf16 bom", encode(utf16LE, "<p>Zürich talks</p>"), "Zürich talks"},
		{"undeclared utf8 stays utf8", []byte("<article><p>" + strings.Repeat("Envoys from Zürich and São Paulo met the Iranian ambassador (سفیر) to talk about trade. ", 12) + "</p></article>"),
			"Envoys from Zürich and São Paulo met the Iranian ambassador (سفیر)"},
		{"undeclared 1256", append([]byte(`<p>`), encode(cp1256, "وزير خارجه در تهران با سفير ديدار کرد")...), "وزير خارجه در تهران"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "page.html")
			mustDo(t, os.WriteFile(path, tt.data, 0o644))
			doc, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tt.want) {
				t.Errorf("text = %q, want it to contain %q", doc.Text, tt.want)
			}
		})
	}
}

func TestReadFile_htmlErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		code app.Code
	}{
		{"empty.html", "", app.EEmpty},
		{"chrome-only.html", "<nav>Menu</nav><script>x()</script><footer>(c)</footer>", app.EEmpty},
		{"nul.html", "<p>a\x00b</p>", app.ENotText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			mustDo(t, os.WriteFile(path, []byte(tt.data), 0o644))
			_, err := ReadFile(path)
			assertError(t, err, tt.code, path)
		})
	}
}
