package export

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"parley/app"
)

// fakeStore serves meetings from memory; only EachMeeting is implemented
// (the embedded nil Store panics if Meetings calls anything else).
type fakeStore struct {
	app.Store
	meetings []app.Meeting
	filter   app.MeetingFilter
	err      error // returned by EachMeeting after the meetings
}

func (s *fakeStore) EachMeeting(ctx context.Context, f app.MeetingFilter, fn func(app.Meeting) error) error {
	s.filter = f
	for _, m := range s.meetings {
		if f.Status != nil && m.Status != *f.Status {
			continue
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	return s.err
}

func TestMeetings(t *testing.T) {
	tests := []struct {
		name     string
		opts     Options
		wantN    int
		wantRows int
		wantIDs  []string
	}{
		{"all wide", Options{}, 3, 3, []string{"1", "2", "3"}},
		{"confirmed", Options{Status: app.StatusConfirmed}, 1, 1, []string{"1"}},
		{"all long", Options{Layout: Long}, 3, 5, []string{"1", "1", "2", "2", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &fakeStore{meetings: sample()}
			var buf bytes.Buffer
			n, err := Meetings(context.Background(), s, &buf, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.wantN {
				t.Errorf("n = %d, want %d", n, tt.wantN)
			}
			rows := readAll(t, buf.Bytes())
			if len(rows)-1 != tt.wantRows {
				t.Fatalf("%d rows, want %d", len(rows)-1, tt.wantRows)
			}
			for i, id := range tt.wantIDs {
				if got := cell(t, rows, i+1, "id"); got != id {
					t.Errorf("row %d id = %q, want %q", i+1, got, id)
				}
			}
			if (tt.opts.Status == "") != (s.filter.Status == nil) {
				t.Errorf("status filter passed to the store = %v, want %q", s.filter.Status, tt.opts.Status)
			}
		})
	}
}

func TestMeetings_errors(t *testing.T) {
	t.Run("bad status", func(t *testing.T) {
		_, err := Meetings(context.Background(), &fakeStore{}, &bytes.Buffer{}, Options{Status: "maybe"})
		if app.ErrorCode(err) != app.EInvalid {
			t.Errorf("err = %v, want invalid", err)
		}
	})
	t.Run("store fails", func(t *testing.T) {
		boom := errors.New("database is locked")
		n, err := Meetings(context.Background(), &fakeStore{meetings: sample()[:1], err: boom}, &bytes.Buffer{}, Options{})
		if !errors.Is(err, boom) {
			t.Errorf("err = %v, want the store's error", err)
		}
		if n != 1 {
			t.Errorf("n = %d, want 1 meeting written before the failure", n)
		}
	})
	t.Run("writer fails", func(t *testing.T) {
		_, err := Meetings(context.Background(), &fakeStore{meetings: sample()}, &failingWriter{after: 10}, Options{})
		if err == nil {
			t.Error("a failing writer gave no error")
		}
	})
}
