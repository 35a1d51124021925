package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"parley/app"
)

// The sample batch's meetings, in import order (ids 1-5):
//  1. Tehran IR, 2025-03-03, Navabi (IR) + Kim (KR), topics trade, shipping; article 1
//  2. phone, 2025-03-03, no place, Navabi (IR) + Dufour (FR); article 1
//  3. Isfahan IR, 2025-04, Kim (KR) + Navabi (IR), energy; article 2
//  4. video, 2024-05, no place, Kím Junpyo (KR); article 3
//  5. Geneva CH, undated, Dufour (FR), no source given; article 3
func TestStore_FindMeetings(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	res := save(t, s, sampleBatch(t))
	if err := s.UpdateMeetingStatus(ctx, 1, app.StatusConfirmed); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateMeetingStatus(ctx, 4, app.StatusRejected); err != nil {
		t.Fatal(err)
	}
	d := func(y, m, day int) *app.Date { return &app.Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		name string
		f    app.MeetingFilter
		want []int64
	}{
		{"all by date, undated last", app.MeetingFilter{}, []int64{3, 2, 1, 4, 5}},
		{"all by import", app.MeetingFilter{Sort: app.SortByImport}, []int64{5, 4, 3, 2, 1}},
		{"page", app.MeetingFilter{Limit: 2, Offset: 1}, []int64{2, 1}},
		{"offset without limit", app.MeetingFilter{Offset: 3}, []int64{4, 5}},
		{"status new", app.MeetingFilter{Status: ptr(app.StatusNew)}, []int64{3, 2, 5}},
		{"status confirmed", app.MeetingFilter{Status: ptr(app.StatusConfirmed)}, []int64{1}},
		{"status rejected", app.MeetingFilter{Status: ptr(app.StatusRejected)}, []int64{4}},
		{"country of place or participant", app.MeetingFilter{Country: "IR"}, []int64{3, 2, 1}},
		{"country lower case", app.MeetingFilter{Country: "fr"}, []int64{2, 5}},
		{"country of place only", app.MeetingFilter{Country: "CH"}, []int64{5}},
		{"from a day inside a month-precision date", app.MeetingFilter{From: d(2025, 4, 15)}, []int64{3}},
		{"to the end of 2024", app.MeetingFilter{To: d(2024, 12, 31)}, []int64{4}},
		{"one month", app.MeetingFilter{From: d(2025, 3, 0), To: d(2025, 3, 0)}, []int64{2, 1}},
		{"one year", app.MeetingFilter{From: d(2024, 0, 0), To: d(2024, 0, 0)}, []int64{4}},
		{"range excludes undated", app.MeetingFilter{From: d(1900, 0, 0)}, []int64{3, 2, 1, 4}},
		{"search article text only", app.MeetingFilter{Search: "humanitarian"}, []int64{4, 5}},
		{"search participant name only", app.MeetingFilter{Search: "dufour"}, []int64{2, 1, 5}},
		{"search organisation", app.MeetingFilter{Search: "ministry"}, []int64{1}},
		{"search place", app.MeetingFilter{Search: "isfahan"}, []int64{3}},
		{"search name without accent", app.MeetingFilter{Search: "kim junpyo", Sort: app.SortByImport}, []int64{5, 4, 3, 2, 1}},
		{"search and status", app.MeetingFilter{Search: "dufour", Status: ptr(app.StatusNew)}, []int64{2, 5}},
		{"search no match", app.MeetingFilter{Search: "zeppelin"}, nil},
		{"article", app.MeetingFilter{ArticleID: &res[0].ArticleID}, []int64{2, 1}},
		{"everything at once", app.MeetingFilter{Status: ptr(app.StatusNew), Country: "IR", From: d(2025, 1, 1), Search: "navabi", Limit: 1}, []int64{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := s.FindMeetings(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := meetingIDs(list); !slices.Equal(got, tt.want) {
				t.Errorf("ids = %v, want %v", got, tt.want)
			}
		})
	}
}

func meetingIDs(list []app.Meeting) []int64 {
	var ids []int64
	for _, m := range list {
		ids = append(ids, m.ID)
	}
	return ids
}

func TestStore_FindMeetings_invalidFilter(t *testing.T) {
	s := openTest(t)
	tests := map[string]app.MeetingFilter{
		"status":     {Status: ptr(app.Status("maybe"))},
		"sort":       {Sort: "by mood"},
		"from":       {From: &app.Date{Year: 2025, Month: 2, Day: 30}},
		"unknown to": {To: &app.Date{}},
		"country":    {Country: "Iran"},
	}
	for name, f := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := s.FindMeetings(context.Background(), f)
			wantCode(t, err, app.EInvalid)
		})
	}
}

