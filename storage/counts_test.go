package storage

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"parley/app"
)

func TestStore_Counts(t *testing.T) {
	s := openTest(t)
	c := counts(t, s)
	if c.Articles+c.Meetings+c.People+c.Places != 0 || len(c.ByStatus) != 0 {
		t.Errorf("a new database counts %+v", c)
	}
	save(t, s, sampleBatch(t))
	if err := s.UpdateMeetingStatus(context.Background(), 2, app.StatusConfirmed); err != nil {
		t.Fatal(err)
	}
	c = counts(t, s)
	if c.Articles != 3 || c.Meetings != 5 || c.People != 3 || c.Places != 3 ||
		c.ByStatus[app.StatusNew] != 4 || c.ByStatus[app.StatusConfirmed] != 1 || c.ByStatus[app.StatusRejected] != 0 {
		t.Errorf("Counts = %+v", c)
	}
}

func TestStore_IntegrityCheck(t *testing.T) {
	s := openTest(t)
	save(t, s, newGenerator(3, 20, 10).batch(50, 3))
	if err := s.IntegrityCheck(context.Background()); err != nil {
		t.Errorf("IntegrityCheck on a healthy database: %v", err)
	}
}

// TestStore_IntegrityCheck_damaged overwrites pages in the middle of a
// closed database and expects the damage to be reported as ECorrupt,
// either when opening or by the check.
func TestStore_IntegrityCheck_damaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	save(t, s, newGenerator(4, 50, 20).batch(200, 3))
	s.Close()
	damage(t, path)
	s, err = open(path, testOptions())
	if err == nil {
		defer s.Close()
		err = s.IntegrityCheck(context.Background())
	}
	wantCode(t, err, app.ECorrupt)
}

// damage fills pages 3-6 of an SQLite file (4096-byte pages) with garbage.
func damage(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	junk := make([]byte, 4*4096)
	for i := range junk {
		junk[i] = byte(i*7 + 3)
	}
	if _, err := f.WriteAt(junk, 2*4096); err != nil {
		t.Fatal(err)
	}
}
