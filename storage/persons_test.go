package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"parley/app"
)

// personsBatch reads testdata/persons/articles.json: three articles, four
// meetings, in which one envoy is written "Kim Junpyo" (twice), "Kim" and
// "Ambassador Kim", beside Leila Navabi and Pierre Dufour.
func personsBatch(t testing.TB) []app.NewArticle {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "persons", "articles.json"))
	if err != nil {
		t.Fatal(err)
	}
	var batch []app.NewArticle
	if err := json.Unmarshal(b, &batch); err != nil {
		t.Fatalf("testdata/persons/articles.json: %v", err)
	}
	return batch
}

// openPersons opens a fresh database holding personsBatch.
func openPersons(t testing.TB) *Store {
	t.Helper()
	s := openTest(t)
	save(t, s, personsBatch(t))
	return s
}

// peopleByName lists everyone as name -> person.
func peopleByName(t testing.TB, s *Store) map[string]app.Person {
	t.Helper()
	list, err := s.People(context.Background(), app.PersonFilter{})
	if err != nil {
		t.Fatalf("People: %v", err)
	}
	out := map[string]app.Person{}
	for _, p := range list {
		out[p.Name] = p
	}
	return out
}

// personID is the id of the person named name, failing when none is.
func personID(t testing.TB, s *Store, name string) int64 {
	t.Helper()
	p, ok := peopleByName(t, s)[name]
	if !ok {
		t.Fatalf("no person named %q", name)
	}
	return p.ID
}

// personOf returns s.Person(id) or fails.
func personOf(t testing.TB, s *Store, id int64) app.Person {
	t.Helper()
	p, err := s.Person(context.Background(), id)
	if err != nil {
		t.Fatalf("Person(%d): %v", id, err)
	}
	return p
}

// aliasNames are p's spellings as "name:meetings", sorted.
func aliasNames(p app.Person) []string {
	var out []string
	for _, a := range p.Aliases {
		out = append(out, a.Name+":"+strconv.Itoa(a.Meetings))
	}
	return out
}

// searchCount is how many meetings a full-text search finds.
func searchCount(t testing.TB, s *Store, q string) int {
	t.Helper()
	list, err := s.FindMeetings(context.Background(), app.MeetingFilter{Search: q})
	if err != nil {
		t.Fatalf("FindMeetings(%q): %v", q, err)
	}
	return len(list)
}

// mergeKims merges "Kim" and "Ambassador Kim" into "Kim Junpyo".
func mergeKims(t testing.TB, s *Store) int64 {
	t.Helper()
	keep := personID(t, s, "Kim Junpyo")
	for _, name := range []string{"Kim", "Ambassador Kim"} {
		if err := s.MergePeople(context.Background(), keep, personID(t, s, name)); err != nil {
			t.Fatalf("MergePeople(%s): %v", name, err)
		}
	}
	return keep
}

