package ingest

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// pdfFont is what text extraction needs of a font: how to decode its codes
// and how wide its glyphs are (to tell a word gap from kerning).
type pdfFont struct {
	enc    pdf.TextEncoding
	first  int
	widths []float64
}

// latin1Encoding decodes codes of a font whose encoding could not be read.
type latin1Encoding struct{}

func (latin1Encoding) Decode(raw string) string {
	r := make([]rune, len(raw))
	for i := 0; i < len(raw); i++ {
		r[i] = rune(raw[i])
	}
	return string(r)
}

// pdfCTM is the vertical scale and offset of the current transformation
// matrix: enough to put lines in page order when a producer flips the
// page (Cairo draws with "1 0 0 -1 0 792 cm"), without tracking rotation.
type pdfCTM struct{ d, f float64 }

// maxSavedStates bounds the q/Q stack a content stream can grow.
const maxSavedStates = 256

// pdfLine is one line of text on a page at height y (in page space).
type pdfLine struct {
	y    float64
	text string
}

// pdfText interprets content streams and rebuilds lines and paragraphs
// from where text is drawn: a change of baseline starts a line, a gap
// wider than a fifth of the font size inserts a space, and a vertical gap
// much wider than the usual line spacing starts a paragraph.
type pdfText struct {
	deadline time.Time
	ops      int
	total    int // bytes of text extracted so far
	out      strings.Builder

	fonts map[string]*pdfFont
	res   pdf.Value
	lines []pdfLine
	cur   strings.Builder
	curY  float64

	font            *pdfFont
	ctm             pdfCTM   // vertical part of the current transformation
	saved           []pdfCTM // saved by q, restored by Q
	size, leading   float64
	sx, sy          float64 // scale of the text matrix
	lx, ly, x, y    float64 // start of the line, current position
	endX            float64 // where the last shown text ended
	started, spaced bool
}

// page extracts the text of one page and appends it to out.
func (t *pdfText) page(p pdf.Value) {
	t.res, t.fonts, t.lines = resources(p), map[string]*pdfFont{}, nil
	t.font, t.size, t.leading, t.started = nil, 0, 0, false
	t.ctm, t.saved = pdfCTM{d: 1}, nil
	t.setMatrix(1, 1, 0, 0)
	if c := p.Key("Contents"); !c.IsNull() {
		pdf.Interpret(c, t.op)
	}
	t.endLine()
	t.writeLines()
}

