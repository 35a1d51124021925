package storage

import (
	"context"
	"slices"
	"strconv"
	"testing"

	"parley/app"
)

// seoulAgain is a fresh extraction of the Seoul article (testdata/merge):
// the same meeting, now with a venue, another date and a third person, and
// a second meeting the first extraction missed.
func seoulAgain(t *testing.T, s *Store) app.Extraction {
	t.Helper()
	m := meeting(t, s, mSeoul)
	again := app.Meeting{
		Date:  app.Date{Year: 2025, Month: 3, Day: 2},
		Place: m.Place, Venue: "Blue House", Topics: m.Topics,
		Participants: append(slices.Clone(m.Participants), app.Participant{Name: "Park Minji", Country: "KR"}),
		Sources:      []app.Source{{Evidence: m.Sources[0].Evidence, Span: m.Sources[0].Span}},
	}
	for i := range again.Participants {
		again.Participants[i].PersonID = 0 // extraction does not know people
	}
	missed := app.Meeting{Participants: []app.Participant{{Name: "Leila Navabi"}, {Name: "Park Minji"}},
		Sources: []app.Source{{Evidence: "They talked about trade.", Span: app.Span{Start: 90, End: 114}}}}
	return app.Extraction{Meetings: []app.Meeting{again, missed}}
}

// proposalFields lists the proposals as "meeting:field" or "new".
func proposalFields(ps []app.Proposal) []string {
	var out []string
	for _, p := range ps {
		if p.New != nil {
			out = append(out, "new")
			continue
		}
		out = append(out, strconv.FormatInt(p.MeetingID, 10)+":"+p.Field)
	}
	return out
}

func TestStore_ReextractProposals(t *testing.T) {
	tests := []struct {
		name   string
		before func(t *testing.T, s *Store)
		want   []string
	}{
		{"untouched", func(*testing.T, *Store) {}, []string{"1:date", "1:venue", "1:participants", "new"}},
		{"date edited", func(t *testing.T, s *Store) {
			d := app.Date{Year: 2025, Month: 3, Day: 5}
			if err := s.UpdateMeeting(context.Background(), mSeoul, app.MeetingUpdate{Date: &d, Venue: ptr("Embassy")}); err != nil {
				t.Fatal(err)
			}
		}, []string{"1:participants", "new"}},
		{"merged", func(t *testing.T, s *Store) {
			if err := s.MergeMeetings(context.Background(), mSeoul, mWire); err != nil {
				t.Fatal(err)
			}
		}, []string{"new"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openMerge(t)
			ext := seoulAgain(t, s)
			tt.before(t, s)
			ps, err := s.ReextractProposals(context.Background(), aSeoul, ext)
			if err != nil {
				t.Fatal(err)
			}
			if got := proposalFields(ps); !slices.Equal(got, tt.want) {
				t.Errorf("proposals = %q, want %q", got, tt.want)
			}
		})
	}
	_, err := openMerge(t).ReextractProposals(context.Background(), 99, app.Extraction{})
	wantCode(t, err, app.ENotFound)
}

func TestStore_ApplyProposals(t *testing.T) {
	s := openMerge(t)
	ctx := context.Background()
	before := meeting(t, s, mSeoul)
	ps, err := s.ReextractProposals(ctx, aSeoul, seoulAgain(t, s))
	if err != nil {
		t.Fatal(err)
	}
	// Someone types a date after the proposals were made: that one is skipped.
	d := app.Date{Year: 2025, Month: 3, Day: 5}
	if err := s.UpdateMeeting(ctx, mSeoul, app.MeetingUpdate{Date: &d}); err != nil {
		t.Fatal(err)
	}
	n, err := s.ApplyProposals(ctx, aSeoul, ps)
	if err != nil || n != 3 {
		t.Fatalf("ApplyProposals = %d, %v; want 3 made (venue, participants, new meeting)", n, err)
	}
	m := meeting(t, s, mSeoul)
	if m.Date != d || m.Venue != "Blue House" || len(m.Participants) != 3 {
		t.Errorf("after applying: date %v venue %q %d participants; want the typed date kept, Blue House, 3", m.Date, m.Venue, len(m.Participants))
	}
	if m.Participants[1].PersonID != before.Participants[1].PersonID {
		t.Errorf("Kim Junpyo became person %d, was %d", m.Participants[1].PersonID, before.Participants[1].PersonID)
	}
	found, _ := s.FindMeetings(ctx, app.MeetingFilter{ArticleID: ptr(int64(aSeoul))})
	if len(found) != 2 {
		t.Fatalf("the article has %d meetings after applying, want 2", len(found))
	}
	// One undo takes the whole re-extraction back; the typed date stays.
	undoOK(t, s)
	m = meeting(t, s, mSeoul)
	if m.Venue != "" || len(m.Participants) != 2 || m.Date != d {
		t.Errorf("after undo: venue %q, %d participants, date %v", m.Venue, len(m.Participants), m.Date)
	}
	if found, _ = s.FindMeetings(ctx, app.MeetingFilter{ArticleID: ptr(int64(aSeoul))}); len(found) != 1 {
		t.Errorf("the article has %d meetings after undo, want 1", len(found))
	}
	// Accepted fields count as edited: no proposal for them next time.
	redoOK(t, s)
	ps, _ = s.ReextractProposals(ctx, aSeoul, seoulAgain(t, s))
	if got := proposalFields(ps); len(got) != 0 {
		t.Errorf("proposals after applying = %q, want none", got)
	}
}
