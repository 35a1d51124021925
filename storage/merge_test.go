package storage

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"parley/app"
)

// The meetings of testdata/merge/articles.json, by id: 1 (article 1) and
// 2 (article 2) are Navabi and Kim on 3 and 4 March, one meeting reported
// twice; 3 is Navabi phoning Dufour; 4 and 5 are Navabi and Kim twice on
// 10 March in article 3.
const (
	mSeoul, mWire, mPhone, mBusan, mSigning = 1, 2, 3, 4, 5
	aSeoul, aWire, aBusan                   = 1, 2, 3
)

// openMerge opens a new database holding testdata/merge/articles.json.
func openMerge(t *testing.T) *Store {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "merge", "articles.json"))
	if err != nil {
		t.Fatal(err)
	}
	var batch []app.NewArticle
	if err := json.Unmarshal(b, &batch); err != nil {
		t.Fatalf("testdata/merge/articles.json: %v", err)
	}
	s := openTest(t)
	save(t, s, batch)
	return s
}

// gone fails unless meeting id is missing.
func gone(t *testing.T, s *Store, id int64) {
	t.Helper()
	_, err := s.Meeting(context.Background(), id)
	wantCode(t, err, app.ENotFound)
}

// sameMeeting fails unless got is want as stored (ignoring update time).
func sameMeeting(t *testing.T, got, want app.Meeting) {
	t.Helper()
	got.UpdatedAt = want.UpdatedAt
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meeting %d =\n%+v\nwant\n%+v", want.ID, got, want)
	}
}

func sourceArticles(m app.Meeting) []int64 {
	var ids []int64
	for _, src := range m.Sources {
		ids = append(ids, src.ArticleID)
	}
	return ids
}

func undoOK(t *testing.T, s *Store) app.EditAction {
	t.Helper()
	a, err := s.Undo(context.Background())
	if err != nil {
		t.Fatalf("Undo: %v", err)
	}
	return a
}

func redoOK(t *testing.T, s *Store) app.EditAction {
	t.Helper()
	a, err := s.Redo(context.Background())
	if err != nil {
		t.Fatalf("Redo: %v", err)
	}
	return a
}

func TestStore_MergeMeetings(t *testing.T) {
	s := openMerge(t)
	ctx := context.Background()
	keep, other := meeting(t, s, mSeoul), meeting(t, s, mWire)
	if err := s.MergeMeetings(ctx, mSeoul, mWire); err != nil {
		t.Fatal(err)
	}
	m := meeting(t, s, mSeoul)
	gone(t, s, mWire)
	if got := sourceArticles(m); !slices.Equal(got, []int64{aSeoul, aWire}) {
		t.Errorf("sources from articles %v, want %v", got, []int64{aSeoul, aWire})
	}
	if m.Sources[1].Evidence != other.Sources[0].Evidence || m.Sources[1].Span != other.Sources[0].Span {
		t.Errorf("second source %+v lost the other meeting's evidence %+v", m.Sources[1], other.Sources[0])
	}
	if len(m.Participants) != 2 || m.Participants[1].Title != "Ambassador" {
		t.Errorf("participants = %+v, want Navabi and Kim once each, Kim as Ambassador", m.Participants)
	}
	if !slices.Equal(m.Topics, []string{"trade", "shipping"}) {
		t.Errorf("topics = %q", m.Topics)
	}
	// The merged meeting is found from the other's article and by its topic.
	if found, _ := s.FindMeetings(ctx, app.MeetingFilter{ArticleID: ptr(int64(aWire))}); !slices.ContainsFunc(found, func(m app.Meeting) bool { return m.ID == mSeoul }) {
		t.Errorf("the wire article's meetings lack the merged meeting %d", mSeoul)
	}
	if found, _ := s.FindMeetings(ctx, app.MeetingFilter{Search: "shipping"}); len(found) != 1 || found[0].ID != mSeoul {
		t.Errorf("search for the other's topic finds %d meetings, want meeting %d", len(found), mSeoul)
	}
	if c := counts(t, s); c.Meetings != 4 {
		t.Errorf("%d meetings after the merge, want 4", c.Meetings)
	}
	fields, _ := s.EditedFields(ctx, mSeoul)
	if !slices.Equal(fields, []string{fieldMerged}) {
		t.Errorf("edited fields = %q, want %q", fields, fieldMerged)
	}

	a := undoOK(t, s)
	sameMeeting(t, meeting(t, s, mSeoul), keep)
	sameMeeting(t, meeting(t, s, mWire), other)
	if a.MeetingID != mWire && a.MeetingID != mSeoul {
		t.Errorf("undo reports meeting %d", a.MeetingID)
	}
	if a = redoOK(t, s); a.MeetingID != mSeoul {
		t.Errorf("redo reports meeting %d, want the one kept, %d", a.MeetingID, mSeoul)
	}
	sameMeeting(t, meeting(t, s, mSeoul), m)
	gone(t, s, mWire)
}

