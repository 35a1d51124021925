package storage

import (
	"context"
	"errors"
	"testing"

	"parley/app"
)

// BenchmarkConfirmAndNext measures the review screen's Confirm: one
// transaction that confirms a meeting and finds the next in the needs-review
// queue, with the commit. Each iteration confirms the meeting the previous
// one returned, as a reviewer working down the queue does.
func BenchmarkConfirmAndNext(b *testing.B) {
	s := generated(b, benchMeetings(b))
	ctx := context.Background()
	f := app.MeetingFilter{Status: ptr(app.StatusNew), Sort: app.SortByDate}
	first, err := s.FindMeetings(ctx, app.MeetingFilter{Status: f.Status, Sort: f.Sort, Limit: 1})
	if err != nil || len(first) == 0 {
		b.Fatalf("no meeting to review: %v", err)
	}
	id := first[0].ID
	loop(b, func() error {
		if id, err = s.ConfirmAndNext(ctx, id, f); err == nil && id == 0 {
			err = errors.New("ConfirmAndNext found no next meeting")
		}
		return err
	})
}

// BenchmarkOpenMeeting measures opening a meeting in the review screen: the
// meeting with participants and sources, then its article with the text.
func BenchmarkOpenMeeting(b *testing.B) {
	n := benchMeetings(b)
	s := generated(b, n)
	ctx := context.Background()
	i := int64(0)
	loop(b, func() error {
		i = (i*7919 + 1) % int64(n) // spread over the file, not one hot page
		m, err := s.Meeting(ctx, i+1)
		if err == nil {
			_, err = s.Article(ctx, m.Sources[0].ArticleID)
		}
		return err
	})
}
