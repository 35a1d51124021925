package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"parley/app"
)

// htmlPage is what one streaming pass over a page finds.
type htmlPage struct {
	text      string
	title     string
	siteName  string
	published app.Date
	elements  int // start tags seen
	depth     int // deepest nesting of elements that need an end tag
}

// skipped elements hold no article text: their content is left out.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
}

// blocks are elements that start a new paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Tr: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Pre: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dd: true,
	atom.Dt: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true,
}

// optionalEnd are elements whose end tag HTML lets authors omit; they do not
// count toward nesting depth, because the parser closes them implicitly.
var optionalEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Option: true, atom.Optgroup: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Rt: true,
	atom.Rp: true, atom.Colgroup: true, atom.Caption: true,
}

// htmlScanner is the state of scanHTML. It works on tokens, never on a
// tree, so its time is linear and its stack flat however the page nests.
type htmlScanner struct {
	page    htmlPage
	meta    htmlMeta
	text    strings.Builder
	line    strings.Builder // inline text not yet written to text
	title   strings.Builder
	open    []openElement  // the elements open at this point, outermost first
	count   map[string]int // open elements by name
	skipN   int            // open elements whose content is skipped
	inTitle bool
	inLD    bool
}

// openElement is an element on the scanner's stack of open elements.
type openElement struct {
	name string
	a    atom.Atom
}

// scanHTML makes one streaming pass over markup, collecting the visible text
// outside skipped elements, the metadata and the size figures.
func scanHTML(markup string) htmlPage {
	s := &htmlScanner{count: map[string]int{}}
	z := html.NewTokenizer(strings.NewReader(markup))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		s.token(tt, z.Token())
	}
	s.flush()
	s.page.text = s.text.String()
	s.page.title = firstNonEmpty(s.meta.title, s.title.String())
	s.page.siteName = s.meta.siteName
	s.page.published = s.meta.published()
	return s.page
}

func (s *htmlScanner) token(tt html.TokenType, t html.Token) {
	switch tt {
	case html.StartTagToken:
		s.start(t)
	case html.SelfClosingTagToken:
		s.page.elements++
		s.meta.tag(t)
		s.breakFor(t.DataAtom)
	case html.EndTagToken:
		s.end(t)
	case html.TextToken:
		s.chars(t.Data)
	}
}

func (s *htmlScanner) start(t html.Token) {
	s.page.elements++
	s.meta.tag(t)
	switch t.DataAtom {
	case atom.Body:
		// A missing </head> must not hide the whole body.
		s.closeTo("head")
	case atom.Title:
		s.inTitle = true
	case atom.Script:
		s.inLD = strings.Contains(strings.ToLower(attr(t, "type")), "ld+json")
	}
	if !optionalEnd[t.DataAtom] && !voidElement(t.DataAtom) {
		s.push(openElement{t.Data, t.DataAtom})
	}
	s.breakFor(t.DataAtom)
}

func (s *htmlScanner) end(t html.Token) {
	switch t.DataAtom {
	case atom.Title:
		s.inTitle = false
	case atom.Script:
		s.inLD = false
	}
	s.closeTo(t.Data)
	s.breakFor(t.DataAtom)
}

func (s *htmlScanner) push(e openElement) {
	s.open = append(s.open, e)
	s.count[e.name]++
	if skipped[e.a] {
		s.skipN++
	}
	s.page.depth = max(s.page.depth, len(s.open))
}

// closeTo closes the innermost open element called name and every element
// opened inside it, as an HTML parser does with unclosed elements; an end
// tag that matches no open element is ignored. The count makes a stray end
// tag cost O(1), so the scan stays linear however the tags are mismatched.
func (s *htmlScanner) closeTo(name string) {
	if s.count[name] == 0 {
		return
	}
	for {
		e := s.open[len(s.open)-1]
		s.open = s.open[:len(s.open)-1]
		s.count[e.name]--
		if skipped[e.a] {
			s.skipN--
		}
		if e.name == name {
			return
		}
	}
}

// chars handles a text token.
func (s *htmlScanner) chars(data string) {
	switch {
	case s.inTitle:
		if s.title.Len() < 1024 {
			s.title.WriteString(data)
		}
	case s.inLD:
		s.meta.jsonLD(data)
	case s.skipN > 0:
	case s.count["pre"] > 0:
		s.flush()
		s.text.WriteString(data)
	default:
		s.line.WriteString(data)
	}
}

// flush writes the pending inline text with its white space collapsed, as
// a browser would render it.
func (s *htmlScanner) flush() {
	if s.line.Len() == 0 {
		return
	}
	s.text.WriteString(strings.Join(strings.Fields(s.line.String()), " "))
	s.line.Reset()
}

// breakFor ends the current paragraph before or after a block element,
// or the current line at <br>.
func (s *htmlScanner) breakFor(a atom.Atom) {
	switch {
	case s.skipN > 0:
	case a == atom.Br:
		s.flush()
		s.text.WriteString("\n")
	case blocks[a]:
		s.flush()
		s.text.WriteString("\n\n")
	}
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// attr returns the value of the attribute key of t, or "".
func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
