package storage

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"testing"
	"time"

	"parley/app"
)

// briefOf is what EachMeetingBrief should give for a full meeting.
func briefOf(m app.Meeting) app.Meeting {
	b := app.Meeting{ID: m.ID, Kind: m.Kind, Date: m.Date, Status: m.Status,
		Place: app.Place{City: m.Place.City, Country: m.Place.Country, Lat: m.Place.Lat, Lon: m.Place.Lon}}
	for _, p := range m.Participants {
		b.Participants = append(b.Participants, app.Participant{Name: p.Name, Title: p.Title, Organization: p.Organization, Country: p.Country})
	}
	return b
}

func TestStore_EachMeetingBrief(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	save(t, s, newGenerator(7, 50, 20).batch(60, 4))
	save(t, s, sampleBatch(t)) // organisations, titles and unnamed people
	filters := map[string]app.MeetingFilter{
		"all":        {},
		"status":     {Status: ptr(app.StatusConfirmed)},
		"country":    {Country: "KR", From: &app.Date{Year: 2010}},
		"date range": {From: &app.Date{Year: 2012, Month: 3}, To: &app.Date{Year: 2019}},
		"page":       {Limit: 7, Offset: 3},
	}
	for name, f := range filters {
		t.Run(name, func(t *testing.T) {
			full, err := s.FindMeetings(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var got []app.Meeting
			if err := s.EachMeetingBrief(ctx, f, func(m app.Meeting) error { got = append(got, m); return nil }); err != nil {
				t.Fatal(err)
			}
			if f.Limit == 0 { // the brief walk leaves the order to its callers
				slices.SortFunc(got, func(a, b app.Meeting) int {
					return slices.Index(meetingIDs(full), a.ID) - slices.Index(meetingIDs(full), b.ID)
				})
			}
			if len(got) != len(full) || len(full) == 0 {
				t.Fatalf("EachMeetingBrief gave %d meetings, FindMeetings %d", len(got), len(full))
			}
			for i := range full {
				if want := briefOf(full[i]); !equalBrief(got[i], want) {
					t.Fatalf("meeting %d:\n got %+v\nwant %+v", want.ID, got[i], want)
				}
			}
		})
	}
}

// equalBrief compares the fields the brief walk fills.
func equalBrief(a, b app.Meeting) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Date == b.Date && a.Status == b.Status &&
		a.Place == b.Place && slices.Equal(a.Participants, b.Participants)
}

func TestStore_EachMeetingBrief_errors(t *testing.T) {
	s := openTest(t)
	save(t, s, newGenerator(1, 10, 5).batch(20, 3))
	stop := errors.New("stop here")
	calls := 0
	err := s.EachMeetingBrief(context.Background(), app.MeetingFilter{}, func(app.Meeting) error {
		if calls++; calls == 5 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 5 {
		t.Errorf("EachMeetingBrief = %v after %d calls; want fn's own error after 5", err, calls)
	}
	err = s.EachMeetingBrief(context.Background(), app.MeetingFilter{Country: "Korea"}, func(app.Meeting) error { return nil })
	wantCode(t, err, app.EInvalid)
}

// fullOnly hides EachMeetingBrief, so LoadViewData walks full meetings as
// it did before the brief walk existed.
type fullOnly struct{ app.Store }

// BenchmarkLoadViewData measures what opening the Timeline and Cities
// tabs costs (PARLEY_BENCH_MEETINGS=100000 for the size): the
// brief walk against full meetings, with the heap the result keeps.
func BenchmarkLoadViewData(b *testing.B) {
	n := benchMeetings(b)
	start := time.Now()
	s := generated(b, n)
	b.Logf("generated %d meetings in %v", n, time.Since(start))
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		store app.Store
	}{{"brief", s}, {"full", fullOnly{s}}} {
		b.Run(c.name, func(b *testing.B) {
			var d app.ViewData
			for b.Loop() {
				var err error
				if d, err = app.LoadViewData(ctx, c.store, app.ViewFilter{}); err != nil {
					b.Fatal(err)
				}
			}
			if len(d.Meetings) != n {
				b.Fatalf("%d meetings, want %d", len(d.Meetings), n)
			}
			b.ReportMetric(float64(retained(func() any { d, _ := app.LoadViewData(ctx, c.store, app.ViewFilter{}); return d }))/(1<<20), "MB-kept")
		})
	}
}

// retained is how many bytes of heap the value make returns keeps alive.
func retained(make func() any) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := make()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)
}
