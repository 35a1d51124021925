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
// into view. The title, outlet, published date and dateline are entries:
// a person corrects them where they read them.
type sourcePanel struct {
	title, outlet *commitEntry
	published     *commitEntry // the article's published date
	datelineCity  *commitEntry
	datelineDate  *commitEntry
	pubError      *widget.Label
	datelineError *widget.Label
	file          *widget.Label  // where the article came from
	sources       *widget.Select // which source article, when there are several
	text          *widget.RichText
	scroll        *container.Scroll
	content       fyne.CanvasObject
}

func newSourcePanel() *sourcePanel {
	p := &sourcePanel{title: newCommitEntry("Title"), outlet: newCommitEntry("Outlet or agency"),
		published: newCommitEntry("Published, e.g. 2025-09-30"), datelineCity: newCommitEntry("Dateline city"),
		datelineDate: newCommitEntry("Dateline date"), pubError: errorLabel(), datelineError: errorLabel(),
		file: lowLabel(), text: widget.NewRichText(), sources: widget.NewSelect(nil, nil)}
	p.sources.Hide()
	p.title.TextStyle.Bold = true
	p.published.OnChanged = func(s string) { showDateError(p.pubError, s) }
	p.datelineDate.OnChanged = func(s string) { showDateError(p.datelineError, s) }
	p.text.Wrapping = fyne.TextWrapWord
	p.scroll = container.NewVScroll(p.text)
	dateline := container.NewGridWithColumns(2, p.datelineCity, p.datelineDate)
	form := widget.NewForm(
		widget.NewFormItem("Title", p.title),
		widget.NewFormItem("Outlet", p.outlet),
		widget.NewFormItem("Published", container.NewVBox(p.published, p.pubError)),
		widget.NewFormItem("Dateline", container.NewVBox(dateline, p.datelineError)),
	)
	p.content = container.NewBorder(container.NewVBox(p.sources, form, p.file, widget.NewSeparator()), nil, nil, nil, p.scroll)
	return p
}

// Set shows article a with the evidence of source src emphasised.
func (p *sourcePanel) Set(a app.Article, src app.Source) {
	p.title.SetText(a.Title)
	p.outlet.SetText(a.Outlet)
	p.published.SetText(a.Published.String())
	p.datelineCity.SetText(a.DatelineCity)
	p.datelineDate.SetText(a.DatelineDate.String())
	p.file.SetText(articleFile(a))
	segs, start := evidenceSegments(a.Text, src)
	p.text.Segments = segs
	p.text.Refresh()
	p.scrollTo(a.Text, start)
}

// setSources offers the meeting's source articles when there are several
// ("Source 2 of 3: title"); show is called with the index picked.
func (p *sourcePanel) setSources(srcs []app.Source, show func(int)) {
	p.sources.OnChanged = nil
	if len(srcs) < 2 {
		p.sources.Hide()
		return
	}
	labels := make([]string, len(srcs))
	for i, s := range srcs {
		labels[i] = fmt.Sprintf("Source %d of %d: %s", i+1, len(srcs), orNone(s.ArticleTitle))
	}
	p.sources.SetOptions(labels)
	p.sources.SetSelectedIndex(0)
	p.sources.OnChanged = func(string) {
		if i := p.sources.SelectedIndex(); i >= 0 {
			show(i)
		}
	}
	p.sources.Show()
}

// Clear empties the panel.
func (p *sourcePanel) Clear() {
	for _, e := range p.entries() {
		e.OnCommit = nil // an emptied field must not save into the last article
		e.SetText("")
	}
	p.file.SetText("")
	p.text.Segments = nil
	p.text.Refresh()
}

// entries are the panel's editable fields.
func (p *sourcePanel) entries() []*commitEntry {
	return []*commitEntry{p.title, p.outlet, p.datelineCity, p.datelineDate, p.published}
}

// articleFile is the line under the metadata: the file and its format.
func articleFile(a app.Article) string {
	if a.Path == "" {
		return strings.ToUpper(a.Format)
	}
	return fmt.Sprintf("%s (%s)", a.Path, strings.ToUpper(a.Format))
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

// scrollTo scrolls so that byte offset at of text is a little below the
// top. Where the wrapped line of a byte falls is measured by wrapping the
// text before it at the panel's width; before the panel has a width it is
// estimated in proportion to the offset.
func (p *sourcePanel) scrollTo(text string, at int) {
	p.scroll.Offset = fyne.Position{}
	if at > 0 && len(text) > 0 {
		view := p.scroll.Size().Height
		y := p.text.MinSize().Height * float32(at) / float32(len(text))
		if w := p.text.Size().Width; w > 0 {
			y = textHeight(text[:at], w)
		}
		p.scroll.Offset.Y = max(0, min(y-view/6, p.text.MinSize().Height-view))
	}
	p.scroll.Refresh()
}

// textHeight is how tall s is when wrapped by words at width w.
func textHeight(s string, w float32) float32 {
	rt := widget.NewRichText(plainSegment(s))
	rt.Wrapping = fyne.TextWrapWord
	rt.Resize(fyne.NewSize(w, 0))
	return rt.MinSize().Height
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
