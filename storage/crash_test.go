package storage

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"parley/app"
)

// TestKilledWriter kills a process with SIGKILL while it saves batches,
// several times over one database, and checks after each kill that the
// file is sound, that every article is whole (all five of its meetings or
// absent), and that every batch whose commit returned is there.
func TestKilledWriter(t *testing.T) {
	if path := os.Getenv("PARLEY_STORAGE_WRITER"); path != "" {
		runWriter(path, os.Getenv("PARLEY_STORAGE_SEED"))
		return
	}
	path := filepath.Join(t.TempDir(), "parley.db")
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 6 {
		committed := killWriterAfter(t, path, round, time.Duration(50+rng.IntN(400))*time.Millisecond)
		s, err := open(path, testOptions())
		if err != nil {
			t.Fatalf("round %d: reopening after the kill: %v", round, err)
		}
		checkAfterKill(t, s, round, committed)
		s.Close()
	}
}

// killWriterAfter starts the writer process, kills it after d (counted
// from its first commit) and returns how many articles it reported as
// committed before it died.
func killWriterAfter(t *testing.T, path string, round int, d time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriter$")
	cmd.Env = append(os.Environ(), "PARLEY_STORAGE_WRITER="+path, "PARLEY_STORAGE_SEED="+strconv.Itoa(round))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	committed := 0
	var timer *time.Timer
	for lines.Scan() {
		n, err := strconv.Atoi(lines.Text())
		if err != nil {
			continue // the test framework's own output
		}
		committed = n
		if timer == nil {
			timer = time.AfterFunc(d, func() { _ = cmd.Process.Kill() })
		}
	}
	_ = cmd.Wait() // "signal: killed" is the expected outcome
	if timer == nil {
		t.Fatalf("round %d: the writer never committed", round)
	}
	return committed
}

// runWriter saves batches forever, printing the total committed by this
// process after each commit returns.
func runWriter(path, seed string) {
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	n, _ := strconv.Atoi(seed)
	g := newGenerator(uint64(1000+n), 300, 40)
	total := 0
	for {
		batch := g.batch(10, 5)
		if _, err := s.SaveArticles(context.Background(), batch); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
		total += len(batch)
		fmt.Println(total)
	}
}

// checkAfterKill checks the database a killed writer left.
func checkAfterKill(t *testing.T, s *Store, round, committed int) {
	t.Helper()
	ctx := context.Background()
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	articles, err := s.Articles(ctx, app.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	thisRound := 0
	prefix := fmt.Sprintf("gen-%d-", 1000+round)
	for _, a := range articles {
		if a.MeetingCount != 5 {
			t.Errorf("round %d: article %s has %d meetings, want 5", round, a.Hash, a.MeetingCount)
		}
		if len(a.Hash) > len(prefix) && a.Hash[:len(prefix)] == prefix {
			thisRound++
		}
	}
	if thisRound < committed {
		t.Errorf("round %d: %d articles of this round stored, but %d were reported committed", round, thisRound, committed)
	}
	if c := counts(t, s); c.Meetings != 5*c.Articles {
		t.Errorf("round %d: %d meetings for %d articles, want 5 each", round, c.Meetings, c.Articles)
	}
	t.Logf("round %d: %d articles committed before the kill, %d stored", round, committed, thisRound)
}