// TestStore_Meeting checks that a meeting reads back as it was saved,
// with its sources joined to their article.
func TestStore_Meeting(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	b := sampleBatch(t)
	res := save(t, s, b)
	m, err := s.Meeting(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	w := b[0].Meetings[0]
	if m.Kind != w.Kind || m.Date != w.Date || m.Status != app.StatusNew || m.Confidence != w.Confidence ||
		!slices.Equal(m.Topics, w.Topics) || m.CreatedAt.IsZero() || m.Place.City != "Tehran" {
		t.Errorf("Meeting(1) = %+v\nwant the fields of %+v", m, w)
	}
	if len(m.Participants) != 2 || m.Participants[0].Name != "Leila Navabi" ||
		m.Participants[0].Organization != "Ministry of Foreign Affairs" || m.Participants[1].Country != "KR" {
		t.Errorf("participants = %+v", m.Participants)
	}
	src := m.Sources[0]
	a := b[0].Article
	if len(m.Sources) != 1 || src.ArticleID != res[0].ArticleID || src.Evidence != w.Sources[0].Evidence ||
		src.Span != w.Sources[0].Span || src.ArticleTitle != a.Title || src.Outlet != a.Outlet ||
		src.Published != a.Published || src.Path != a.Path {
		t.Errorf("sources = %+v", m.Sources)
	}
	if got := a.Text[src.Span.Start:src.Span.End]; got != src.Evidence {
		t.Errorf("span points at %q, not the evidence", got)
	}
	if m2, _ := s.Meeting(ctx, 2); !slices.Equal(m2.Flags, []string{"no place"}) || m2.Kind != app.KindPhone {
		t.Errorf("Meeting(2) flags %q kind %q", m2.Flags, m2.Kind)
	}
	_, err = s.Meeting(ctx, 99)
	wantCode(t, err, app.ENotFound)
}

func TestStore_EachMeeting(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	g := newGenerator(7, 50, 20)
	save(t, s, g.batch(150, 4)) // 600 meetings: more than two chunks
	filters := map[string]app.MeetingFilter{
		"all":       {},
		"by import": {Sort: app.SortByImport},
		"status":    {Status: ptr(app.StatusConfirmed)},
		"country":   {Country: "KR", From: &app.Date{Year: 2010}},
	}
	for name, f := range filters {
		t.Run(name, func(t *testing.T) {
			want, err := s.FindMeetings(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var got []app.Meeting
			err = s.EachMeeting(ctx, f, func(m app.Meeting) error { got = append(got, m); return nil })
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(meetingIDs(got), meetingIDs(want)) {
				t.Fatalf("EachMeeting gave %d meetings, FindMeetings %d, or in another order", len(got), len(want))
			}
			for i := range got {
				if len(got[i].Participants) != len(want[i].Participants) || len(got[i].Sources) != 1 {
					t.Fatalf("meeting %d: %d participants and %d sources, want %d and 1", got[i].ID,
						len(got[i].Participants), len(got[i].Sources), len(want[i].Participants))
				}
			}
		})
	}
	if c := counts(t, s); c.Meetings != 600 {
		t.Errorf("%d meetings, want 600", c.Meetings)
	}
}

func TestStore_EachMeeting_stopsOnError(t *testing.T) {
	s := openTest(t)
	save(t, s, newGenerator(1, 10, 5).batch(100, 3))
	stop := errors.New("disk of the CSV file is full")
	calls := 0
	err := s.EachMeeting(context.Background(), app.MeetingFilter{}, func(app.Meeting) error {
		if calls++; calls == 260 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 260 {
		t.Errorf("EachMeeting = %v after %d calls; want fn's own error after 260", err, calls)
	}
}

func TestStore_UpdateMeetingStatus(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	save(t, s, sampleBatch(t))
	if err := s.UpdateMeetingStatus(ctx, 3, app.StatusConfirmed); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateMeetingStatus(ctx, 3, app.StatusConfirmed); err != nil { // no change, no edit
		t.Fatal(err)
	}
	if err := s.UpdateMeetingStatus(ctx, 3, app.StatusRejected); err != nil {
		t.Fatal(err)
	}
	m, _ := s.Meeting(ctx, 3)
	if m.Status != app.StatusRejected || !m.UpdatedAt.After(m.CreatedAt) {
		t.Errorf("meeting 3 status %q, updated %v, created %v", m.Status, m.UpdatedAt, m.CreatedAt)
	}
	rows, err := s.read.Query(`SELECT action_id, id, table_name, row_id, field, old_value, new_value, undone FROM edits ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var action, id, row, undone int64
		var table, field, old, new string
		if err := rows.Scan(&action, &id, &table, &row, &field, &old, &new, &undone); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d=%d %s %d %s %s->%s %d", action, id, table, row, field, old, new, undone))
	}
	want := []string{`1=1 meetings 3 status "new"->"confirmed" 0`, `2=2 meetings 3 status "confirmed"->"rejected" 0`}
	if !slices.Equal(got, want) {
		t.Errorf("edits = %q\nwant %q", got, want)
	}
	if c := counts(t, s); c.ByStatus[app.StatusRejected] != 1 || c.ByStatus[app.StatusNew] != 4 {
		t.Errorf("ByStatus = %v", c.ByStatus)
	}
	wantCode(t, s.UpdateMeetingStatus(ctx, 3, "maybe"), app.EInvalid)
	wantCode(t, s.UpdateMeetingStatus(ctx, 42, app.StatusConfirmed), app.ENotFound)
}

func TestDateRange(t *testing.T) {
	tests := []struct {
		d          app.Date
		start, end string
	}{
		{app.Date{}, "", ""},
		{app.Date{Year: 2024}, "2024-01-01", "2024-12-31"},
		{app.Date{Year: 2024, Month: 2}, "2024-02-01", "2024-02-29"},
		{app.Date{Year: 2025, Month: 12}, "2025-12-01", "2025-12-31"},
		{app.Date{Year: 2025, Month: 9, Day: 30}, "2025-09-30", "2025-09-30"},
	}
	for _, tt := range tests {
		if s, e := dateRange(tt.d); s != tt.start || e != tt.end {
			t.Errorf("dateRange(%v) = %s, %s; want %s, %s", tt.d, s, e, tt.start, tt.end)
		}
	}
}
