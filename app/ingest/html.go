package ingest

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"parley/app"
)

// parseHTML extracts the main text of a web page with the readability
// algorithm (the one behind Firefox's Reader View), so navigation, footers
// and sidebars are left out, and reads the title, outlet and publication
// date from the page's metadata. Pages too large or too deeply nested for
// readability, and pages where it finds nothing, fall back to a streaming
// extractor that skips script, style, nav, header, footer and aside.
//
// Nothing here fetches anything: readability is given the markup only
// (never a URL), so remote images, scripts and frames stay unrequested.
func parseHTML(name string, data []byte) (app.Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return app.Document{}, app.Errorf(app.EEmpty, "%q contains no text.", name)
	}
	markup, err := decodeHTML(name, data)
	if err != nil {
		return app.Document{}, err
	}
	page := scanHTML(markup)
	doc := app.Document{Text: page.text, Title: page.title, Outlet: page.siteName, Published: page.published}
	if page.elements <= MaxHTMLElements && page.depth <= MaxHTMLDepth {
		mergeReadability(&doc, markup)
	}
	return doc, nil
}

// mergeReadability runs readability over markup and prefers what it found
// to what the streaming scan found.
func mergeReadability(doc *app.Document, markup string) {
	// Parse here rather than with parser.Parse: that one guesses the
	// charset again with a statistical detector, which took 80% of the time
	// on a small page and can only be wrong about text already in UTF-8.
	root, err := html.Parse(strings.NewReader(markup))
	if err != nil {
		return
	}
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(root, nil)
	if err != nil {
		return
	}
	// A page with no text outside navigation, headers, footers and scripts
	// has no article, whatever readability salvages from that chrome.
	if article.Node != nil && strings.TrimSpace(doc.Text) != "" {
		if text := render.InnerText(article.Node); strings.TrimSpace(text) != "" {
			doc.Text = text
		}
	}
	if t := strings.TrimSpace(article.Title()); t != "" {
		doc.Title = t
	}
	if doc.Outlet == "" {
		doc.Outlet = article.SiteName()
	}
	if doc.Published.IsZero() {
		if t, err := article.PublishedTime(); err == nil {
			doc.Published = plausibleDate(app.DayDate(t))
		}
	}
}

// metaCharset finds a charset declared in the first bytes of a page.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)`)

// decodeHTML returns the page as UTF-8. A BOM or a <meta> charset decides;
// without one, the bytes go through the same detection as plain text, since
// many saved pages declare nothing.
func decodeHTML(name string, data []byte) (string, error) {
	if enc, _, certain := charset.DetermineEncoding(data, ""); certain {
		return decodeWith(enc, data)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", notText(name)
	}
	head := data[:min(len(data), 4096)]
	if m := metaCharset.FindSubmatch(head); m != nil {
		if enc, label := charset.Lookup(string(m[1])); enc != nil && label != "utf-8" {
			return decodeWith(enc, data)
		}
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	return decodeText(name, data)
}