func TestStore_MergeMeetings_errors(t *testing.T) {
	s := openMerge(t)
	ctx := context.Background()
	tests := []struct {
		name        string
		keep, other int64
		code        app.Code
	}{
		{"itself", mSeoul, mSeoul, app.EInvalid},
		{"missing keep", 99, mSeoul, app.ENotFound},
		{"missing other", mSeoul, 99, app.ENotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.MergeMeetings(ctx, tt.keep, tt.other), tt.code)
		})
	}
	if c := counts(t, s); c.Meetings != 5 {
		t.Errorf("%d meetings after failed merges, want 5", c.Meetings)
	}
	if _, err := s.Undo(ctx); app.ErrorCode(err) != app.ENotFound {
		t.Errorf("failed merges left something to undo: %v", err)
	}
}

func TestStore_DeleteMeeting(t *testing.T) {
	s := openMerge(t)
	ctx := context.Background()
	before := meeting(t, s, mPhone)
	if err := s.DeleteMeeting(ctx, mPhone); err != nil {
		t.Fatal(err)
	}
	gone(t, s, mPhone)
	if found, _ := s.FindMeetings(ctx, app.MeetingFilter{Country: "FR"}); len(found) != 0 {
		t.Errorf("the country filter still finds the deleted meeting: %+v", found)
	}
	wantCode(t, s.DeleteMeeting(ctx, mPhone), app.ENotFound)

	// Undo on a reopened file: the deleted meeting is in the log.
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path, testOptions())
	if a := undoOK(t, s); a.MeetingID != mPhone {
		t.Errorf("undo reports meeting %d, want %d", a.MeetingID, mPhone)
	}
	sameMeeting(t, meeting(t, s, mPhone), before)
	if found, _ := s.FindMeetings(ctx, app.MeetingFilter{Country: "FR"}); len(found) != 1 {
		t.Errorf("the country filter finds %d meetings with France after undo, want 1", len(found))
	}
	redoOK(t, s)
	gone(t, s, mPhone)
}

func TestStore_CreateMeeting(t *testing.T) {
	s := openMerge(t)
	ctx := context.Background()
	id, err := s.CreateMeeting(ctx, app.Meeting{Date: app.Date{Year: 2025, Month: 3, Day: 5},
		Participants: []app.Participant{{Name: "Kim Junpyo"}, {Name: "Anna Berg", Country: "se"}},
		Sources:      []app.Source{{ArticleID: aWire}}})
	if err != nil {
		t.Fatal(err)
	}
	m := meeting(t, s, id)
	if m.Kind != app.KindInPerson || m.Status != app.StatusNew || len(m.Participants) != 2 || m.Participants[1].Country != "SE" {
		t.Errorf("new meeting = %+v", m)
	}
	kim := meeting(t, s, mSeoul).Participants[1].PersonID
	if m.Participants[0].PersonID != kim {
		t.Errorf("Kim Junpyo is person %d in the new meeting, %d elsewhere", m.Participants[0].PersonID, kim)
	}
	if found, _ := s.FindMeetings(ctx, app.MeetingFilter{Search: "Berg"}); len(found) != 1 || found[0].ID != id {
		t.Errorf("search for the new participant finds %+v", found)
	}
	if fields, _ := s.EditedFields(ctx, id); !slices.Equal(fields, []string{fieldCreated}) {
		t.Errorf("edited fields = %q, want %q", fields, fieldCreated)
	}
	undoOK(t, s)
	gone(t, s, id)
	redoOK(t, s)
	sameMeeting(t, meeting(t, s, id), m)
}

