package widgets

import (
	"context"
	"fmt"
	"strings"

	"parley/app"
)

// articleFieldNames are the status bar's words for the article fields.
var articleFieldNames = map[string]string{
	app.ArticleTitle:        "title",
	app.ArticleOutlet:       "outlet",
	app.ArticleDatelineCity: "dateline city",
	app.ArticleDatelineDate: "dateline date",
}

// onArticleField saves a corrected field of the open meeting's article.
// An invalid dateline date is shown under the field and not saved.
func (r *reviewView) onArticleField(articleID int64, field, value string) {
	if field == app.ArticleDatelineDate {
		if _, err := app.ParseDate(value); err != nil {
			return // the inline error already says why
		}
	}
	r.background(func(rs app.ReviewStore) error {
		ed, ok := rs.(app.ArticleEditor)
		if !ok {
			return app.Errorf(app.EInternal, "This database cannot correct articles.")
		}
		return ed.SetArticleField(context.Background(), articleID, field, value)
	}, func(err error) {
		if err == nil {
			what := articleFieldNames[field]
			if strings.TrimSpace(value) == "" {
				r.u.status.SetMessage(fmt.Sprintf("Cleared the article's %s", what))
				return
			}
			r.u.status.SetMessage(fmt.Sprintf("Saved the article's %s", what))
		}
	})
}
