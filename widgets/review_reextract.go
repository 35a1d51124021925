package widgets

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// Reextract extracts the open meeting's article again and shows what that
// proposes: changes to fields nobody has edited, and meetings the first
// extraction missed. Nothing changes until the user applies the checked
// proposals; edited fields are never proposed.
func (r *reviewView) Reextract() {
	m, ok := r.openOrSay("re-extract its article")
	if !ok {
		return
	}
	if r.u.deps.Pipeline.Extract == nil {
		r.u.ShowError(app.Errorf(app.EInternal, "Parley was started without an extractor, so articles cannot be extracted again."))
		return
	}
	if len(m.Sources) == 0 {
		r.u.ShowError(app.Errorf(app.EInvalid, "Meeting %d has no article to extract again.", m.ID))
		return
	}
	article := m.Sources[0].ArticleID
	extract := r.u.deps.Pipeline.Extract
	var ps []app.Proposal
	r.background(func(rs app.ReviewStore) error {
		re, ok := rs.(app.Reextractor)
		if !ok {
			return app.Errorf(app.EInternal, "This database cannot re-extract articles.")
		}
		a, err := r.u.store.Article(context.Background(), article)
		if err != nil {
			return err
		}
		doc := app.Document{Path: a.Path, Format: a.Format, Text: a.Text, Title: a.Title, Outlet: a.Outlet, Published: a.Published}
		ps, err = re.ReextractProposals(context.Background(), article, extract(doc))
		return err
	}, func(err error) {
		if err == nil {
			r.showProposals(article, ps)
		}
	})
}

// showProposals lets the user choose the proposals to apply.
func (r *reviewView) showProposals(article int64, ps []app.Proposal) {
	if len(ps) == 0 {
		r.u.status.SetMessage(fmt.Sprintf("Extracting article %d again proposes no changes", article))
		dialog.ShowInformation("Re-extract article", "Extracting the article again proposes no changes "+
			"to the fields nobody has edited, and finds no other meeting.", r.u.win)
		return
	}
	checks := make([]*widget.Check, len(ps))
	box := container.NewVBox(wrapped("Extracting the article again proposes these changes. Fields a person " +
		"has edited are left as they are. Uncheck what you do not want."))
	for i, p := range ps {
		checks[i] = widget.NewCheck(describeProposal(p), nil)
		checks[i].Checked = true
		box.Add(checks[i])
	}
	d := dialog.NewCustomConfirm("Re-extract article", "Apply", "Cancel", container.NewVScroll(box), func(ok bool) {
		if ok {
			r.applyProposals(article, chosenProposals(ps, checks))
		}
	}, r.u.win)
	d.Resize(unitDialogSize)
	d.Show()
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func chosenProposals(ps []app.Proposal, checks []*widget.Check) []app.Proposal {
	var out []app.Proposal
	for i, c := range checks {
		if c.Checked {
			out = append(out, ps[i])
		}
	}
	return out
}

func (r *reviewView) applyProposals(article int64, ps []app.Proposal) {
	if len(ps) == 0 {
		return
	}
	var n int
	r.background(func(rs app.ReviewStore) (err error) {
		n, err = rs.(app.Reextractor).ApplyProposals(context.Background(), article, ps)
		return err
	}, func(err error) {
		if err == nil {
			r.reloadKeeping(r.open)
			r.u.status.SetMessage(fmt.Sprintf("Applied %s from extracting article %d again", countNoun(n, "change", "changes"), article))
		}
	})
}

// describeProposal is one proposal in a line: "Meeting 3, venue: Blue
// House" or "New meeting: 2025-03-03, Navabi – Kim, Seoul, KR".
func describeProposal(p app.Proposal) string {
	if p.New != nil {
		return "New meeting: " + strings.Join([]string{formatDate(p.New.Date),
			formatParticipants(p.New.Participants), formatPlace(p.New.Place)}, ", ")
	}
	return fmt.Sprintf("Meeting %d, %s: %s", p.MeetingID, p.Field, proposedValue(p.Update))
}

// proposedValue is the new value of the one field u sets.
func proposedValue(u app.MeetingUpdate) string {
	switch {
	case u.Kind != nil:
		return u.Kind.Label()
	case u.Date != nil:
		return formatDate(*u.Date)
	case u.Place != nil:
		return formatPlace(*u.Place)
	case u.Venue != nil:
		return firstNonBlank(*u.Venue, "none")
	case u.Topics != nil:
		return firstNonBlank(strings.Join(*u.Topics, ", "), "none")
	case u.Participants != nil:
		return formatParticipants(*u.Participants)
	}
	return ""
}