func TestStore_CreateMeeting_invalid(t *testing.T) {
	s := openMerge(t)
	tests := []struct {
		name string
		m    app.Meeting
		code app.Code
	}{
		{"no source", app.Meeting{}, app.EInvalid},
		{"source without article", app.Meeting{Sources: []app.Source{{Evidence: "x"}}}, app.EInvalid},
		{"missing article", app.Meeting{Sources: []app.Source{{ArticleID: 42}}}, app.ENotFound},
		{"bad date", app.Meeting{Date: app.Date{Year: 2025, Month: 2, Day: 30}, Sources: []app.Source{{ArticleID: 1}}}, app.EInvalid},
		{"bad country", app.Meeting{Participants: []app.Participant{{Name: "A", Country: "Iran"}},
			Sources: []app.Source{{ArticleID: 1}}}, app.EInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.CreateMeeting(context.Background(), tt.m)
			wantCode(t, err, tt.code)
		})
	}
	if c := counts(t, s); c.Meetings != 5 {
		t.Errorf("%d meetings after refused creations, want 5", c.Meetings)
	}
}

func TestStore_SplitMeeting(t *testing.T) {
	tests := []struct {
		name                  string
		split                 app.MeetingSplit
		restArts, newArts     []int64
		restPeople, newPeople int
	}{
		{"by source", app.MeetingSplit{Sources: []int{1}}, []int64{aSeoul}, []int64{aWire}, 2, 2},
		{"by participant", app.MeetingSplit{Participants: []int{0}}, []int64{aSeoul, aWire}, []int64{aSeoul, aWire}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openMerge(t)
			ctx := context.Background()
			if err := s.MergeMeetings(ctx, mSeoul, mWire); err != nil {
				t.Fatal(err)
			}
			merged := meeting(t, s, mSeoul)
			id, err := s.SplitMeeting(ctx, mSeoul, tt.split)
			if err != nil {
				t.Fatal(err)
			}
			rest, split := meeting(t, s, mSeoul), meeting(t, s, id)
			if got := sourceArticles(rest); !slices.Equal(got, tt.restArts) {
				t.Errorf("kept meeting's articles = %v, want %v", got, tt.restArts)
			}
			if got := sourceArticles(split); !slices.Equal(got, tt.newArts) {
				t.Errorf("new meeting's articles = %v, want %v", got, tt.newArts)
			}
			if len(rest.Participants) != tt.restPeople || len(split.Participants) != tt.newPeople {
				t.Errorf("participants %d and %d, want %d and %d", len(rest.Participants), len(split.Participants), tt.restPeople, tt.newPeople)
			}
			if split.Date != merged.Date || split.Status != app.StatusNew {
				t.Errorf("new meeting date %v status %s, want %v new", split.Date, split.Status, merged.Date)
			}
			if a := undoOK(t, s); a.MeetingID != mSeoul {
				t.Errorf("undo of the split reports meeting %d, want %d", a.MeetingID, mSeoul)
			}
			gone(t, s, id)
			sameMeeting(t, meeting(t, s, mSeoul), merged)
		})
	}
}

func TestStore_SplitMeeting_invalid(t *testing.T) {
	s := openMerge(t)
	_, err := s.SplitMeeting(context.Background(), mSeoul, app.MeetingSplit{Sources: []int{0}})
	wantCode(t, err, app.EInvalid) // its only source
	_, err = s.SplitMeeting(context.Background(), 99, app.MeetingSplit{Participants: []int{0}})
	wantCode(t, err, app.ENotFound)
}

// An import after a delete may give the deleted meeting's id to a new
// meeting; undoing the delete must then refuse, not overwrite it.
func TestStore_undoRefusesReusedID(t *testing.T) {
	s := openMerge(t)
	ctx := context.Background()
	if err := s.DeleteMeeting(ctx, mSigning); err != nil {
		t.Fatal(err)
	}
	batch := []app.NewArticle{{Article: app.Article{Hash: "later", Text: "Later."},
		Meetings: []app.Meeting{{Participants: []app.Participant{{Name: "Tom Berg"}, {Name: "Ann Lee"}}}}}}
	save(t, s, batch)
	imported := meeting(t, s, mSigning)
	if imported.Participants[0].Name != "Tom Berg" {
		t.Fatalf("the import did not reuse id %d: %+v", mSigning, imported)
	}
	_, err := s.Undo(ctx)
	wantCode(t, err, app.EInvalid)
	sameMeeting(t, meeting(t, s, mSigning), imported)
}

