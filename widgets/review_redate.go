package widgets

import (
	"context"
	"fmt"

	"parley/app"
)

// onPublished saves an edited published date of the open meeting's
// article and re-resolves the dates of the article's meetings: extraction
// runs again against the new date, and each stored meeting takes the date
// found for the same evidence. Storage keeps the dates people edited.
func (r *reviewView) onPublished(articleID int64, text string) {
	d, err := app.ParseDate(text)
	if err != nil || articleID == 0 {
		return // the inline error already says why
	}
	var changed []int64
	open := r.open
	r.background(func(rs app.ReviewStore) error {
		redate, err := r.resolveDates(articleID, d)
		if err != nil {
			return err
		}
		changed, err = rs.SetArticlePublished(context.Background(), articleID, d, redate)
		return err
	}, func(err error) {
		if err != nil {
			return
		}
		r.u.status.SetMessage(fmt.Sprintf("Saved the published date; %s re-dated", countNoun(len(changed), "meeting", "meetings")))
		r.reloadKeeping(open)
	})
}

// resolveDates extracts the article again as if published on d and maps
// each of its stored meetings to the date found for its evidence. It runs
// off the UI goroutine.
func (r *reviewView) resolveDates(articleID int64, d app.Date) (map[int64]app.Date, error) {
	extract := r.u.deps.Pipeline.Extract
	if extract == nil {
		return nil, nil
	}
	ctx := context.Background()
	a, err := r.u.store.Article(ctx, articleID)
	if err != nil {
		return nil, err
	}
	ex := extract(app.Document{Path: a.Path, Format: a.Format, Text: a.Text, Title: a.Title, Outlet: a.Outlet, Published: d})
	stored, err := r.u.store.FindMeetings(ctx, app.MeetingFilter{ArticleID: &articleID})
	if err != nil {
		return nil, err
	}
	redate := map[int64]app.Date{}
	for _, m := range stored {
		if date, ok := sameEvidence(m, articleID, ex.Meetings); ok {
			redate[m.ID] = date
		}
	}
	return redate, nil
}

// sameEvidence finds the extracted meeting with m's evidence in the article.
func sameEvidence(m app.Meeting, articleID int64, found []app.Meeting) (app.Date, bool) {
	for _, src := range m.Sources {
		if src.ArticleID != articleID {
			continue
		}
		for _, f := range found {
			if len(f.Sources) > 0 && (f.Sources[0].Span == src.Span || f.Sources[0].Evidence == src.Evidence) {
				return f.Date, true
			}
		}
	}
	return app.Date{}, false
}
