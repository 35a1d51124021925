package widgets

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// duplicateLimit is how many proposed pairs the tab lists at a time: more
// than anyone works through in a sitting; merging some shows the next.
const duplicateLimit = 200

// prefDismissedPrefix, followed by the database path, keeps the pairs a
// person said are not duplicates ("12-40"), so they are not proposed
// again. A preference, not a table: no schema change for a short list.
const prefDismissedPrefix = "duplicates.dismissed."

// duplicatesView is the Duplicates tab: pairs of meetings that look like
// one occasion reported by two articles, side by side, each with Merge and
// Not a duplicate. It looks for them when the tab is shown.
type duplicatesView struct {
	widget.BaseWidget
	u       *UI
	pairs   []app.DuplicatePair
	list    *widget.List
	info    *widget.Label
	refresh *widget.Button

	// afterLoad runs on the UI goroutine when a search has been shown;
	// tests use it to wait without sleeping.
	afterLoad func()
}

// newDuplicatesTab makes the Duplicates tab of u and loads it whenever it
// is selected.
func newDuplicatesTab(u *UI) *container.TabItem {
	d := &duplicatesView{u: u, info: widget.NewLabel("")}
	d.info.Wrapping = fyne.TextWrapWord
	d.refresh = widget.NewButton("Look again", d.Load)
	d.list = widget.NewList(func() int { return len(d.pairs) },
		func() fyne.CanvasObject { return newPairRow() },
		func(i widget.ListItemID, o fyne.CanvasObject) { d.setRow(i, o.(*pairRow)) })
	d.ExtendBaseWidget(d)
	tab := container.NewTabItem("Duplicates", d)
	prev := u.tabs.OnSelected
	u.tabs.OnSelected = func(t *container.TabItem) {
		if prev != nil {
			prev(t)
		}
		if t == tab {
			d.Load()
		}
	}
	return tab
}

// CreateRenderer shows the explanation above the list of pairs.
func (d *duplicatesView) CreateRenderer() fyne.WidgetRenderer {
	top := container.NewBorder(nil, nil, nil, d.refresh, d.info)
	return widget.NewSimpleRenderer(container.NewBorder(top, nil, nil, nil, d.list))
}

// Load looks for duplicates off the UI goroutine and shows them.
func (d *duplicatesView) Load() {
	me, ok := d.u.store.(app.MeetingEditor)
	if !ok {
		d.show(nil, errNoDatabase())
		return
	}
	d.info.SetText("Looking for meetings reported twice…")
	dismissed := d.dismissed()
	go func() {
		pairs, err := me.DuplicateCandidates(context.Background(), duplicateLimit+len(dismissed))
		pairs = slices.DeleteFunc(pairs, func(p app.DuplicatePair) bool { return slices.Contains(dismissed, pairKey(p)) })
		d.u.onUI(func() { d.show(pairs, err) })
	}()
}

// show lists pairs, or says why there are none.
func (d *duplicatesView) show(pairs []app.DuplicatePair, err error) {
	if err != nil {
		d.u.ShowError(err)
	}
	d.pairs = pairs[:min(len(pairs), duplicateLimit)]
	d.list.UnselectAll()
	d.list.Refresh()
	switch {
	case len(d.pairs) == 0:
		d.info.SetText("No duplicates proposed: no two meetings of the same people on the same or adjacent days in different articles.")
	default:
		d.info.SetText(fmt.Sprintf("%s with the same people on the same or adjacent days, from different articles. "+
			"Merge keeps the left meeting and adds the right one's sources, evidence and people.",
			countNoun(len(d.pairs), "pair of meetings", "pairs of meetings")))
	}
	if d.afterLoad != nil {
		d.afterLoad()
	}
}

func (d *duplicatesView) setRow(i int, row *pairRow) {
	if i >= len(d.pairs) {
		return
	}
	p := d.pairs[i]
	row.Set(p, func() { d.merge(p) }, func() { d.dismiss(p) })
}