func TestStore_DuplicateCandidates(t *testing.T) {
	s := openMerge(t)
	ctx := context.Background()
	pairs, err := s.DuplicateCandidates(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 1 || pairs[0].A.ID != mSeoul || pairs[0].B.ID != mWire {
		t.Fatalf("pairs = %v, want only %d and %d (4 and 5 share their article)", pairKeys(pairs), mSeoul, mWire)
	}
	if len(pairs[0].A.Participants) != 2 || len(pairs[0].B.Sources) != 1 {
		t.Errorf("pair meetings are not complete: %+v", pairs[0])
	}

	// Moving the wire report two days later makes it no longer adjacent.
	d := app.Date{Year: 2025, Month: 3, Day: 5}
	if err := s.UpdateMeeting(ctx, mWire, app.MeetingUpdate{Date: &d}); err != nil {
		t.Fatal(err)
	}
	if pairs, _ = s.DuplicateCandidates(ctx, 0); len(pairs) != 0 {
		t.Errorf("pairs two days apart = %v, want none", pairKeys(pairs))
	}
	// Known only to the month, the Busan meeting overlaps both March days.
	month := app.Date{Year: 2025, Month: 3}
	if err := s.UpdateMeeting(ctx, mBusan, app.MeetingUpdate{Date: &month}); err != nil {
		t.Fatal(err)
	}
	pairs, _ = s.DuplicateCandidates(ctx, 0)
	if got := pairKeys(pairs); !slices.Equal(got, [][2]int64{{mSeoul, mBusan}, {mWire, mBusan}}) &&
		!slices.Equal(got, [][2]int64{{mWire, mBusan}, {mSeoul, mBusan}}) {
		t.Errorf("pairs with a month date = %v", got)
	}
	if pairs, _ = s.DuplicateCandidates(ctx, 1); len(pairs) != 1 {
		t.Errorf("limit 1 gave %d pairs", len(pairs))
	}
	// A rejected meeting is no candidate.
	if err := s.UpdateMeetingStatus(ctx, mBusan, app.StatusRejected); err != nil {
		t.Fatal(err)
	}
	if pairs, _ = s.DuplicateCandidates(ctx, 0); len(pairs) != 0 {
		t.Errorf("pairs with a rejected meeting = %v, want none", pairKeys(pairs))
	}
}

func pairKeys(pairs []app.DuplicatePair) [][2]int64 {
	var out [][2]int64
	for _, p := range pairs {
		out = append(out, [2]int64{p.A.ID, p.B.ID})
	}
	return out
}

func BenchmarkDuplicateCandidates(b *testing.B) {
	s := generated(b, benchMeetings(b))
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.DuplicateCandidates(context.Background(), 200); err != nil {
			b.Fatal(err)
		}
	}
}

// A meeting made by hand never takes the id of a deleted one, which would
// give it the deleted meeting's edit history.
func TestStore_CreateMeeting_freshID(t *testing.T) {
	s := openMerge(t)
	ctx := context.Background()
	if err := s.DeleteMeeting(ctx, mSigning); err != nil {
		t.Fatal(err)
	}
	id, err := s.CreateMeeting(ctx, app.Meeting{Sources: []app.Source{{ArticleID: aBusan}}})
	if err != nil {
		t.Fatal(err)
	}
	if id != mSigning+1 {
		t.Errorf("new meeting id = %d, want %d (above the deleted %d)", id, mSigning+1, mSigning)
	}
	if fields, _ := s.EditedFields(ctx, id); !slices.Equal(fields, []string{fieldCreated}) {
		t.Errorf("edited fields of the new meeting = %q", fields)
	}
	undoOK(t, s)
	undoOK(t, s)
	if _, err := s.Meeting(ctx, mSigning); err != nil {
		t.Errorf("undoing the delete after the creation: %v", err)
	}
}

// BenchmarkMergeMeetings merges two meetings and undoes the merge, the
// way a user trying Merge and Ctrl+Z does, on a generated database.
func BenchmarkMergeMeetings(b *testing.B) {
	s := generated(b, benchMeetings(b))
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if err := s.MergeMeetings(ctx, 100, 101); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Undo(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
