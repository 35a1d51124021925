package widgets

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// onSelected opens the meeting the user picked in the queue.
func (r *reviewView) onSelected(i widget.ListItemID) {
	if i < 0 || i >= len(r.items) || r.items[i].ID == r.open {
		return
	}
	r.openMeeting(r.items[i].ID)
}

// openIndex selects and opens the queue's meeting i, or clears the form
// when the queue has no such meeting.
func (r *reviewView) openIndex(i int) {
	if i < 0 || i >= len(r.items) {
		r.open = 0
		r.list.UnselectAll()
		r.form.Clear()
		r.source.Clear()
		return
	}
	r.list.Select(i) // calls onSelected
	r.list.ScrollTo(i)
}

// openMeeting shows meeting id with its first article. Reading both takes
// well under a millisecond (BenchmarkOpenMeeting), so it runs here.
func (r *reviewView) openMeeting(id int64) {
	rs := r.reviewStore()
	if rs == nil {
		r.u.ShowError(errNoDatabase())
		return
	}
	ctx := context.Background()
	m, err := rs.Meeting(ctx, id)
	if err != nil {
		r.u.ShowError(err)
		return
	}
	edited, err := rs.EditedFields(ctx, id)
	if err != nil {
		r.u.ShowError(err)
		return
	}
	r.open = id
	r.form.Set(m, edited)
	r.showSource(m)
}

// showSource shows the meeting's first source article; a meeting reported
// by several articles offers the others in the panel's source choice.
func (r *reviewView) showSource(m app.Meeting) {
	if len(m.Sources) == 0 {
		r.source.Clear()
		r.source.setSources(nil, nil)
		return
	}
	r.source.setSources(m.Sources, func(i int) { r.showArticle(m.Sources[i]) })
	r.showArticle(m.Sources[0])
}

// showArticle shows the article of src, its evidence emphasised, with its
// metadata fields saving into that article.
func (r *reviewView) showArticle(src app.Source) {
	a, err := r.u.store.Article(context.Background(), src.ArticleID)
	if err != nil {
		r.u.ShowError(err)
		return
	}
	r.source.Set(a, src)
	r.source.published.OnCommit = func(s string) {
		if s != a.Published.String() {
			r.onPublished(a.ID, s)
		}
	}
	fields := map[*commitEntry]string{r.source.title: app.ArticleTitle, r.source.outlet: app.ArticleOutlet,
		r.source.datelineCity: app.ArticleDatelineCity, r.source.datelineDate: app.ArticleDatelineDate}
	for e, field := range fields {
		shown := e.Text
		e.OnCommit = func(s string) {
			if strings.TrimSpace(s) != strings.TrimSpace(shown) {
				shown = s
				r.onArticleField(a.ID, field, s)
			}
		}
	}
}

// Next opens the meeting below the open one in the queue.
func (r *reviewView) Next() { r.step(1) }

// Previous opens the meeting above the open one in the queue.
func (r *reviewView) Previous() { r.step(-1) }

func (r *reviewView) step(d int) {
	i := r.index(r.open) + d
	if i >= 0 && i < len(r.items) {
		r.openIndex(i)
	}
}

// FocusSearch puts the cursor in the queue's search entry.
func (r *reviewView) FocusSearch() {
	r.u.win.Canvas().Focus(r.search)
}
