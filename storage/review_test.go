package storage

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"parley/app"
)

// reviewFixture saves the sample batch and returns the store and the
// meetings in the review queue's order (date, newest first).
func reviewFixture(t *testing.T) (*Store, []app.Meeting) {
	t.Helper()
	s := openTest(t)
	save(t, s, sampleBatch(t))
	list, err := s.FindMeetings(context.Background(), app.MeetingFilter{Sort: app.SortByDate})
	if err != nil || len(list) != 5 {
		t.Fatalf("FindMeetings: %d meetings, %v", len(list), err)
	}
	return s, list
}

// meeting reads meeting id or fails.
func meeting(t *testing.T, s *Store, id int64) app.Meeting {
	t.Helper()
	m, err := s.Meeting(context.Background(), id)
	if err != nil {
		t.Fatalf("Meeting(%d): %v", id, err)
	}
	return m
}

// editRows counts the meeting edits in the log.
func editRows(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.read.QueryRow(`SELECT count(*) FROM edits`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestStore_UpdateMeeting(t *testing.T) {
	ctx := context.Background()
	place := app.Place{City: "Geneva", Country: "ch", Lat: 46.2, Lon: 6.14, GeoID: 2660646}
	people := []app.Participant{{Name: "Leila Navabi", Country: "IR"}, {Name: "Anna Berg", Title: "Envoy", Country: "SE"}}
	tests := []struct {
		name      string
		update    app.MeetingUpdate
		wantEdits int
		check     func(t *testing.T, m app.Meeting)
	}{
		{"date", app.MeetingUpdate{Date: &app.Date{Year: 2025, Month: 3, Day: 4}}, 1, func(t *testing.T, m app.Meeting) {
			if m.Date != (app.Date{Year: 2025, Month: 3, Day: 4}) {
				t.Errorf("date = %v", m.Date)
			}
		}},
		{"place and venue", app.MeetingUpdate{Place: &place, Venue: ptr(" Palais ")}, 2, func(t *testing.T, m app.Meeting) {
			if m.Place.City != "Geneva" || m.Place.Country != "CH" || m.Place.GeoID != 2660646 || m.Venue != "Palais" {
				t.Errorf("place = %+v, venue %q", m.Place, m.Venue)
			}
		}},
		{"participants", app.MeetingUpdate{Participants: &people}, 1, func(t *testing.T, m app.Meeting) {
			if len(m.Participants) != 2 || m.Participants[1].Name != "Anna Berg" || m.Participants[1].PersonID == 0 {
				t.Errorf("participants = %+v", m.Participants)
			}
		}},
		{"kind topics notes status", app.MeetingUpdate{Kind: ptr(app.KindVideo), Topics: &[]string{"trade", " "},
			Notes: ptr("checked"), Status: ptr(app.StatusRejected)}, 4, func(t *testing.T, m app.Meeting) {
			if m.Kind != app.KindVideo || !slices.Equal(m.Topics, []string{"trade"}) || m.Notes != "checked" || m.Status != app.StatusRejected {
				t.Errorf("meeting = %+v", m)
			}
		}},
		{"unchanged value logs nothing", app.MeetingUpdate{Status: ptr(app.StatusNew)}, 0, func(t *testing.T, m app.Meeting) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, list := reviewFixture(t)
			id := list[1].ID
			if err := s.UpdateMeeting(ctx, id, tt.update); err != nil {
				t.Fatalf("UpdateMeeting: %v", err)
			}
			tt.check(t, meeting(t, s, id))
			if got := editRows(t, s); got != tt.wantEdits {
				t.Errorf("edit rows = %d, want %d", got, tt.wantEdits)
			}
			var actions int
			_ = s.read.QueryRow(`SELECT count(DISTINCT action_id) FROM edits`).Scan(&actions)
			if want := min(tt.wantEdits, 1); actions != want {
				t.Errorf("actions = %d, want %d", actions, want)
			}
		})
	}
}

func TestStore_UpdateMeeting_invalid(t *testing.T) {
	one := []app.Participant{{Name: "Leila Navabi"}}
	tests := []struct {
		name   string
		update app.MeetingUpdate
		code   app.Code
	}{
		{"impossible date", app.MeetingUpdate{Date: &app.Date{Year: 2025, Month: 2, Day: 30}}, app.EInvalid},
		{"one participant", app.MeetingUpdate{Participants: &one}, app.EInvalid},
		{"nameless participant", app.MeetingUpdate{Participants: &[]app.Participant{{Name: "A"}, {Name: " "}}}, app.EInvalid},
		{"bad kind", app.MeetingUpdate{Kind: ptr(app.Kind("fax"))}, app.EInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, list := reviewFixture(t)
			before := meeting(t, s, list[0].ID)
			wantCode(t, s.UpdateMeeting(context.Background(), list[0].ID, tt.update), tt.code)
			if after := meeting(t, s, list[0].ID); after.Date != before.Date || len(after.Participants) != len(before.Participants) {
				t.Errorf("meeting changed: %+v", after)
			}
			if n := editRows(t, s); n != 0 {
				t.Errorf("edit rows = %d, want 0", n)
			}
		})
	}
	s := openTest(t)
	wantCode(t, s.UpdateMeeting(context.Background(), 99, app.MeetingUpdate{Notes: ptr("x")}), app.ENotFound)
}

