package storage

import (
	"context"
	"testing"

	"parley/app"
)

// BenchmarkPeople measures the People tab's queries on a generated file
// (30,000 people with PARLEY_BENCH_MEETINGS=100000): the whole list with
// meeting counts, in both orders and searched, and one person's details.
func BenchmarkPeople(b *testing.B) {
	s := generated(b, benchMeetings(b))
	ctx := context.Background()
	all, err := s.People(ctx, app.PersonFilter{})
	if err != nil || len(all) < 10 {
		b.Fatalf("People = %d persons, %v", len(all), err)
	}
	b.Logf("%d people", len(all))
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
			for b.Loop() {
				if _, err := s.People(ctx, f.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("Person and meetings", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i = (i*7919 + 1) % len(all)
			if _, err := s.Person(ctx, all[i].ID); err != nil {
				b.Fatal(err)
			}
			if _, err := s.PersonMeetings(ctx, all[i].ID); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkMergePeople measures a merge with its undo (each a transaction
// with its commit), so every iteration starts from the same people.
func BenchmarkMergePeople(b *testing.B) {
	s := generated(b, benchMeetings(b))
	ctx := context.Background()
	all, err := s.People(ctx, app.PersonFilter{Sort: app.PersonsByMeetings, Limit: 2})
	if err != nil || len(all) < 2 {
		b.Fatalf("People = %d persons, %v", len(all), err)
	}
	b.Logf("merging persons with %d and %d meetings", all[0].Meetings, all[1].Meetings)
	for b.Loop() {
		if err := s.MergePeople(ctx, all[0].ID, all[1].ID); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Undo(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
