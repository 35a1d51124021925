package widgets

import (
	"context"
	"fmt"

	"parley/app"
)

// background runs work off the UI goroutine and hands its error to done
// back on the UI goroutine, through the UI's one crossing (onUI). Works run
// one after another in the order they were asked for: two quick edits of
// one field must reach the database in the order the user made them.
func (r *reviewView) background(work func(app.ReviewStore) error, done func(error)) {
	rs := r.reviewStore()
	if rs == nil {
		r.u.ShowError(errNoDatabase())
		return
	}
	prev, finished := r.lastWork, make(chan struct{})
	r.lastWork = finished
	go func() {
		if prev != nil {
			<-prev
		}
		err := work(rs)
		close(finished)
		r.u.onUI(func() {
			if err != nil {
				r.u.ShowError(err)
			} else if r.u.views != nil {
				r.u.views.Reload() // Timeline and Cities show the change
			}
			done(err)
			if r.afterSave != nil {
				r.afterSave(err)
			}
		})
	}()
}

// onSave saves one field the form changed.
func (r *reviewView) onSave(upd app.MeetingUpdate) {
	id := r.open
	var m app.Meeting
	var edited []string
	r.background(func(rs app.ReviewStore) error {
		ctx := context.Background()
		if err := rs.UpdateMeeting(ctx, id, upd); err != nil {
			return err
		}
		var err error
		if m, err = rs.Meeting(ctx, id); err != nil {
			return err
		}
		edited, err = rs.EditedFields(ctx, id)
		return err
	}, func(err error) {
		if err != nil {
			r.openMeeting(id) // show what is stored, not what failed
			return
		}
		r.u.status.SetMessage("Saved")
		r.replaceItem(m)
		if id == r.open {
			r.form.SetEdited(edited)
		}
	})
}

// replaceItem shows the stored m in its queue row.
func (r *reviewView) replaceItem(m app.Meeting) {
	if i := r.index(m.ID); i >= 0 {
		r.items[i] = m
		r.list.RefreshItem(i)
	}
}

// Confirm confirms the open meeting and opens the next one in the queue,
// in one storage call (ConfirmAndNext).
func (r *reviewView) Confirm() {
	id, f := r.open, r.applied
	if id == 0 {
		return
	}
	f.Limit, f.Offset = 0, 0
	var next int64
	r.background(func(rs app.ReviewStore) (err error) {
		next, err = rs.ConfirmAndNext(context.Background(), id, f)
		return err
	}, func(err error) {
		if err == nil {
			r.afterStatus(id, app.StatusConfirmed, next, "Confirmed")
		}
	})
}

// Reject rejects the open meeting and opens the next one.
func (r *reviewView) Reject() {
	id := r.open
	if id == 0 {
		return
	}
	rejected := app.StatusRejected
	r.background(func(rs app.ReviewStore) error {
		return rs.UpdateMeeting(context.Background(), id, app.MeetingUpdate{Status: &rejected})
	}, func(err error) {
		if err == nil {
			next := int64(0)
			if i := r.index(id); i >= 0 && i+1 < len(r.items) {
				next = r.items[i+1].ID
			}
			r.afterStatus(id, rejected, next, "Rejected")
		}
	})
}

// afterStatus updates the queue after meeting id got status s: it leaves
// a queue filtered on another status, else its row shows s. Then next opens.
func (r *reviewView) afterStatus(id int64, s app.Status, next int64, verb string) {
	r.u.status.SetMessage(fmt.Sprintf("%s meeting %d", verb, id))
	if i := r.index(id); i >= 0 {
		if r.applied.Status != nil && *r.applied.Status != s {
			r.items = append(r.items[:i], r.items[i+1:]...)
		} else {
			r.items[i].Status = s
		}
	}
	r.list.UnselectAll()
	r.list.Refresh()
	r.updateInfo()
	r.refreshCounts()
	r.open = 0
	if i := r.index(next); i >= 0 {
		r.openIndex(i)
	} else if next != 0 {
		r.openMeeting(next)
	} else {
		r.openIndex(-1)
	}
}

// refreshCounts updates the status bar and the filter's counts.
func (r *reviewView) refreshCounts() {
	c, err := r.u.store.Counts(context.Background())
	if err != nil {
		r.u.ShowError(err)
		return
	}
	r.u.status.SetCounts(c)
	r.SetTotals(c)
}

// Undo takes back the last change, also one made before a restart.
func (r *reviewView) Undo() { r.replay("Undid", app.ReviewStore.Undo) }

// Redo applies the change undone last again.
func (r *reviewView) Redo() { r.replay("Redid", app.ReviewStore.Redo) }

func (r *reviewView) replay(verb string, op func(app.ReviewStore, context.Context) (app.EditAction, error)) {
	var a app.EditAction
	r.background(func(rs app.ReviewStore) (err error) {
		a, err = op(rs, context.Background())
		return err
	}, func(err error) {
		if err != nil {
			return
		}
		r.u.status.SetMessage(fmt.Sprintf("%s the change to %s", verb, a))
		keep := a.MeetingID
		if keep == 0 { // an article's field: its meeting stays open
			keep = r.open
		}
		r.reloadKeeping(keep)
	})
}

// reloadKeeping reloads the queue and opens meeting id again.
func (r *reviewView) reloadKeeping(id int64) {
	r.refreshCounts()
	if err := r.Load(); err != nil {
		r.u.ShowError(err)
		return
	}
	if i := r.index(id); i >= 0 {
		r.openIndex(i)
	} else if r.exists(id) { // not when an undo or a delete removed it
		r.open = 0
		r.openMeeting(id)
	}
}