// op handles one content-stream operator with its operands.
func (t *pdfText) op(stk *pdf.Stack, op string) {
	args := make([]pdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	if t.ops++; t.ops%1024 == 0 && time.Now().After(t.deadline) {
		panic(errDeadline)
	}
	switch op {
	case "q":
		if len(t.saved) < maxSavedStates {
			t.saved = append(t.saved, t.ctm)
		}
	case "Q":
		if n := len(t.saved); n > 0 {
			t.ctm, t.saved = t.saved[n-1], t.saved[:n-1]
		}
	case "cm":
		t.ctm = pdfCTM{d: num(args, 3) * t.ctm.d, f: num(args, 5)*t.ctm.d + t.ctm.f}
	case "BT":
		t.setMatrix(1, 1, 0, 0)
	case "Tf":
		t.font, t.size = t.lookupFont(arg(args, 0).Name()), num(args, 1)
	case "TL":
		t.leading = num(args, 0)
	case "Td":
		t.moveLine(num(args, 0), num(args, 1))
	case "TD":
		t.leading = -num(args, 1)
		t.moveLine(num(args, 0), num(args, 1))
	case "Tm":
		t.setMatrix(num(args, 0), num(args, 3), num(args, 4), num(args, 5))
	case "T*":
		t.moveLine(0, -t.leading)
	case "Tj":
		t.show(arg(args, 0))
	case "'":
		t.moveLine(0, -t.leading)
		t.show(arg(args, 0))
	case "\"":
		t.moveLine(0, -t.leading)
		t.show(arg(args, 2))
	case "TJ":
		t.showArray(arg(args, 0))
	}
}

func (t *pdfText) setMatrix(sx, sy, x, y float64) {
	t.sx, t.sy, t.lx, t.ly, t.x, t.y = sx, sy, x, y, x, y
}

func (t *pdfText) moveLine(tx, ty float64) {
	t.lx += tx * t.sx
	t.ly += ty * t.sy
	t.x, t.y = t.lx, t.ly
}

// em is the font size in text space, never zero.
func (t *pdfText) em() float64 {
	if e := math.Abs(t.size * t.sy); e > 0.01 && !math.IsInf(e, 0) {
		return e
	}
	return 10
}

// pageY is the current baseline in page space, where y grows upwards.
func (t *pdfText) pageY() float64 { return t.ctm.d*t.y + t.ctm.f }

// pageEm is the font size in page space, never zero.
func (t *pdfText) pageEm() float64 {
	if e := math.Abs(t.em() * t.ctm.d); e > 0.01 && !math.IsInf(e, 0) {
		return e
	}
	return 10
}

// showArray shows a TJ array: strings, and numbers that move the pen left
// (negative: right) in thousandths of an em; a large move is a word gap.
func (t *pdfText) showArray(v pdf.Value) {
	for i := 0; i < v.Len(); i++ {
		e := v.Index(i)
		if e.Kind() == pdf.String {
			t.show(e)
			continue
		}
		t.x -= e.Float64() / 1000 * t.size * t.sx
	}
}

// show draws a string at the current position.
func (t *pdfText) show(v pdf.Value) {
	if v.Kind() != pdf.String {
		return
	}
	if t.font == nil { // text shown before any Tf: use the fallback font
		t.lookupFont("")
	}
	raw := v.RawString()
	text := t.font.enc.Decode(raw)
	if text == "" {
		return
	}
	t.place(text)
	t.cur.WriteString(text)
	t.total += len(text)
	if t.total > MaxTextSize {
		panic(errTextLimit)
	}
	t.x += t.width(raw, text)
	t.endX = t.x
}

// place starts a new line when the baseline moved, or adds a space when
// the pen jumped forward further than kerning would.
func (t *pdfText) place(text string) {
	switch {
	case !t.started:
		t.started, t.curY = true, t.pageY()
	case math.Abs(t.pageY()-t.curY) > 0.5*t.pageEm():
		t.endLine()
		t.started, t.curY = true, t.pageY()
	case t.x-t.endX > 0.2*t.em():
		if s := t.cur.String(); s != "" && !strings.HasSuffix(s, " ") && !strings.HasPrefix(text, " ") {
			t.cur.WriteByte(' ')
		}
	}
}

// width estimates how far text moves the pen: from the font's widths when
// it has them, else half an em per character.
func (t *pdfText) width(raw, text string) float64 {
	f := t.font
	if len(f.widths) == 0 {
		return float64(utf8.RuneCountInString(text)) * 0.5 * t.size * t.sx
	}
	w := 0.0
	for i := 0; i < len(raw); i++ {
		if c := int(raw[i]) - f.first; c >= 0 && c < len(f.widths) {
			w += f.widths[c]
		}
	}
	return w / 1000 * t.size * t.sx
}

func (t *pdfText) endLine() {
	if t.started && strings.TrimSpace(t.cur.String()) != "" {
		t.lines = append(t.lines, pdfLine{y: t.curY, text: t.cur.String()})
	}
	t.cur.Reset()
	t.started = false
}

// writeLines appends the page's lines to out, with a blank line where the
// gap to the previous line is over 1.5 times the page's usual line gap or
// where text moves up (a new column), and a blank line after the page.
func (t *pdfText) writeLines() {
	gap := lineGap(t.lines)
	for i, l := range t.lines {
		if i > 0 {
			d := t.lines[i-1].y - l.y
			if d < 0 || (gap > 0 && d > 1.5*gap) {
				t.out.WriteString("\n")
			}
			t.out.WriteString("\n")
		}
		t.out.WriteString(l.text)
	}
	if len(t.lines) > 0 {
		t.out.WriteString("\n\n")
	}
}

// lineGap is the usual distance between consecutive lines of a paragraph:
// the lower quartile of the downward gaps, since paragraph gaps are wider
// and can be as frequent as line gaps on a page of short paragraphs.
func lineGap(lines []pdfLine) float64 {
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i-1].y - lines[i].y; d > 0 {
			gaps = append(gaps, d)
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/4]
}

// lookupFont returns the named font of the page's resources, decoding its
// encoding once; a font that is missing or unreadable decodes as Latin-1.
func (t *pdfText) lookupFont(name string) *pdfFont {
	if f, ok := t.fonts[name]; ok {
		t.font = f
		return f
	}
	f := &pdfFont{enc: latin1Encoding{}}
	if v := t.res.Key("Font").Key(name); v.Kind() == pdf.Dict {
		loadFont(f, v)
	}
	t.fonts[name], t.font = f, f
	return f
}

// loadFont reads the encoding and widths of font dictionary v into f. A
// panic while reading a broken font leaves f decoding as Latin-1, so one
// bad font does not lose the rest of the document.
func loadFont(f *pdfFont, v pdf.Value) {
	defer func() {
		if r := recover(); r != nil {
			if r == errDeadline || r == errTextLimit {
				panic(r)
			}
		}
	}()
	font := pdf.Font{V: v}
	if enc := font.Encoder(); enc != nil {
		f.enc = enc
	}
	f.first = font.FirstChar()
	w := v.Key("Widths")
	for i := 0; i < w.Len() && i < 65536; i++ {
		f.widths = append(f.widths, w.Index(i).Float64())
	}
}

func arg(args []pdf.Value, i int) pdf.Value {
	if i < len(args) {
		return args[i]
	}
	return pdf.Value{}
}

func num(args []pdf.Value, i int) float64 {
	f := arg(args, i).Float64()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}
