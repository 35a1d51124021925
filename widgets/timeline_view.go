package widgets

import (
	"bufio"
	"fmt"
	"image/png"
	"io"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// viewLoader runs a query off the UI goroutine and calls done on it.
type viewLoader func(f app.ViewFilter, done func(*app.ViewData))

// timelineView is the Timeline tab: controls above the timeline, a pan
// slider and the undated tray below.
type timelineView struct {
	load     viewLoader
	open     func(id int64, day *app.Date)
	data     *app.ViewData
	filter   *viewFilter
	group    *widget.Select
	timeline *Timeline
	pan      *widget.Slider
	undated  *widget.Label
	content  fyne.CanvasObject
	loaded   func() // tests wait on it
	gen      int    // counts reloads, so that a slow older load cannot overwrite a newer one
}

// groupChoices are the lane grouping select's options.
var groupChoices = []string{"No lanes", "By country", "By person"}

func newTimelineView(load viewLoader, open func(int64, *app.Date)) *timelineView {
	v := &timelineView{load: load, open: open, data: &app.ViewData{}, timeline: NewTimeline(), undated: widget.NewLabel("")}
	v.filter = newViewFilter(v.reload)
	v.group = widget.NewSelect(groupChoices, func(string) { v.timeline.SetGrouping(laneGrouping(v.group.SelectedIndex())) })
	v.group.SetSelectedIndex(1)
	v.timeline.OnSelect = v.onSelect
	v.timeline.OnViewChanged = v.syncPan
	v.pan = widget.NewSlider(0, 1)
	v.pan.OnChanged = func(x float64) { v.timeline.PanTo(x) }
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { v.timeline.Zoom(0.5) }),
		widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { v.timeline.Zoom(2) }),
		widget.NewButton("Fit all", v.timeline.FitAll),
		widget.NewButtonWithIcon("Export PNG…", theme.DocumentSaveIcon(), v.onExport),
	)
	top := container.NewBorder(nil, nil, nil, buttons, v.filter.bar(v.group))
	legend := widget.NewLabel("● in person  ■ phone  □ video · orange needs review, green confirmed, grey rejected · bars: month/year dates")
	legend.Importance = widget.LowImportance
	bottom := container.NewVBox(v.pan, container.NewBorder(nil, nil, v.undated, nil, legend))
	v.content = container.NewBorder(top, bottom, nil, nil, v.timeline)
	return v
}

// reload queries the meetings the filter selects.
func (v *timelineView) reload() { v.reloadWith(v.load) }

// reloadWith queries the meetings the filter selects through load; only
// the latest reload's data is shown.
func (v *timelineView) reloadWith(load viewLoader) {
	v.gen++
	gen := v.gen
	v.undated.SetText("Loading meetings…")
	load(v.filter.filter(), func(d *app.ViewData) {
		if gen == v.gen {
			v.set(d)
		}
	})
}

// set shows freshly loaded data.
func (v *timelineView) set(d *app.ViewData) {
	v.data = d
	v.timeline.SetData(d)
	v.undated.SetText(fmt.Sprintf("Undated: %s (not on the axis)", countNoun(d.Undated, "meeting", "meetings")))
	if len(d.Meetings) == 0 && !reflect.DeepEqual(v.filter.applied, app.ViewFilter{}) {
		v.undated.SetText("No meetings match the filters.")
	}
	if first, last, ok := v.timeline.extent(); ok {
		v.pan.Min, v.pan.Max = float64(first), float64(last)
	}
	v.syncPan()
	if v.loaded != nil {
		v.loaded()
	}
}

// syncPan moves the slider to the middle of the view without calling back.
func (v *timelineView) syncPan() {
	start, per := v.timeline.Viewport()
	v.pan.Value = min(max(start+float64(v.timeline.plotWidth()/2)*per, v.pan.Min), v.pan.Max)
	v.pan.Refresh()
}

func (v *timelineView) onSelect(id int64) {
	for _, m := range v.data.Meetings {
		if m.ID == id {
			v.open(id, meetingDay(m))
			return
		}
	}
}

// onExport asks where to save the PNG of the current view.
func (v *timelineView) onExport() {
	win := fyne.CurrentApp().Driver().AllWindows()
	if len(win) == 0 {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil { // cancelled
			return
		}
		defer w.Close()
		if err := v.timeline.ExportPNG(w); err != nil {
			dialog.ShowError(fmt.Errorf("the timeline could not be saved as %s: %w", w.URI().Name(), err), win[0])
		}
	}, win[0])
	d.SetFileName("timeline.png")
	d.Show()
}

// ExportPNG writes the current view, at its current size, as a PNG image.
// It draws a copy of the timeline with the software painter, so the
// widget on screen is not moved into another canvas.
func (t *Timeline) ExportPNG(w io.Writer) error {
	c := NewTimeline()
	c.data, c.lanes, c.grouping, c.firstLane = t.data, t.lanes, t.grouping, t.firstLane
	t.ensureFitted()
	c.vp, c.fitted, c.today = t.vp, true, t.today
	// software.Render would size the image to MinSize and set the app's
	// theme; a canvas of our own keeps the view's size and touches nothing.
	canvas := software.NewCanvas()
	canvas.SetPadded(false)
	canvas.SetContent(c)
	canvas.Resize(t.Size())
	img := canvas.Capture()
	bw := bufio.NewWriter(w)
	if err := png.Encode(bw, img); err != nil {
		return err
	}
	return bw.Flush()
}
