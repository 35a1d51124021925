package storage

import (
	"context"
	"testing"

	"parley/app"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim Junpyo", "kim junpyo"},
		{"  KIM   JUNPYO ", "kim junpyo"},
		{"Kím Junpyo.", "kim junpyo"},
		{"Jean-Yves Le Drian", "jean yves le drian"},
		{"Straße", "strasse"},
		{"Çavuşoğlu", "cavusoglu"},
		{"عباس عراقچی", "عباس عراقچی"},
		{" - . ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := fold(tt.in); got != tt.want {
				t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestStore_personResolution checks that one person is one row across
// articles, whatever the case or accents of the name.
func TestStore_personResolution(t *testing.T) {
	s := openTest(t)
	save(t, s, sampleBatch(t))
	list, err := s.FindMeetings(context.Background(), app.MeetingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]map[int64]bool{} // folded name -> person ids seen
	for _, m := range list {
		for _, p := range m.Participants {
			if p.PersonID == 0 {
				t.Errorf("meeting %d: participant %q has no person", m.ID, p.Name)
			}
			k := fold(p.Name)
			if ids[k] == nil {
				ids[k] = map[int64]bool{}
			}
			ids[k][p.PersonID] = true
		}
	}
	// "Kim Junpyo", "KIM JUNPYO" and "Kím Junpyo" appear in three articles.
	if n := len(ids["kim junpyo"]); n != 1 {
		t.Errorf("Kim Junpyo is %d people, want 1", n)
	}
	if n := len(ids["leila navabi"]); n != 1 {
		t.Errorf("Leila Navabi is %d people, want 1", n)
	}
	if c := counts(t, s); c.People != 3 {
		t.Errorf("%d people, want 3 (Navabi, Kim, Dufour)", c.People)
	}
}

func TestStore_personAliases(t *testing.T) {
	s := openTest(t)
	save(t, s, sampleBatch(t))
	var aliases int
	if err := s.read.QueryRow(`SELECT count(*) FROM person_aliases a JOIN people p ON p.id = a.person_id
		WHERE a.folded = 'kim junpyo' AND p.name = 'Kim Junpyo'`).Scan(&aliases); err != nil {
		t.Fatal(err)
	}
	if aliases != 1 {
		t.Errorf("Kim Junpyo has %d first aliases, want 1", aliases)
	}
}

// TestStore_participantNamingPerson checks that a participant that
// already names its person (chosen by hand) is not re-resolved by name.
func TestStore_participantNamingPerson(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	save(t, s, sampleBatch(t)[:1])
	m1, err := s.Meeting(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	kim := m1.Participants[1].PersonID
	b := sampleBatch(t)[1:2]
	b[0].Meetings[0].Participants = []app.Participant{{PersonID: kim, Name: "the Korean envoy"}}
	save(t, s, b)
	m, err := s.Meeting(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Participants[0]; got.PersonID != kim || got.Name != "the Korean envoy" {
		t.Errorf("participant = %+v, want person %d as written", got, kim)
	}
	if c := counts(t, s); c.People != 3 {
		t.Errorf("%d people, want 3 (no new person for the envoy)", c.People)
	}
}

// TestStore_personResolutionAcrossBatches checks resolution through the
// database (not only within one batch's cache): "Kim Junpyo" saved in
// three separate transactions is one person.
func TestStore_personResolutionAcrossBatches(t *testing.T) {
	s := openTest(t)
	for _, na := range sampleBatch(t) {
		save(t, s, []app.NewArticle{na})
	}
	var people int
	if err := s.read.QueryRow(`SELECT count(DISTINCT person_id) FROM participants
		WHERE name IN ('Kim Junpyo', 'KIM JUNPYO', 'Kím Junpyo')`).Scan(&people); err != nil {
		t.Fatal(err)
	}
	if people != 1 {
		t.Errorf("Kim Junpyo is %d people across batches, want 1", people)
	}
	if c := counts(t, s); c.People != 3 {
		t.Errorf("%d people, want 3", c.People)
	}
}
