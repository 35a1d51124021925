package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley/app"
	"parley/storage"
)

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	if err := generate(dir, 50, 3); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i := 1; i <= 50; i++ {
		b, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("art-%05d.txt", i)))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if seen[text] {
			t.Errorf("article %d repeats an earlier one", i)
		}
		seen[text] = true
		if !strings.Contains(text, " met ") || !strings.Contains(text, fmt.Sprintf("number %d ", i)) {
			t.Errorf("article %d lacks its meeting or its number:\n%s", i, text)
		}
	}
}

func TestLastEdits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "printed")
	if err := os.WriteFile(path, []byte("10 1\n11 2\nnoise\n12 1\n13 2\n14"), 0o644); err != nil {
		t.Fatal(err)
	}
	last, err := lastEdits(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(last) != 2 || last[1] != 12 || last[2] != 13 {
		t.Errorf("lastEdits = %v, want map[1:12 2:13] (a line cut by the kill ignored)", last)
	}
}

// TestCheckEdits checks that the checker accepts a database holding the
// last printed edit and refuses one that lost it.
func TestCheckEdits(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "parley.db")
	id := storeEditedMeeting(t, db, "crash-edit 5")
	for _, tt := range []struct {
		name    string
		printed string
		ok      bool
	}{
		{"holds the last printed edit", fmt.Sprintf("4 %d\n5 %d\n", id, id), true},
		{"holds a later, unprinted edit", fmt.Sprintf("4 %d\n", id), true},
		{"lost a printed edit", fmt.Sprintf("5 %d\n6 %d\n", id, id), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			printed := filepath.Join(t.TempDir(), "printed")
			if err := os.WriteFile(printed, []byte(tt.printed), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := checkEdits(db, printed); (err == nil) != tt.ok {
				t.Errorf("checkEdits = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

// storeEditedMeeting makes a database with one meeting whose notes were
// edited to notes, and returns the meeting's id.
func storeEditedMeeting(t *testing.T, path, notes string) int64 {
	t.Helper()
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	m := app.Meeting{Kind: app.KindPhone, Status: app.StatusNew, Flags: []string{app.FlagUnnamedCounterpart},
		Participants: []app.Participant{{Name: "Lena Dahl", Country: "NO"}},
		Sources:      []app.Source{{Evidence: "Lena Dahl spoke by phone."}}}
	_, err = s.SaveArticles(ctx, []app.NewArticle{{Article: app.Article{Hash: "h1", Text: "Lena Dahl spoke by phone.", ImportedAt: time.Now()}, Meetings: []app.Meeting{m}}})
	if err != nil {
		t.Fatal(err)
	}
	ids, err := meetingIDs(s)
	if err != nil || len(ids) != 1 {
		t.Fatalf("meetings %v, %v", ids, err)
	}
	if err := s.UpdateMeeting(ctx, ids[0], app.MeetingUpdate{Notes: &notes}); err != nil {
		t.Fatal(err)
	}
	return ids[0]
}
