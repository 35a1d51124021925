package storage

import (
	"context"
	"testing"

	"parley/app"
)

// BenchmarkPeople measures the People tab's queries on a generated file
// (30,000 people with PARLEY_BENCH_MEETINGS=100000): the whole list with
// meeting counts, in both orders and searched, and one person's details
// with their meetings.
func BenchmarkPeople(b *testing.B) {
	s := generated(b, benchMeetings(b))
	ctx := context.Background()
	all, err := s.People(ctx, app.PersonFilter{})
	if err != nil || len(all) < 10 {
		b.Fatalf("People = %d persons, %v", len(all), err)
	}
	filters := []struct {
		name string
		f    app.PersonFilter
	}{
		{"all by name", app.PersonFilter{}},
		{"all by meetings", app.PersonFilter{Sort: app.PersonsByMeetings}},
		{"search", app.PersonFilter{Search: "kar"}},
	}
	for _, f := range filters {
		b.Run(f.name, func(b *testing.B) {
			loop(b, func() error {
				list, err := s.People(ctx, f.f)
				if f.f.Search == "" && len(list) != len(all) {
					b.Fatalf("%d people listed, want %d", len(list), len(all))
				}
				return err
			})
		})
	}
	b.Run("Person and meetings", func(b *testing.B) {
		i := 0
		loop(b, func() error {
			i = (i*7919 + 1) % len(all)
			if _, err := s.Person(ctx, all[i].ID); err != nil {
				return err
			}
			_, err := s.PersonMeetings(ctx, all[i].ID)
			return err
		})
	})
}

// BenchmarkMergePeople measures a merge of the two people with the most
// meetings and its undo (each a transaction with its commit), so every
// iteration starts from the same people.
func BenchmarkMergePeople(b *testing.B) {
	s := generated(b, benchMeetings(b))
	ctx := context.Background()
	top, err := s.People(ctx, app.PersonFilter{Sort: app.PersonsByMeetings, Limit: 2})
	if err != nil || len(top) < 2 {
		b.Fatalf("People = %d persons, %v", len(top), err)
	}
	loop(b, func() error {
		if err := s.MergePeople(ctx, top[0].ID, top[1].ID); err != nil {
			return err
		}
		_, err := s.Undo(ctx)
		return err
	})
}
