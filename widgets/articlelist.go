package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// articlePage is how many articles the list loads at a time.
const articlePage = 500

// articleColumns lines up the article rows and their header: title
// (flexible), outlet, published, meetings, file.
var articleColumns = columns{widths: []float32{0, 90, 92, 96, 180}, flex: 0, gap: 4}

// articleRow is one article in the list.
type articleRow struct {
	widget.BaseWidget
	title, outlet, published, meetings, file *widget.Label
}

func newArticleRow() *articleRow {
	r := &articleRow{title: cell(), outlet: cell(), published: cell(), meetings: cell(), file: cell()}
	r.ExtendBaseWidget(r)
	return r
}

// Set shows a.
func (r *articleRow) Set(a app.Article) {
	r.title.SetText(firstNonBlank(a.Title, "untitled"))
	r.outlet.SetText(firstNonBlank(a.Outlet, "—"))
	r.published.SetText(firstNonBlank(a.Published.String(), "—"))
	r.meetings.SetText(countNoun(a.MeetingCount, "meeting", "meetings"))
	r.file.SetText(fileName(a.Path))
}

// CreateRenderer lays the cells out in articleColumns.
func (r *articleRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(articleColumns,
		r.title, r.outlet, r.published, r.meetings, r.file))
}

// text is the row as a user reads it, for tests.
func (r *articleRow) text() string {
	return strings.Join([]string{r.title.Text, r.outlet.Text, r.published.Text, r.meetings.Text, r.file.Text}, " | ")
}

// articleList is the Articles tab: the list, loaded a page at a time, and
// the selected article with its text beside it.
type articleList struct {
	find    func(app.ArticleFilter) ([]app.Article, error)
	open    func(id int64) (app.Article, error)
	onError func(error)

	items []app.Article
	more  bool

	list     *widget.List
	info     *widget.Label
	loadMore *widget.Button
	details  *articleDetails
	content  fyne.CanvasObject
}

// newArticleList lists what find returns; open loads one article with its
// text for the details; onError shows a failure.
func newArticleList(find func(app.ArticleFilter) ([]app.Article, error), open func(int64) (app.Article, error), onError func(error)) *articleList {
	l := &articleList{find: find, open: open, onError: onError, details: newArticleDetails()}
	l.list = widget.NewList(
		func() int { return len(l.items) },
		func() fyne.CanvasObject { return newArticleRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*articleRow).Set(l.items[id]) },
	)
	l.list.OnSelected = l.onSelected
	l.info = widget.NewLabel("")
	l.loadMore = widget.NewButton("Load more", l.onLoadMore)
	l.loadMore.Hide()
	bottom := container.NewBorder(nil, nil, nil, l.loadMore, l.info)
	left := container.NewBorder(articleHeader(), bottom, nil, nil, l.list)
	split := container.NewHSplit(left, l.details.content)
	split.Offset = 0.6
	l.content = split
	return l
}

// articleHeader names the columns above the rows.
func articleHeader() fyne.CanvasObject {
	var cells []fyne.CanvasObject
	for _, name := range []string{"Title", "Outlet", "Published", "Meetings", "File"} {
		cells = append(cells, widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	return container.New(articleColumns, cells...)
}

// Reset forgets the loaded articles (another database was opened).
func (l *articleList) Reset() {
	l.items, l.more = nil, false
	l.list.UnselectAll()
	l.details.Clear()
	l.list.Refresh()
}

// Load loads the first page of articles.
func (l *articleList) Load() error {
	items, err := l.find(app.ArticleFilter{Limit: articlePage + 1})
	if err != nil {
		return err
	}
	l.items, l.more = trimArticles(items)
	l.list.UnselectAll()
	l.details.Clear()
	l.list.Refresh()
	l.updateInfo()
	return nil
}

// onLoadMore appends the next page.
func (l *articleList) onLoadMore() {
	items, err := l.find(app.ArticleFilter{Limit: articlePage + 1, Offset: len(l.items)})
	if err != nil {
		l.onError(err)
		return
	}
	page, more := trimArticles(items)
	l.items, l.more = append(l.items, page...), more
	l.list.Refresh()
	l.updateInfo()
}

// trimArticles drops the extra article fetched to learn whether more exist.
func trimArticles(items []app.Article) ([]app.Article, bool) {
	if len(items) > articlePage {
		return items[:articlePage], true
	}
	return items, false
}

// updateInfo says how many articles are shown.
func (l *articleList) updateInfo() {
	text := "Showing " + countNoun(len(l.items), "article", "articles")
	if l.more {
		text += "; more are stored"
		l.loadMore.Show()
	} else {
		l.loadMore.Hide()
	}
	l.info.SetText(text)
}

// onSelected loads the article's text, which the list does not hold.
func (l *articleList) onSelected(id widget.ListItemID) {
	if id < 0 || id >= len(l.items) {
		return
	}
	a, err := l.open(l.items[id].ID)
	if err != nil {
		l.onError(err)
		return
	}
	a.MeetingCount = l.items[id].MeetingCount
	l.details.Set(a)
}