func TestStore_People(t *testing.T) {
	s := openPersons(t)
	ctx := context.Background()
	tests := []struct {
		name string
		f    app.PersonFilter
		want []string // name:meetings in order
	}{
		{"all by name", app.PersonFilter{}, []string{"Ambassador Kim:1", "Kim:1", "Kim Junpyo:2", "Leila Navabi:2", "Pierre Dufour:2"}},
		{"by meetings", app.PersonFilter{Sort: app.PersonsByMeetings}, []string{"Kim Junpyo:2", "Leila Navabi:2", "Pierre Dufour:2", "Ambassador Kim:1", "Kim:1"}},
		{"search any alias", app.PersonFilter{Search: "KIM"}, []string{"Ambassador Kim:1", "Kim:1", "Kim Junpyo:2"}},
		{"search accents", app.PersonFilter{Search: "júnpyo"}, []string{"Kim Junpyo:2"}},
		{"page", app.PersonFilter{Limit: 2, Offset: 1}, []string{"Kim:1", "Kim Junpyo:2"}},
		{"no match", app.PersonFilter{Search: "nobody"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := s.People(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range list {
				got = append(got, p.Name+":"+strconv.Itoa(p.Meetings))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("People(%+v) = %v, want %v", tt.f, got, tt.want)
			}
		})
	}
}

func TestStore_People_badSort(t *testing.T) {
	s := openTest(t)
	_, err := s.People(context.Background(), app.PersonFilter{Sort: "age"})
	wantCode(t, err, app.EInvalid)
}

func TestStore_Person(t *testing.T) {
	s := openPersons(t)
	p := personOf(t, s, personID(t, s, "Kim Junpyo"))
	if p.Meetings != 2 || !slices.Equal(aliasNames(p), []string{"Kim Junpyo:2"}) {
		t.Errorf("Kim Junpyo = %d meetings, aliases %v; want 2, [Kim Junpyo:2]", p.Meetings, aliasNames(p))
	}
	want := []app.TitleSpan{
		{Title: "Ambassador", First: app.Date{Year: 2024, Month: 3, Day: 5}, Last: app.Date{Year: 2024, Month: 3, Day: 5}, Meetings: 1},
		{Title: "Vice Foreign Minister", First: app.Date{Year: 2025, Month: 1, Day: 10}, Last: app.Date{Year: 2025, Month: 1, Day: 10}, Meetings: 1},
	}
	if !slices.Equal(p.Titles, want) {
		t.Errorf("titles = %+v, want %+v", p.Titles, want)
	}
	_, err := s.Person(context.Background(), 999)
	wantCode(t, err, app.ENotFound)
}

// TestStore_MergePeople checks that after merging, the three spellings are
// one person everywhere: in the list, in meetings, in search and for the
// next import.
func TestStore_MergePeople(t *testing.T) {
	s := openPersons(t)
	ctx := context.Background()
	keep := mergeKims(t, s)
	p := personOf(t, s, keep)
	if p.Name != "Kim Junpyo" || p.Meetings != 4 {
		t.Errorf("merged person = %q with %d meetings, want Kim Junpyo with 4", p.Name, p.Meetings)
	}
	if got, want := aliasNames(p), []string{"Ambassador Kim:1", "Kim:1", "Kim Junpyo:2"}; !slices.Equal(got, want) {
		t.Errorf("aliases = %v, want %v", got, want)
	}
	if c := counts(t, s); c.People != 3 {
		t.Errorf("%d people after merging, want 3", c.People)
	}
	if n := searchCount(t, s, "Junpyo"); n != 4 {
		t.Errorf("search Junpyo finds %d meetings, want 4 (the merged person's name is indexed)", n)
	}
	ms, err := s.PersonMeetings(ctx, keep)
	if err != nil || len(ms) != 4 {
		t.Fatalf("PersonMeetings = %d meetings, %v; want 4", len(ms), err)
	}
	batch := personsBatch(t)[1:2]
	batch[0].Article.Hash = "persons-later"
	save(t, s, batch)
	if p := personOf(t, s, keep); p.Meetings != 5 {
		t.Errorf("after importing Kim again, the person has %d meetings, want 5", p.Meetings)
	}
}

func TestStore_MergePeople_errors(t *testing.T) {
	s := openPersons(t)
	ctx := context.Background()
	kim := personID(t, s, "Kim")
	tests := []struct {
		name       string
		keep, drop int64
		code       app.Code
	}{
		{"self", kim, kim, app.EInvalid},
		{"no keep", 999, kim, app.ENotFound},
		{"no drop", kim, 999, app.ENotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.MergePeople(ctx, tt.keep, tt.drop), tt.code)
		})
	}
	if c := counts(t, s); c.People != 5 {
		t.Errorf("%d people after failed merges, want 5", c.People)
	}
}

