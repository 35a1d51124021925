package storage

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"parley/app"
)

// awkwardBatch is an article whose meetings hold what a packed column must
// carry exactly: colons, digits, separators, quotes, escapes, non-Latin
// text, empty fields and a second source in another article.
func awkwardBatch(firstArticle int64) []app.NewArticle {
	text := "12:30 \x1e\x1f Лавров met 李强: \"talks\" 5:5 on\ntrade."
	m := app.Meeting{
		Kind: app.KindVideo, Status: app.StatusConfirmed, Date: app.Date{Year: 2021, Month: 3},
		Venue: "3:Hall", Summary: `said "yes"`, Topics: []string{`a "quoted" topic`, "x,y", "", `\`, "<b>&"},
		Participants: []app.Participant{
			{Name: "Лавров", Title: "12:Minister", Country: "RU"},
			{Name: "李强", Organization: ":", Country: "CN"},
			{Name: "O'Neil 5:", Title: "\x1f"},
		},
		Sources: []app.Source{
			{Evidence: text[:20], Span: app.Span{Start: 0, End: 20}},
			{ArticleID: firstArticle, Evidence: "", Span: app.Span{}},
		},
	}
	plain := app.Meeting{Kind: app.KindPhone, Topics: []string{"trade"}, Flags: []string{"no place"},
		Participants: []app.Participant{{Name: "Ana Costa"}}}
	return []app.NewArticle{{Article: app.Article{Path: "odd/ü:1.txt", Hash: "awkward-1", Format: "txt",
		Title: "7:Title \x1e", Outlet: "", Text: text}, Meetings: []app.Meeting{m, plain, {Participants: nil}}}}
}

// TestStore_EachMeeting_sameAsFindMeetings checks that the one-query walk
// gives exactly what FindMeetings gives, field for field.
func TestStore_EachMeeting_sameAsFindMeetings(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	res := save(t, s, newGenerator(3, 30, 12).batch(40, 3))
	save(t, s, awkwardBatch(res[0].ArticleID))
	filters := map[string]app.MeetingFilter{
		"all by date":   {},
		"all by import": {Sort: app.SortByImport},
		"confirmed":     {Status: ptr(app.StatusConfirmed)},
		"a page":        {Limit: 7, Offset: 5},
		"search":        {Search: "Лавров"},
	}
	for name, f := range filters {
		t.Run(name, func(t *testing.T) {
			want, err := s.FindMeetings(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var got []app.Meeting
			if err := s.EachMeeting(ctx, f, func(m app.Meeting) error { got = append(got, m); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 || len(got) != len(want) {
				t.Fatalf("EachMeeting gave %d meetings, FindMeetings %d", len(got), len(want))
			}
			for i := range want {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("meeting %d:\nEachMeeting  %+v\nFindMeetings %+v", want[i].ID, got[i], want[i])
				}
			}
		})
	}
}

func TestUnpack(t *testing.T) {
	tests := map[string]struct {
		in      string
		n       int
		want    [][]string
		wantErr bool
	}{
		"empty":           {in: "", n: 2},
		"half a record":   {in: "1:a0:2:b:1:c3:d\x1ee", n: 2, wantErr: true},
		"whole records":   {in: "1:a0:2:b:1:c", n: 2, want: [][]string{{"a", ""}, {"b:", "c"}}},
		"multibyte":       {in: "4:Лв3:a:b", n: 2, want: [][]string{{"Лв", "a:b"}}},
		"no colon":        {in: "12", n: 1, wantErr: true},
		"length too long": {in: "9:abc", n: 1, wantErr: true},
		"not a number":    {in: "x:abc", n: 1, wantErr: true},
		"negative":        {in: "-1:abc", n: 1, wantErr: true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var got [][]string
			err := unpack(tc.in, tc.n, func(f []string) error {
				got = append(got, append([]string(nil), f...))
				return nil
			})
			if (err != nil) != tc.wantErr {
				t.Fatalf("unpack(%q) error = %v, want error %v", tc.in, err, tc.wantErr)
			}
			if !tc.wantErr && !reflect.DeepEqual(got, tc.want) {
				t.Errorf("unpack(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDecodeList(t *testing.T) {
	for _, in := range []string{`[]`, `["a"]`, `["a","b"]`, `[""]`, `["a", "b"]`, `["a\"b"]`, `["\u003cb\u003e"]`,
		`["Лавров","李强"]`, `null`, `["a","b"`, `[1]`, "[\"a\x01\"]", "[\"\xff\"]", `["\\"]`} {
		t.Run(strings.ReplaceAll(in, "/", "_"), func(t *testing.T) { checkDecodeList(t, in) })
	}
}

// checkDecodeList fails when decodeList and json.Unmarshal disagree on in.
func checkDecodeList(t *testing.T, in string) {
	t.Helper()
	var want []string
	wantErr := json.Unmarshal([]byte(in), &want)
	got, err := decodeList(in)
	if (err != nil) != (wantErr != nil) || (err == nil && (!reflect.DeepEqual(got, want) || (got == nil) != (want == nil))) {
		t.Errorf("decodeList(%q) = %q, %v; json.Unmarshal gives %q, %v", in, got, err, want, wantErr)
	}
}

func FuzzDecodeList(f *testing.F) {
	for _, seed := range []string{`[]`, `["a","b"]`, `["a", "b"]`, `["x\"y"]`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) { checkDecodeList(t, in) })
}
