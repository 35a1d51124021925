package widgets

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// valueLabel is a details value: wrapped, and selectable so a user can copy it.
func valueLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	return l
}

// detailsPane shows a placeholder until something is selected, then a form
// of values in a vertical scroll.
type detailsPane struct {
	placeholder *widget.Label
	body        fyne.CanvasObject
	content     *fyne.Container
}

// newDetailsPane starts on the placeholder; body scrolls vertically.
func newDetailsPane(placeholder string, body fyne.CanvasObject) detailsPane {
	p := widget.NewLabel(placeholder)
	p.Importance = widget.LowImportance
	p.Alignment = fyne.TextAlignCenter
	scroll := container.NewVScroll(body)
	return detailsPane{placeholder: p, body: scroll, content: container.NewStack(container.NewCenter(p))}
}

// show swaps between the placeholder and the body.
func (d detailsPane) show(showBody bool) {
	obj := fyne.CanvasObject(container.NewCenter(d.placeholder))
	if showBody {
		obj = d.body
	}
	d.content.Objects = []fyne.CanvasObject{obj}
	d.content.Refresh()
}

// meetingDetails is the side panel of the selected meeting. The review
// workspace will replace it with an editable form.
type meetingDetails struct {
	detailsPane
	kind, date, place, participants, topics *widget.Label
	status, evidence, source                *widget.Label
}

func newMeetingDetails() *meetingDetails {
	d := &meetingDetails{kind: valueLabel(), date: valueLabel(), place: valueLabel(), participants: valueLabel(),
		topics: valueLabel(), status: valueLabel(), evidence: valueLabel(), source: valueLabel()}
	d.evidence.TextStyle.Italic = true
	form := widget.NewForm(
		widget.NewFormItem("Participants", d.participants),
		widget.NewFormItem("Date", d.date),
		widget.NewFormItem("Place", d.place),
		widget.NewFormItem("Kind", d.kind),
		widget.NewFormItem("Topics", d.topics),
		widget.NewFormItem("Status", d.status),
		widget.NewFormItem("Evidence", d.evidence),
		widget.NewFormItem("Source", d.source),
	)
	d.detailsPane = newDetailsPane("Select a meeting to see its details.", form)
	return d
}

// Set shows m.
func (d *meetingDetails) Set(m app.Meeting) {
	var ps []string
	for _, p := range m.Participants {
		ps = append(ps, formatParticipant(p))
	}
	d.participants.SetText(firstNonBlank(strings.Join(ps, "\n"), "none found"))
	d.date.SetText(formatDateWithPrecision(m.Date))
	d.place.SetText(meetingPlace(m))
	d.kind.SetText(m.Kind.Label())
	d.topics.SetText(firstNonBlank(strings.Join(m.Topics, ", "), "—"))
	d.status.SetText(fmt.Sprintf("%s · confidence %s%s", m.Status.Label(), formatConfidence(m.Confidence), flagsText(m.Flags)))
	d.evidence.SetText(firstNonBlank(m.Evidence(), "—"))
	d.source.SetText(sourcesText(m.Sources))
	d.show(true)
}

// Clear goes back to the placeholder.
func (d *meetingDetails) Clear() { d.show(false) }

// meetingPlace is "Isfahan, IR · venue · 32.65, 51.67" with what is known.
func meetingPlace(m app.Meeting) string {
	s := formatPlace(m.Place)
	if m.Venue != "" {
		s += " · " + m.Venue
	}
	if m.Place.Lat != 0 || m.Place.Lon != 0 {
		s += fmt.Sprintf(" · %.4f, %.4f", m.Place.Lat, m.Place.Lon)
	}
	return s
}

// flagsText is the line listing what extraction asks a reviewer to check.
func flagsText(flags []string) string {
	if len(flags) == 0 {
		return ""
	}
	return "\nTo check: " + strings.Join(flags, "; ")
}

// sourcesText lists the articles reporting a meeting, one per line.
func sourcesText(srcs []app.Source) string {
	var lines []string
	for _, s := range srcs {
		lines = append(lines, joinNonBlank(" · ", firstNonBlank(s.ArticleTitle, fileName(s.Path), "untitled article"), s.Outlet, s.Published.String()))
	}
	return firstNonBlank(strings.Join(lines, "\n"), "—")
}

// articleDetails is the side panel of the selected article: its metadata
// and its whole text.
type articleDetails struct {
	detailsPane
	title, outlet, published, dateline, file, meetings, text *widget.Label
}

func newArticleDetails() *articleDetails {
	d := &articleDetails{title: valueLabel(), outlet: valueLabel(), published: valueLabel(), dateline: valueLabel(),
		file: valueLabel(), meetings: valueLabel(), text: valueLabel()}
	d.title.TextStyle.Bold = true
	form := widget.NewForm(
		widget.NewFormItem("Outlet", d.outlet),
		widget.NewFormItem("Published", d.published),
		widget.NewFormItem("Dateline", d.dateline),
		widget.NewFormItem("File", d.file),
		widget.NewFormItem("Meetings", d.meetings),
	)
	body := container.NewVBox(d.title, form, widget.NewSeparator(), d.text)
	d.detailsPane = newDetailsPane("Select an article to read it.", body)
	return d
}

// Set shows a, which must carry its text.
func (d *articleDetails) Set(a app.Article) {
	d.title.SetText(firstNonBlank(a.Title, "untitled"))
	d.outlet.SetText(firstNonBlank(a.Outlet, "—"))
	d.published.SetText(firstNonBlank(a.Published.String(), "—"))
	d.dateline.SetText(firstNonBlank(joinNonBlank(", ", a.DatelineCity, a.DatelineDate.String()), "—"))
	d.file.SetText(firstNonBlank(joinNonBlank(" · ", a.Path, strings.ToUpper(a.Format)), "—"))
	d.meetings.SetText(countNoun(a.MeetingCount, "meeting", "meetings"))
	d.text.SetText(a.Text)
	d.show(true)
}

// Clear goes back to the placeholder.
func (d *articleDetails) Clear() { d.show(false) }