// merge merges the pair (the older meeting stays), through the review's
// queue of saves, then looks again and refreshes the review queue.
func (d *duplicatesView) merge(p app.DuplicatePair) {
	r := d.u.review
	r.unitAction(func(ctx context.Context, me app.MeetingEditor) error {
		return me.MergeMeetings(ctx, p.A.ID, p.B.ID)
	}, func() {
		r.reloadKeeping(r.open)
		d.u.status.SetMessage(fmt.Sprintf("Merged meeting %d into meeting %d", p.B.ID, p.A.ID))
		d.Load()
	})
}

// dismiss drops the pair from the list and remembers that for this database.
func (d *duplicatesView) dismiss(p app.DuplicatePair) {
	if d.u.store == nil {
		return
	}
	key := prefDismissedPrefix + d.u.store.Path()
	prefs := d.u.app.Preferences()
	prefs.SetStringList(key, append(prefs.StringList(key), pairKey(p)))
	d.pairs = slices.DeleteFunc(d.pairs, func(q app.DuplicatePair) bool { return q.Key() == p.Key() })
	d.list.Refresh()
	d.u.status.SetMessage(fmt.Sprintf("Meetings %d and %d are kept apart", p.A.ID, p.B.ID))
}

// dismissed lists the pairs dismissed in the open database.
func (d *duplicatesView) dismissed() []string {
	if d.u.store == nil {
		return nil
	}
	return d.u.app.Preferences().StringList(prefDismissedPrefix + d.u.store.Path())
}

func pairKey(p app.DuplicatePair) string {
	k := p.Key()
	return fmt.Sprintf("%d-%d", k[0], k[1])
}

// pairRow is one proposed pair: both meetings side by side and the two
// decisions.
type pairRow struct {
	widget.BaseWidget
	left, right      *widget.Label
	merge, different *widget.Button
}

func newPairRow() *pairRow {
	r := &pairRow{left: pairCell(), right: pairCell(),
		merge: widget.NewButton("Merge", nil), different: widget.NewButton("Not a duplicate", nil)}
	r.ExtendBaseWidget(r)
	return r
}

func pairCell() *widget.Label {
	l := widget.NewLabel(strings.Repeat("\n", pairLines-1))
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// pairLines is how many lines describe each meeting of a pair.
const pairLines = 4

// Set shows p with the actions for its buttons.
func (r *pairRow) Set(p app.DuplicatePair, onMerge, onDifferent func()) {
	r.left.SetText(describeForPair(p.A))
	r.right.SetText(describeForPair(p.B))
	r.merge.OnTapped, r.different.OnTapped = onMerge, onDifferent
}

// CreateRenderer puts the meetings in two equal columns, buttons right.
func (r *pairRow) CreateRenderer() fyne.WidgetRenderer {
	buttons := container.NewVBox(r.merge, r.different)
	return widget.NewSimpleRenderer(container.NewBorder(nil, widget.NewSeparator(), nil, buttons,
		container.NewGridWithColumns(2, r.left, r.right)))
}

// text is the row as a user reads it, for tests.
func (r *pairRow) text() string { return r.left.Text + " || " + r.right.Text }

// describeForPair is a meeting in pairLines lines: number, date and
// place; participants; its first source with the evidence; more sources.
func describeForPair(m app.Meeting) string {
	lines := []string{
		fmt.Sprintf("Meeting %d · %s · %s · %s", m.ID, formatDate(m.Date), formatPlace(m.Place), m.Kind.Label()),
		formatParticipants(m.Participants), "no source", "",
	}
	if len(m.Sources) > 0 {
		s := m.Sources[0]
		lines[2] = fmt.Sprintf("%s: “%s”", firstNonBlank(s.ArticleTitle, fileName(s.Path)), shorten(s.Evidence, 120))
	}
	if len(m.Sources) > 1 {
		lines[3] = fmt.Sprintf("and %s more", countNoun(len(m.Sources)-1, "source", "sources"))
	}
	return strings.Join(lines, "\n")
}
