package app

import "context"

// Article fields a person can correct in the review's source panel, as
// the edit log names them. The published date has its own method
// (ReviewStore.SetArticlePublished) because changing it re-dates meetings.
const (
	ArticleTitle        = "title"
	ArticleOutlet       = "outlet"
	ArticleDatelineCity = "dateline_city"
	ArticleDatelineDate = "dateline_date"
)

// ArticleFields lists the fields ArticleEditor.SetArticleField accepts.
var ArticleFields = []string{ArticleTitle, ArticleOutlet, ArticleDatelineCity, ArticleDatelineDate}

// ArticleEditor corrects an article's metadata.
type ArticleEditor interface {
	// SetArticleField sets one of ArticleFields of article id to value in
	// one transaction, logged as one undoable action; an unchanged value
	// logs nothing. A dateline date must parse with ParseDate.
	SetArticleField(ctx context.Context, id int64, field, value string) error
}
