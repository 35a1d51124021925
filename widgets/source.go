package widgets

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// evidenceStyle is how the evidence stands out in the article: bold in the
// theme's primary colour. Why not a highlight segment: Fyne 2.7.1's
// RichText stops wrapping lines around custom segments, while plain text
// segments with a style wrap like the rest of the text.
var evidenceStyle = widget.RichTextStyle{
	Inline:    true,
	ColorName: theme.ColorNamePrimary,
	TextStyle: fyne.TextStyle{Bold: true},
}

// sourcePanel shows the article a meeting comes from, its metadata above
// the wrapped text, with the meeting's evidence emphasised and scrolled
// into view.
type sourcePanel struct {
	title     *widget.Label
	meta      *widget.Label
	published *commitEntry // the article's published date, editable
	pubError  *widget.Label
	text      *widget.RichText
	scroll    *container.Scroll
	content   fyne.CanvasObject
}

func newSourcePanel() *sourcePanel {
	p := &sourcePanel{title: valueLabel(), meta: lowLabel(), text: widget.NewRichText(),
		published: newCommitEntry("Published, e.g. 2025-09-30"), pubError: errorLabel()}
	p.title.TextStyle.Bold = true
	p.published.OnChanged = func(s string) { showDateError(p.pubError, s) }
	p.text.Wrapping = fyne.TextWrapWord
	p.scroll = container.NewVScroll(p.text)
	p.content = container.NewBorder(container.NewVBox(p.title, p.meta,
		widget.NewForm(widget.NewFormItem("Published", p.published)), p.pubError, widget.NewSeparator()), nil, nil, nil, p.scroll)
	return p
}

// Set shows article a with the evidence of source src emphasised.
func (p *sourcePanel) Set(a app.Article, src app.Source) {
	p.title.SetText(orNone(a.Title))
	p.meta.SetText(articleMeta(a))
	p.published.SetText(a.Published.String())
	segs, start := evidenceSegments(a.Text, src)
	p.text.Segments = segs
	p.text.Refresh()
	p.scrollTo(start, len(a.Text))
}

// Clear empties the panel.
func (p *sourcePanel) Clear() {
	p.title.SetText("")
	p.meta.SetText("")
	p.text.Segments = nil
	p.text.Refresh()
}

// articleMeta is the line under the title: outlet, published date, dateline.
func articleMeta(a app.Article) string {
	var parts []string
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if !a.Published.IsZero() {
		parts = append(parts, "published "+a.Published.String())
	}
	if a.DatelineCity != "" || !a.DatelineDate.IsZero() {
		parts = append(parts, strings.TrimSpace(fmt.Sprintf("dateline %s %s", a.DatelineCity, a.DatelineDate.String())))
	}
	return strings.Join(parts, " · ")
}

// evidenceSegments splits text into plain segments around the evidence in
// one emphasised segment, and returns where the evidence starts (-1 when
// it is not found). See evidenceRange for how the evidence is located.
func evidenceSegments(text string, src app.Source) ([]widget.RichTextSegment, int) {
	start, end := evidenceRange(text, src)
	if start < 0 {
		return []widget.RichTextSegment{plainSegment(text)}, -1
	}
	var segs []widget.RichTextSegment
	if start > 0 {
		segs = append(segs, plainSegment(text[:start]))
	}
	segs = append(segs, &widget.TextSegment{Text: text[start:end], Style: evidenceStyle})
	if end < len(text) {
		segs = append(segs, plainSegment(text[end:]))
	}
	return segs, start
}

// evidenceRange locates the evidence: at its span when the span holds it
// (white space may differ: extraction joins hard-wrapped lines), else
// where the evidence text occurs, else at the span whatever it holds.
func evidenceRange(text string, src app.Source) (int, int) {
	valid := src.Span.Valid(len(text))
	if valid && (src.Evidence == "" || sameWords(text[src.Span.Start:src.Span.End], src.Evidence)) {
		return src.Span.Start, src.Span.End
	}
	if i := strings.Index(text, src.Evidence); src.Evidence != "" && i >= 0 {
		return i, i + len(src.Evidence)
	}
	if valid {
		return src.Span.Start, src.Span.End
	}
	return -1, -1
}

// sameWords reports whether a and b differ at most in white space.
func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

func plainSegment(s string) *widget.TextSegment {
	return &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline}
}

// scrollTo scrolls so that byte offset at of a text of length n is near the
// top: proportionally, since the wrapped line of a byte is not exposed.
func (p *sourcePanel) scrollTo(at, n int) {
	p.scroll.Offset = fyne.Position{}
	if at > 0 && n > 0 {
		h := p.text.MinSize().Height - p.scroll.Size().Height
		y := p.text.MinSize().Height*float32(at)/float32(n) - p.scroll.Size().Height/3
		p.scroll.Offset.Y = max(0, min(y, h))
	}
	p.scroll.Refresh()
}

// showDateError shows under a date entry why s is not a date, or hides it.
func showDateError(l *widget.Label, s string) {
	if _, err := app.ParseDate(s); err != nil {
		l.SetText(err.Error())
		l.Show()
		return
	}
	l.Hide()
}
