package widgets

import (
	"context"
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// Deps is what the interface needs from the rest of the program; main.go
// fills it in, tests hand in their own.
type Deps struct {
	OpenStore func(path string) (app.Store, error) // opens or creates a database file
	Pipeline  app.Pipeline                         // the import pipeline (pipeline.Default() in production)
	DefaultDB string                               // the default database path, for File > New/Open dialogs' starting folder
}

// UI is Parley's main window and everything in it. Its methods must be
// called on the UI goroutine; background work comes back through onUI.
type UI struct {
	app   fyne.App
	win   fyne.Window
	deps  Deps
	store app.Store // nil until a database is open

	menu     *fileMenu
	status   *statusBar
	progress *importProgress
	meetings *meetingList
	articles *articleList
	welcome  *welcomeView
	views    *views      // the Timeline and Cities tabs
	review   *reviewView // the Review tab
	tabs     *container.AppTabs
	body     *fyne.Container // holds the welcome view or the tabs

	run       *importRun // the import in progress, nil when idle
	exporting bool       // a CSV export is being written
	closed    bool       // the window was closed; late reports are dropped

	lastImportDir string // where the import dialogs start next time
	lastError     string // the last sentence ShowError showed, for tests

	// afterImport and afterExport run on the UI goroutine once a background
	// import or export has been reported; tests use them to wait without
	// sleeping.
	afterImport func(app.Report, error)
	afterExport func(n int, err error)
	// do is fyne.Do; a test may queue the calls instead and run them on
	// its own goroutine, as the real driver runs them on the UI goroutine
	// (Fyne's test driver runs them at once on the calling goroutine).
	do func(func())
}

// defaultWindowSize is the main window's size on first show.
var defaultWindowSize = fyne.NewSize(1280, 800)

// crossToUI is how a new UI hands work from other goroutines to the UI
// goroutine: fyne.Do. Tests swap it for a queue that they run on the test
// goroutine, because Fyne's test driver runs fyne.Do at once on the
// calling goroutine, which would race the test.
var crossToUI = fyne.Do

// NewUI builds the main window of a on no database; call Open next.
func NewUI(a fyne.App, deps Deps) *UI {
	u := &UI{app: a, deps: deps, do: crossToUI}
	u.win = a.NewWindow("Parley")
	u.win.SetContent(u.makeContent())
	u.menu = u.makeMenu()
	u.addEditMenu()
	u.addMeetingMenu()
	u.win.SetMainMenu(u.menu.main)
	u.win.SetOnDropped(u.onDropped)
	u.win.SetOnClosed(u.onClosed)
	u.win.Resize(defaultWindowSize)
	return u
}

// makeContent lays out the window: the welcome view or the tabs above the
// import progress panel and the status bar.
func (u *UI) makeContent() fyne.CanvasObject {
	u.status = newStatusBar()
	u.progress = newImportProgress()
	u.meetings = newMeetingList(u.findMeetings, u.ShowError)
	u.articles = newArticleList(u.findArticles, u.loadArticle, u.ShowError)
	u.welcome = newWelcomeView(u.onImportFiles, u.onImportFolder)
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Meetings", u.meetings.content),
		container.NewTabItem("Articles", u.articles.content),
	)
	u.views = newViews(u)
	for _, t := range u.views.tabs() {
		u.tabs.Append(t)
	}
	u.review = newReviewView(u)
	u.tabs.Append(container.NewTabItem("Review", u.review.content))
	u.tabs.Append(newPeopleTab(u))
	u.tabs.Append(newDuplicatesTab(u))
	u.body = container.NewStack(u.welcome.content)
	bottom := container.NewVBox(u.progress.content, widget.NewSeparator(), u.status.content)
	return container.NewBorder(nil, bottom, nil, nil, u.body)
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// ShowAndRun shows the window and runs the application until it quits.
func (u *UI) ShowAndRun() { u.win.ShowAndRun() }

// Open opens (or creates) the database at path and shows it. On failure the
// current database stays open and shown, and the error is returned for the
// caller to show (the menu shows it with ShowError).
func (u *UI) Open(path string) error {
	if err := u.attach(path); err != nil {
		return err
	}
	return u.refresh()
}

// attach opens the database at path and makes it the current one, without
// reading its counts or lists (Open and OpenAtStart do that).
func (u *UI) attach(path string) error {
	if u.run != nil || u.exporting {
		return errBusy()
	}
	s, err := u.deps.OpenStore(path)
	if err != nil {
		return err
	}
	u.closeStore()
	u.store = s
	u.win.SetTitle("Parley — " + fileName(s.Path()))
	u.status.SetPath(s.Path())
	u.status.SetMessage("Opened " + fileName(s.Path()))
	u.noteReadOnly(s)
	u.meetings.Reset()
	u.articles.Reset()
	return nil
}

// refresh reloads the counts and both lists from the store and chooses
// between the welcome view and the lists.
func (u *UI) refresh() error {
	if u.store == nil {
		return errNoDatabase()
	}
	c, err := u.store.Counts(context.Background())
	if err != nil {
		return err
	}
	u.status.SetCounts(c)
	u.meetings.SetTotals(c)
	u.showWelcome(c.Articles == 0)
	if err := u.meetings.Load(); err != nil {
		return err
	}
	u.review.SetTotals(c)
	if err := u.review.Load(); err != nil {
		return err
	}
	u.views.Reload()
	if t := u.tabs.Selected(); t != nil { // People reloads when shown; if it is shown, now
		if pv, ok := t.Content.(*peopleView); ok {
			pv.picker.reload()
		}
	}
	return u.articles.Load()
}

// showWelcome swaps the body between the welcome view and the tabs.
func (u *UI) showWelcome(empty bool) {
	want := fyne.CanvasObject(u.tabs)
	if empty {
		want = u.welcome.content
	}
	if len(u.body.Objects) == 1 && u.body.Objects[0] == want {
		return
	}
	u.body.Objects = []fyne.CanvasObject{want}
	u.body.Refresh()
}

// findMeetings queries the open store for the meeting list.
func (u *UI) findMeetings(f app.MeetingFilter) ([]app.Meeting, error) {
	if u.store == nil {
		return nil, nil
	}
	return u.store.FindMeetings(context.Background(), f)
}

// findArticles queries the open store for the article list.
func (u *UI) findArticles(f app.ArticleFilter) ([]app.Article, error) {
	if u.store == nil {
		return nil, nil
	}
	return u.store.Articles(context.Background(), f)
}

// loadArticle reads one article with its text for the details panel.
func (u *UI) loadArticle(id int64) (app.Article, error) {
	if u.store == nil {
		return app.Article{}, errNoDatabase()
	}
	return u.store.Article(context.Background(), id)
}

// onUI is the one place where work running in another goroutine crosses
// back to the UI goroutine (Fyne's threading model, migrated_fynedo).
func (u *UI) onUI(f func()) { u.do(f) }

// onClosed stops a running import and closes the database.
func (u *UI) onClosed() {
	u.closed = true
	if u.run != nil {
		u.run.cancel()
		u.run.waitForImport(5 * time.Second)
	}
	u.closeStore()
}

func (u *UI) closeStore() {
	if u.store == nil {
		return
	}
	if err := u.store.Close(); err != nil {
		log.Printf("parley: closing %s: %v", u.store.Path(), err)
	}
	u.store = nil
}
