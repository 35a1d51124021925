package storage

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Backups lists the copies of the database that migrations kept beside it
// (parley.db.backup-v1-20261123T120000, see backup), newest first.
func (s *Store) Backups() []string { return backupsOf(s.path) }

// backupsOf lists path's migration backups, newest first: by the time the
// copy was written, then by name (which holds the time as well).
func backupsOf(path string) []string {
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return nil
	}
	// Listing the folder rather than globbing: the file name may hold
	// characters that are glob patterns ([, *, ?).
	prefix := filepath.Base(path) + ".backup-v"
	type found struct {
		path string
		mod  int64
	}
	var list []found
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil {
			list = append(list, found{filepath.Join(filepath.Dir(path), e.Name()), info.ModTime().UnixNano()})
		}
	}
	slices.SortFunc(list, func(a, b found) int {
		return cmp.Or(cmp.Compare(b.mod, a.mod), strings.Compare(b.path, a.path))
	})
	out := make([]string, len(list))
	for i, f := range list {
		out[i] = f.path
	}
	return out
}
