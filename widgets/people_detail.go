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

// personDetail is the right side of the People tab: one person's name,
// spellings (select one to split it off), titles over time and meetings
// (select one to open it in the Review tab).
type personDetail struct {
	v        *peopleView
	p        app.Person
	meetings []app.Meeting
	alias    int // the selected spelling, -1 for none

	name, summary, titles *widget.Label
	rename, merge, split  *widget.Button
	aliases, meetingList  *widget.List
	content               fyne.CanvasObject
}

func newPersonDetail(v *peopleView) *personDetail {
	d := &personDetail{v: v, alias: -1, name: widget.NewLabel(""), summary: widget.NewLabel(""),
		titles: widget.NewLabel("")}
	d.name.TextStyle.Bold = true
	d.name.SizeName = theme.SizeNameSubHeadingText
	d.titles.Wrapping = fyne.TextWrapWord
	d.rename = widget.NewButtonWithIcon("Rename…", theme.DocumentCreateIcon(), v.onRename)
	d.merge = widget.NewButtonWithIcon("Merge with…", theme.ContentAddIcon(), v.onMerge)
	d.split = widget.NewButtonWithIcon("Split alias off", theme.ContentCutIcon(), v.onSplit)
	d.aliases = widget.NewList(func() int { return len(d.p.Aliases) },
		func() fyne.CanvasObject { return cell() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(aliasLine(d.p.Aliases[id])) })
	d.aliases.OnSelected = func(id widget.ListItemID) { d.alias = id; d.updateButtons() }
	d.aliases.OnUnselected = func(widget.ListItemID) { d.alias = -1; d.updateButtons() }
	d.meetingList = widget.NewList(func() int { return len(d.meetings) },
		func() fyne.CanvasObject { return newMeetingRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*meetingRow).Set(d.meetings[id]) })
	d.meetingList.OnSelected = d.onMeeting
	d.content = d.makeLayout()
	d.Clear()
	return d
}

// makeLayout stacks the header, the spellings and titles, and the meetings.
func (d *personDetail) makeLayout() fyne.CanvasObject {
	header := container.NewVBox(d.name, d.summary, container.NewHBox(d.rename, d.merge, d.split))
	names := container.NewBorder(heading("Names (select one to split it off)"), nil, nil, nil, d.aliases)
	titles := container.NewBorder(heading("Titles over time"), nil, nil, nil, container.NewVScroll(d.titles))
	meetings := container.NewBorder(heading("Meetings (select one to review it)"), nil, nil, nil, d.meetingList)
	top := container.NewGridWithColumns(2, names, titles)
	split := container.NewVSplit(top, meetings)
	split.Offset = 0.4
	return container.NewBorder(header, nil, nil, nil, split)
}

// heading is a bold section label.
func heading(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// Set shows person p and their meetings.
func (d *personDetail) Set(p app.Person, meetings []app.Meeting) {
	d.p, d.meetings, d.alias = p, meetings, -1
	d.name.SetText(p.Name)
	d.summary.SetText(personSummary(p))
	d.titles.SetText(titlesText(p.Titles))
	d.aliases.UnselectAll()
	d.aliases.Refresh()
	d.meetingList.UnselectAll()
	d.meetingList.Refresh()
	d.updateButtons()
}

// Clear shows that nobody is selected.
func (d *personDetail) Clear() {
	d.Set(app.Person{}, nil)
	d.name.SetText("Select a person")
	d.summary.SetText("Their names, titles and meetings show here.")
	d.titles.SetText("")
}

// updateButtons enables the actions that apply: any for a person; Split
// only with a spelling selected and another one left.
func (d *personDetail) updateButtons() {
	setEnabled(d.rename, d.p.ID != 0)
	setEnabled(d.merge, d.p.ID != 0)
	setEnabled(d.split, d.p.ID != 0 && d.alias >= 0 && len(d.p.Aliases) > 1)
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// selectedAlias is the spelling selected, "" for none.
func (d *personDetail) selectedAlias() string {
	if d.alias < 0 || d.alias >= len(d.p.Aliases) {
		return ""
	}
	return d.p.Aliases[d.alias].Name
}

// onMeeting opens meeting i in the Review tab.
func (d *personDetail) onMeeting(i widget.ListItemID) {
	if i < 0 || i >= len(d.meetings) {
		return
	}
	d.meetingList.UnselectAll() // so that choosing it again opens it again
	u := d.v.u
	u.showReview()
	u.review.openMeeting(d.meetings[i].ID)
}

// aliasLine is "Ambassador Kim (1 meeting)".
func aliasLine(a app.Alias) string {
	return fmt.Sprintf("%s (%s)", a.Name, countNoun(a.Meetings, "meeting", "meetings"))
}

// titlesText lists titles one a line: "Ambassador: 2024-03-05 to
// 2024-06 (2 meetings)".
func titlesText(spans []app.TitleSpan) string {
	if len(spans) == 0 {
		return "No title recorded."
	}
	lines := make([]string, len(spans))
	for i, s := range spans {
		lines[i] = fmt.Sprintf("%s: %s (%s)", s.Title, spanDates(s), countNoun(s.Meetings, "meeting", "meetings"))
	}
	return strings.Join(lines, "\n")
}

// spanDates is "2024-03-05 to 2025-01", one date when both are the same,
// or "date unknown".
func spanDates(s app.TitleSpan) string {
	if s.First == s.Last {
		return formatDate(s.First)
	}
	return formatDate(s.First) + " to " + formatDate(s.Last)
}