// snapshot is what a people change may alter, to compare before and after undo.
func snapshot(t testing.TB, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id || ' ' || name FROM people ORDER BY id`,
		`SELECT person_id || ' ' || alias || ' ' || folded FROM person_aliases ORDER BY person_id, folded`,
		`SELECT meeting_id || ' ' || position || ' ' || person_id FROM participants ORDER BY meeting_id, position`,
	} {
		rows, err := s.read.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			b.WriteString(line + "\n")
		}
		rows.Close()
	}
	return b.String()
}

// undo runs s.Undo or fails.
func undo(t testing.TB, s *Store) app.EditAction {
	t.Helper()
	a, err := s.Undo(context.Background())
	if err != nil {
		t.Fatalf("Undo: %v", err)
	}
	return a
}

// TestStore_peopleUndo checks that each people change undoes to exactly
// the state before it and redoes to exactly the state after it, also after
// the database was closed and opened again.
func TestStore_peopleUndo(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		change func(t *testing.T, s *Store)
	}{
		{"merge into one who shares meetings", func(t *testing.T, s *Store) {
			if err := s.MergePeople(ctx, personID(t, s, "Kim Junpyo"), personID(t, s, "Pierre Dufour")); err != nil {
				t.Fatal(err)
			}
		}},
		{"split", func(t *testing.T, s *Store) {
			if _, err := s.SplitAlias(ctx, personID(t, s, "Kim Junpyo"), "kim"); err != nil {
				t.Fatal(err)
			}
		}},
		{"split canonical name", func(t *testing.T, s *Store) {
			if _, err := s.SplitAlias(ctx, personID(t, s, "Kim Junpyo"), "Kim Junpyo"); err != nil {
				t.Fatal(err)
			}
		}},
		{"rename", func(t *testing.T, s *Store) {
			if err := s.RenamePerson(ctx, personID(t, s, "Kim Junpyo"), "Kim Jun-pyo"); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "parley.db")
			s := openAt(t, path, testOptions())
			save(t, s, personsBatch(t))
			mergeKims(t, s) // every case starts from one merged Kim
			before, fts := snapshot(t, s), searchCount(t, s, "Junpyo")
			tt.change(t, s)
			after := snapshot(t, s)
			if after == before {
				t.Fatal("the change changed nothing")
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s = openAt(t, path, testOptions())
			if a := undo(t, s); a.PersonID == 0 || !strings.HasPrefix(a.String(), "person ") {
				t.Errorf("undo reported %+v (%s), want a person action", a, a)
			}
			if got := snapshot(t, s); got != before {
				t.Errorf("after undo:\n%s\nwant:\n%s", got, before)
			}
			if n := searchCount(t, s, "Junpyo"); n != fts {
				t.Errorf("after undo search Junpyo finds %d meetings, want %d", n, fts)
			}
			if _, err := s.Redo(ctx); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(t, s); got != after {
				t.Errorf("after redo:\n%s\nwant:\n%s", got, after)
			}
		})
	}
}

// TestStore_peopleUndoAll undoes the two merges and the import-time state
// comes back; a person deleted by a merge keeps its id for the undo even
// when a new person was imported in between.
func TestStore_peopleUndoAll(t *testing.T) {
	s := openPersons(t)
	start := snapshot(t, s)
	mergeKims(t, s)
	batch := personsBatch(t)[:1]
	batch[0].Article.Hash = "persons-new-person"
	batch[0].Meetings[0].Participants[1].Name = "Omar Haddad"
	save(t, s, batch)
	if c := counts(t, s); c.People != 4 {
		t.Fatalf("%d people, want 4", c.People)
	}
	haddad := personID(t, s, "Omar Haddad")
	for _, name := range []string{"Ambassador Kim", "Kim"} { // last merged, first back
		undo(t, s)
		if _, ok := peopleByName(t, s)[name]; !ok {
			t.Errorf("undo did not bring %s back", name)
		}
	}
	if personID(t, s, "Omar Haddad") != haddad {
		t.Error("undo changed the new person's id")
	}
	// The import is not an action: without its rows the state is the start.
	got := snapshot(t, s)
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "addad") || strings.HasPrefix(l, "5 0 ") || strings.HasPrefix(l, "5 1 ") { // Haddad, meeting 5
			got = strings.Replace(got, l+"\n", "", 1)
		}
	}
	if got != start {
		t.Errorf("after undoing both merges:\n%s\nwant:\n%s", got, start)
	}
}

func TestStore_SplitAlias(t *testing.T) {
	s := openPersons(t)
	ctx := context.Background()
	keep := mergeKims(t, s)
	id, err := s.SplitAlias(ctx, keep, "  KIM ")
	if err != nil {
		t.Fatal(err)
	}
	kim := personOf(t, s, id)
	if kim.Name != "Kim" || kim.Meetings != 1 || !slices.Equal(aliasNames(kim), []string{"Kim:1"}) {
		t.Errorf("split person = %q, %d meetings, aliases %v; want Kim, 1, [Kim:1]", kim.Name, kim.Meetings, aliasNames(kim))
	}
	rest := personOf(t, s, keep)
	if rest.Name != "Kim Junpyo" || rest.Meetings != 3 {
		t.Errorf("remaining person = %q with %d meetings, want Kim Junpyo with 3", rest.Name, rest.Meetings)
	}
	// A later import of "Kim" resolves to the split-off person.
	batch := personsBatch(t)[1:2]
	batch[0].Article.Hash = "persons-kim-again"
	save(t, s, batch)
	if p := personOf(t, s, id); p.Meetings != 2 {
		t.Errorf("Kim has %d meetings after another import, want 2", p.Meetings)
	}
}

func TestStore_SplitAlias_canonicalName(t *testing.T) {
	s := openPersons(t)
	keep := mergeKims(t, s)
	id, err := s.SplitAlias(context.Background(), keep, "kim junpyo")
	if err != nil {
		t.Fatal(err)
	}
	if p := personOf(t, s, id); p.Name != "Kim Junpyo" || p.Meetings != 2 {
		t.Errorf("split person = %q with %d meetings, want Kim Junpyo with 2", p.Name, p.Meetings)
	}
	if p := personOf(t, s, keep); p.Name != "Ambassador Kim" || p.Meetings != 2 {
		t.Errorf("remaining person = %q with %d meetings, want the first other spelling (Ambassador Kim) with 2", p.Name, p.Meetings)
	}
}

func TestStore_SplitAlias_errors(t *testing.T) {
	s := openPersons(t)
	ctx := context.Background()
	keep := mergeKims(t, s)
	tests := []struct {
		name  string
		id    int64
		alias string
		code  app.Code
	}{
		{"only name", personID(t, s, "Pierre Dufour"), "Pierre Dufour", app.EInvalid},
		{"not a name", keep, "Leila Navabi", app.ENotFound},
		{"blank", keep, " . ", app.ENotFound},
		{"no person", 999, "Kim", app.ENotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.SplitAlias(ctx, tt.id, tt.alias)
			wantCode(t, err, tt.code)
		})
	}
	if c := counts(t, s); c.People != 3 {
		t.Errorf("%d people after failed splits, want 3", c.People)
	}
}

func TestStore_RenamePerson(t *testing.T) {
	s := openPersons(t)
	ctx := context.Background()
	id := personID(t, s, "Kim Junpyo")
	if err := s.RenamePerson(ctx, id, "  Kim   Jun-pyo "); err != nil {
		t.Fatal(err)
	}
	p := personOf(t, s, id)
	if p.Name != "Kim Jun-pyo" || !slices.Equal(aliasNames(p), []string{"Kim Jun-pyo:0", "Kim Junpyo:2"}) {
		t.Errorf("renamed person = %q, aliases %v", p.Name, aliasNames(p))
	}
	if n := searchCount(t, s, "Jun pyo"); n != 2 {
		t.Errorf("search for the new name finds %d meetings, want 2", n)
	}
	for _, bad := range []string{"", "  ", "--", strings.Repeat("x", 201)} {
		wantCode(t, s.RenamePerson(ctx, id, bad), app.EInvalid)
	}
	wantCode(t, s.RenamePerson(ctx, 999, "Someone"), app.ENotFound)
}

// TestStore_RenamePerson_sameName checks that renaming to the name a
// person has logs nothing (there is nothing to undo).
func TestStore_RenamePerson_sameName(t *testing.T) {
	s := openPersons(t)
	ctx := context.Background()
	if err := s.RenamePerson(ctx, personID(t, s, "Kim"), " Kim "); err != nil {
		t.Fatal(err)
	}
	_, err := s.Undo(ctx)
	wantCode(t, err, app.ENotFound)
}

// TestStore_MergePeople_sharedMeeting checks that a meeting both persons
// attended counts once for the merged person (a meeting where one person
// appears twice, as the two sides, is still one meeting).
func TestStore_MergePeople_sharedMeeting(t *testing.T) {
	s := openPersons(t)
	keep := mergeKims(t, s)
	if err := s.MergePeople(context.Background(), keep, personID(t, s, "Pierre Dufour")); err != nil {
		t.Fatal(err)
	}
	if p := personOf(t, s, keep); p.Meetings != 4 {
		t.Errorf("merged person has %d meetings, want 4 (Dufour's two are Kim's too)", p.Meetings)
	}
}

// TestMigrate_personMeetingsIndex checks migration 0002 on a version-1
// file: the data stays, and the People list's counts are read from the
// new index alone.
func TestMigrate_personMeetingsIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	o := testOptions()
	o.migrations = embeddedMigrations()[:1]
	old := openAt(t, path, o)
	save(t, old, personsBatch(t))
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s := openAt(t, path, testOptions())
	var cols []string
	err := eachRowDB(t, s, `SELECT name FROM pragma_index_info('participants_person') ORDER BY seqno`, func(v string) { cols = append(cols, v) })
	if err != nil || !slices.Equal(cols, []string{"person_id", "meeting_id"}) {
		t.Fatalf("participants_person columns = %v (%v), want [person_id meeting_id]", cols, err)
	}
	q, args := peopleQuery(app.PersonFilter{})
	var plan []string
	err = eachRowDB(t, s, `EXPLAIN QUERY PLAN `+q, func(v string) { plan = append(plan, v) }, args...)
	if err != nil || !slices.ContainsFunc(plan, func(l string) bool { return strings.Contains(l, "COVERING INDEX participants_person") }) {
		t.Errorf("the People query does not count from the index alone: %v (%v)", plan, err)
	}
	if p := peopleByName(t, s)["Kim Junpyo"]; p.Meetings != 2 {
		t.Errorf("after the migration Kim Junpyo has %d meetings, want 2", p.Meetings)
	}
}

// eachRowDB runs q on a reader and calls fn with the last column of each row.
func eachRowDB(t testing.TB, s *Store, q string, fn func(string), args ...any) error {
	t.Helper()
	rows, err := s.read.Query(q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	for rows.Next() {
		vals := make([]any, len(cols))
		for i := range vals {
			vals[i] = new(any)
		}
		if err := rows.Scan(vals...); err != nil {
			return err
		}
		fn(fmt.Sprint(*vals[len(vals)-1].(*any)))
	}
	return rows.Err()
}

// TestStore_peopleReplayAfterImport checks undo and redo when an import
// made after the action gave the person to be deleted new participants
// (the log does not know them): they go to the person it was split from
// or merged into, and the replay does not fail.
func TestStore_peopleReplayAfterImport(t *testing.T) {
	ctx := context.Background()
	importKim := func(t *testing.T, s *Store, hash string) int64 {
		t.Helper()
		batch := personsBatch(t)[1:2] // Kim meets Leila Navabi; the text does not say Junpyo
		batch[0].Article.Hash = hash
		return save(t, s, batch)[0].ArticleID
	}
	t.Run("undo split", func(t *testing.T) {
		s := openPersons(t)
		keep := mergeKims(t, s)
		kim, err := s.SplitAlias(ctx, keep, "Kim")
		if err != nil {
			t.Fatal(err)
		}
		importKim(t, s, "persons-after-split")
		if p := personOf(t, s, kim); p.Meetings != 2 {
			t.Fatalf("split-off Kim has %d meetings after the import, want 2", p.Meetings)
		}
		undo(t, s)
		if p := personOf(t, s, keep); p.Meetings != 5 {
			t.Errorf("after undoing the split, Kim Junpyo has %d meetings, want 5", p.Meetings)
		}
		if _, err := s.Person(ctx, kim); app.ErrorCode(err) != app.ENotFound {
			t.Errorf("the split-off person is still there after undo: %v", err)
		}
	})
	t.Run("redo merge", func(t *testing.T) {
		s := openPersons(t)
		keep, kim := personID(t, s, "Kim Junpyo"), personID(t, s, "Kim")
		if err := s.MergePeople(ctx, keep, kim); err != nil {
			t.Fatal(err)
		}
		undo(t, s)
		article := importKim(t, s, "persons-after-undo")
		if _, err := s.Redo(ctx); err != nil {
			t.Fatalf("Redo: %v", err)
		}
		if p := personOf(t, s, keep); p.Meetings != 4 {
			t.Errorf("after redoing the merge, Kim Junpyo has %d meetings, want 4", p.Meetings)
		}
		found, err := s.FindMeetings(ctx, app.MeetingFilter{Search: "Junpyo", ArticleID: &article})
		if err != nil || len(found) != 1 {
			t.Errorf("search Junpyo finds %d of the imported article's meetings (%v), want 1 (its Kim is Kim Junpyo now)", len(found), err)
		}
	})
}
