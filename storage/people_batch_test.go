package storage

import (
	"slices"
	"testing"

	"parley/app"
)

// participantPeople lists the person of every participant, by meeting and
// position.
func participantPeople(t *testing.T, s *Store) []int64 {
	t.Helper()
	rows, err := s.read.Query(`SELECT person_id FROM participants ORDER BY meeting_id, position`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// TestStore_loadPeople checks that resolving a batch's names with one query
// (loadPeople) gives each participant the person that resolving them one
// at a time gives: known names, names new to the batch and named again in
// it, and an alias two people share (the older wins).
func TestStore_loadPeople(t *testing.T) {
	g := newGenerator(5, 30, 6)
	base, next := g.batch(10, 2), g.batch(20, 3) // 30 names: some known, others new and named several times
	sharedName := base[0].Meetings[0].Participants[0].Name
	next[0].Meetings[0].Participants = append(next[0].Meetings[0].Participants, app.Participant{Name: sharedName})
	stores := map[string]*Store{"one batch": openTest(t), "one article at a time": openTest(t)}
	for _, s := range stores {
		save(t, s, base)
		if _, err := s.write.Exec(`INSERT INTO people(id, name, created_at) VALUES (900, 'Namesake', '2020-01-01T00:00:00Z');
			INSERT INTO person_aliases(person_id, alias, folded) VALUES (900, 'Namesake', ?)`, fold(sharedName)); err != nil {
			t.Fatal(err)
		}
	}
	save(t, stores["one batch"], next)
	for _, na := range next {
		save(t, stores["one article at a time"], []app.NewArticle{na})
	}
	want := participantPeople(t, stores["one article at a time"])
	got := participantPeople(t, stores["one batch"])
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("people of the participants differ:\none batch  %v\none by one %v", got, want)
	}
	if slices.Contains(want, 900) {
		t.Errorf("a participant went to the newer of two people sharing an alias")
	}
	if a, b := counts(t, stores["one batch"]), counts(t, stores["one article at a time"]); a.People != b.People {
		t.Errorf("%d people saved in one batch, %d one by one", a.People, b.People)
	}
}
