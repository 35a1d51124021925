package widgets

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2/dialog"

	"parley/app"
)

// checkableStore is what File > Check database needs beyond app.Store;
// storage.Store has it.
type checkableStore interface {
	// IntegrityCheck returns nil, or ECorrupt saying what is damaged.
	IntegrityCheck(ctx context.Context) error
	// Backups lists the copies kept before migrations, newest first.
	Backups() []string
}

// readOnlyStore is a store that may have been opened read-only.
type readOnlyStore interface{ ReadOnly() bool }

// checkReported runs on the UI goroutine once a check's outcome is on
// screen; tests replace it to wait for the background check.
var checkReported = func(error) {}

// onCheckDatabase runs SQLite's integrity check on the open database in
// the background and reports; when the file is damaged it offers to open a
// copy of the newest backup instead.
func (u *UI) onCheckDatabase() {
	store := u.store
	c, ok := store.(checkableStore)
	if !ok {
		u.ShowError(errNoDatabase())
		return
	}
	u.status.SetMessage("Checking " + fileName(store.Path()) + "…")
	go func() {
		err := c.IntegrityCheck(context.Background())
		u.onUI(func() {
			if u.closed || u.store != store {
				return // the window closed or another database was opened meanwhile
			}
			u.showCheckResult(store.Path(), c.Backups(), err)
			checkReported(err)
		})
	}()
}

// showCheckResult tells the user what the check found.
func (u *UI) showCheckResult(path string, backups []string, err error) {
	switch {
	case err == nil:
		msg := fmt.Sprintf("%s passed the integrity check: no damage was found.", fileName(path))
		u.status.SetMessage(msg)
		dialog.ShowInformation("Check database", msg, u.win)
	case app.ErrorCode(err) != app.ECorrupt:
		u.ShowError(err) // the check itself could not run (locked, unreadable...)
	case len(backups) == 0:
		u.ShowError(app.WrapError(app.ECorrupt, err, "%s is damaged and Parley kept no backup of it; restore it from your own backups.", path))
	default:
		u.offerBackup(path, backups[0], err)
	}
}

// offerBackup says the database is damaged and offers to open a copy of
// its newest backup. A copy, so that the backup itself stays as it was:
// opening an older backup upgrades it.
func (u *UI) offerBackup(path, backup string, damage error) {
	msg := fmt.Sprintf("%s is damaged (%s).\n\nParley kept a backup, %s, written %s. Open a copy of the backup instead? The damaged file is left as it is.",
		fileName(path), firstProblem(damage), fileName(backup), modTime(backup))
	u.status.SetMessage(fileName(path) + " is damaged; a backup is available.")
	d := dialog.NewConfirm("Database damaged", msg, func(ok bool) {
		if ok {
			u.openBackupCopy(backup)
		}
	}, u.win)
	d.SetConfirmText("Open the backup")
	d.SetDismissText("Keep this database")
	d.Show()
}

// openBackupCopy copies backup to a new file beside it and opens the copy.
func (u *UI) openBackupCopy(backup string) {
	target, err := restoredName(backup, time.Now())
	if err == nil {
		err = copyFile(backup, target)
	}
	if err != nil {
		u.ShowError(app.WrapError(app.EUnreadable, err, "The backup %s could not be copied to open it; copy it yourself and open the copy.", backup))
		return
	}
	u.openChosen(target)
}

// restoredName is a new file name for a copy of backup:
// parley-restored-20261123T150405.db beside parley.db.backup-v1-....
func restoredName(backup string, now time.Time) (string, error) {
	base, _, _ := strings.Cut(filepath.Base(backup), ".backup-v")
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	name := filepath.Join(filepath.Dir(backup), stem+"-restored-"+now.UTC().Format("20060102T150405")+".db")
	if _, err := os.Lstat(name); err == nil {
		return "", fmt.Errorf("%s already exists", name)
	}
	return name, nil
}

// copyFile copies src to a new file dst (never over an existing one).
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(dst)
		return err
	}
	return out.Close()
}

// firstProblem is the start of what the integrity check found, short
// enough for a dialog.
func firstProblem(err error) string {
	cause := app.ErrorMessage(err)
	if inner := errors.Unwrap(err); inner != nil {
		cause = inner.Error()
	}
	cause, _, _ = strings.Cut(cause, "; ")
	if r := []rune(cause); len(r) > 120 {
		cause = string(r[:120]) + "…"
	}
	return cause
}

// modTime is when the file at path was last written, for a message.
func modTime(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return "at an unknown time"
	}
	return "on " + info.ModTime().Format("2 January 2006 at 15:04")
}

// noteReadOnly tells the user, in the title and the status bar, that the
// database just opened cannot be changed.
func (u *UI) noteReadOnly(s app.Store) {
	if ro, ok := s.(readOnlyStore); !ok || !ro.ReadOnly() {
		return
	}
	u.win.SetTitle("Parley — " + fileName(s.Path()) + " (read-only)")
	u.status.SetMessage("Opened " + fileName(s.Path()) + " read-only: the file or its folder cannot be written, so changes cannot be saved.")
}