func TestStore_EditedFields(t *testing.T) {
	s, list := reviewFixture(t)
	ctx := context.Background()
	id := list[0].ID
	if err := s.UpdateMeeting(ctx, id, app.MeetingUpdate{Venue: ptr("Hall"), Date: &app.Date{Year: 2025}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.EditedFields(ctx, id)
	if err != nil || !slices.Equal(got, []string{"date", "venue"}) {
		t.Fatalf("EditedFields = %q, %v; want date, venue", got, err)
	}
	if other, _ := s.EditedFields(ctx, list[1].ID); len(other) != 0 {
		t.Errorf("an untouched meeting reports edited fields %q", other)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.EditedFields(ctx, id); len(got) != 0 {
		t.Errorf("after undo EditedFields = %q, want none", got)
	}
}

func TestStore_UndoRedo(t *testing.T) {
	s, list := reviewFixture(t)
	ctx := context.Background()
	id := list[0].ID
	old := list[0]
	ps := append(slices.Clone(old.Participants), app.Participant{Name: "Anna Berg", Country: "SE"})
	if err := s.UpdateMeeting(ctx, id, app.MeetingUpdate{Date: &app.Date{Year: 2025, Month: 4, Day: 9}, Venue: ptr("Hall")}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateMeeting(ctx, id, app.MeetingUpdate{Participants: &ps}); err != nil {
		t.Fatal(err)
	}
	a, err := s.Undo(ctx)
	if err != nil || !slices.Equal(a.Fields, []string{"participants"}) || a.MeetingID != id {
		t.Fatalf("first Undo = %+v, %v", a, err)
	}
	if m := meeting(t, s, id); len(m.Participants) != len(old.Participants) || m.Venue != "Hall" {
		t.Errorf("after one undo: %d participants, venue %q", len(m.Participants), m.Venue)
	}
	if a, err = s.Undo(ctx); err != nil || len(a.Fields) != 2 {
		t.Fatalf("second Undo = %+v, %v", a, err)
	}
	if m := meeting(t, s, id); m.Date != old.Date || m.Venue != old.Venue {
		t.Errorf("after two undos: date %v venue %q, want %v %q", m.Date, m.Venue, old.Date, old.Venue)
	}
	_, err = s.Undo(ctx)
	wantCode(t, err, app.ENotFound)
	if _, err = s.Redo(ctx); err != nil {
		t.Fatal(err)
	}
	if m := meeting(t, s, id); m.Date != (app.Date{Year: 2025, Month: 4, Day: 9}) || m.Venue != "Hall" {
		t.Errorf("after redo: date %v venue %q", m.Date, m.Venue)
	}
	// A new edit after an undo ends the redo history.
	if err := s.UpdateMeeting(ctx, id, app.MeetingUpdate{Notes: ptr("n")}); err != nil {
		t.Fatal(err)
	}
	_, err = s.Redo(ctx)
	wantCode(t, err, app.ENotFound)
}

func TestStore_Undo_afterReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	s := openAt(t, path, testOptions())
	save(t, s, sampleBatch(t))
	ctx := context.Background()
	list, _ := s.FindMeetings(ctx, app.MeetingFilter{})
	id, old := list[0].ID, list[0].Date
	if err := s.UpdateMeeting(ctx, id, app.MeetingUpdate{Date: &app.Date{Year: 2020}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := openAt(t, path, testOptions())
	if _, err := s2.Undo(ctx); err != nil {
		t.Fatalf("Undo on a reopened store: %v", err)
	}
	if m := meeting(t, s2, id); m.Date != old {
		t.Errorf("date after undo = %v, want %v", m.Date, old)
	}
	if _, err := s2.Redo(ctx); err != nil {
		t.Fatal(err)
	}
	if m := meeting(t, s2, id); m.Date != (app.Date{Year: 2020}) {
		t.Errorf("date after redo = %v, want 2020", m.Date)
	}
}

func TestStore_ConfirmAndNext(t *testing.T) {
	ctx := context.Background()
	t.Run("needs review queue", func(t *testing.T) {
		s, list := reviewFixture(t)
		f := app.MeetingFilter{Status: ptr(app.StatusNew), Sort: app.SortByDate}
		next, err := s.ConfirmAndNext(ctx, list[1].ID, f)
		if err != nil || next != list[2].ID {
			t.Fatalf("ConfirmAndNext = %d, %v; want %d", next, err, list[2].ID)
		}
		if m := meeting(t, s, list[1].ID); m.Status != app.StatusConfirmed {
			t.Errorf("status = %q, want confirmed", m.Status)
		}
		if _, err := s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		if m := meeting(t, s, list[1].ID); m.Status != app.StatusNew {
			t.Errorf("status after undo = %q, want new", m.Status)
		}
	})
	t.Run("last", func(t *testing.T) {
		s, list := reviewFixture(t)
		next, err := s.ConfirmAndNext(ctx, list[4].ID, app.MeetingFilter{})
		if err != nil || next != 0 {
			t.Fatalf("ConfirmAndNext of the last = %d, %v; want 0", next, err)
		}
	})
	t.Run("import order", func(t *testing.T) {
		s, _ := reviewFixture(t)
		next, err := s.ConfirmAndNext(ctx, 3, app.MeetingFilter{Sort: app.SortByImport})
		if err != nil || next != 2 {
			t.Fatalf("ConfirmAndNext = %d, %v; want 2", next, err)
		}
	})
	t.Run("missing", func(t *testing.T) {
		s := openTest(t)
		_, err := s.ConfirmAndNext(ctx, 42, app.MeetingFilter{})
		wantCode(t, err, app.ENotFound)
	})
}
