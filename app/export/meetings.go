package export

import (
	"context"
	"fmt"
	"io"

	"parley/app"
)

// Options chooses what Meetings exports and how.
type Options struct {
	Layout Layout     // "" means Wide
	Status app.Status // "" exports every status; else only meetings with it
}

// Meetings streams the meetings of s that opts selects to w as CSV, newest
// meeting date first, and returns how many meetings it wrote. Meetings are
// streamed with s.EachMeeting, so a large database is never held in memory.
func Meetings(ctx context.Context, s app.Store, w io.Writer, opts Options) (int, error) {
	layout := opts.Layout
	if layout == "" {
		layout = Wide
	}
	f := app.MeetingFilter{Sort: app.SortByDate}
	if opts.Status != "" {
		if !opts.Status.Valid() {
			return 0, app.Errorf(app.EInvalid, "%q is not a meeting status; use new, confirmed or rejected.", opts.Status)
		}
		status := opts.Status
		f.Status = &status
	}
	c, err := NewCSV(w, layout)
	if err != nil {
		return 0, err
	}
	n := 0
	err = s.EachMeeting(ctx, f, func(m app.Meeting) error {
		if err := c.Write(m); err != nil {
			return err
		}
		n++
		return nil
	})
	if cerr := c.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, fmt.Errorf("export meetings: %w", err)
	}
	return n, nil
}
