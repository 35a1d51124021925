package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sample returns meetings that exercise every column: two sources, no
// place, a month date, non-Latin names, quotes, commas, line breaks,
// a negative longitude and cells that look like formulas.
func sample() []app.Meeting {
	return []app.Meeting{
		{
			ID: 1, Status: app.StatusConfirmed, Kind: app.KindInPerson,
			Date:  app.Date{Year: 2025, Month: 9, Day: 30},
			Place: app.Place{City: "Isfahan", Country: "IR", Lat: 32.65246, Lon: 51.67462},
			Venue: "Isfahan City Hall",
			Participants: []app.Participant{
				{Name: "Ali Ghasemzadeh", Title: "Mayor of Isfahan", Organization: "Isfahan Municipality", Country: "IR"},
				{Name: "김준표", Title: "Ambassador", Organization: "Embassy of the Republic of Korea", Country: "KR"},
			},
			Topics: []string{"culture", "tourism"},
			Sources: []app.Source{
				{ArticleTitle: "Mayor receives envoy", Outlet: "IMNA", Published: app.Date{Year: 2025, Month: 10, Day: 1},
					Path: "/news/imna.txt", Evidence: "The mayor met the ambassador on Tuesday."},
				{ArticleTitle: "Envoy visits Isfahan,\nsecond report", Outlet: "Tehran Times", Published: app.Date{Year: 2025, Month: 10, Day: 2},
					Path: "/news/tt.html", Evidence: `He said "Isfahan is a bridge".`},
			},
		},
		{
			ID: 2, Status: app.StatusNew, Kind: app.KindPhone,
			Date: app.Date{Year: 2024, Month: 3},
			Participants: []app.Participant{
				{Name: "=HYPERLINK(\"http://x\")", Title: "+Minister", Country: "MX"},
				{Name: "عباس عراقچی", Title: "Foreign Minister", Country: "IR"},
			},
			Topics:  []string{"-trade", "@energy"},
			Sources: []app.Source{{ArticleTitle: "Call", Path: "call.md", Evidence: "\tThey spoke by phone."}},
		},
		{
			ID: 3, Status: app.StatusRejected, Kind: app.KindInPerson,
			Place: app.Place{City: "Mexico City", Country: "MX", Lat: 19.42847, Lon: -99.12766},
			Venue: "Palacio Nacional, \"main hall\"\r\nsecond floor",
		},
	}
}

func TestCSV_golden(t *testing.T) {
	for _, layout := range Layouts {
		t.Run(string(layout), func(t *testing.T) {
			got := writeAll(t, layout, sample())
			golden := filepath.Join("testdata", string(layout)+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test -update if the change is intended)\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

func TestNewCSV_header(t *testing.T) {
	tests := []struct {
		layout Layout
		want   string
	}{
		{Wide, "id,status,date,date_precision,kind,city,country,latitude,longitude,venue,participants,topics,article_titles,outlet,published,source_files,evidence\n"},
		{Long, "id,status,date,date_precision,kind,city,country,latitude,longitude,venue,topics,article_titles,outlet,published,source_files,evidence,participant_name,participant_title,participant_organization,participant_country\n"},
	}
	for _, tt := range tests {
		t.Run(string(tt.layout), func(t *testing.T) {
			got := string(writeAll(t, tt.layout, nil))
			if !strings.HasPrefix(got, "\xEF\xBB\xBF") {
				t.Fatalf("output does not start with the UTF-8 byte-order mark: %q", got)
			}
			if got = strings.TrimPrefix(got, "\xEF\xBB\xBF"); got != tt.want {
				t.Errorf("header = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNewCSV_badLayout(t *testing.T) {
	var buf bytes.Buffer
	_, err := NewCSV(&buf, "tall")
	if app.ErrorCode(err) != app.EInvalid {
		t.Fatalf("err = %v, want an invalid-input error", err)
	}
	if buf.Len() != 0 {
		t.Errorf("a refused layout wrote %q", buf.String())
	}
}

// TestCSV_cells reads the CSV back with encoding/csv and checks single
// cells: formula neutralisation, numbers left alone, line breaks.
func TestCSV_cells(t *testing.T) {
	tests := []struct {
		name   string
		m      app.Meeting
		column string
		want   string
	}{
		{"equals", app.Meeting{Venue: "=1+1"}, "venue", "'=1+1"},
		{"plus", app.Meeting{Venue: "+49 30"}, "venue", "'+49 30"},
		{"minus", app.Meeting{Venue: "-2+3"}, "venue", "'-2+3"},
		{"at", app.Meeting{Venue: "@SUM(A1)"}, "venue", "'@SUM(A1)"},
		{"tab", app.Meeting{Venue: "\t=1"}, "venue", "'\t=1"},
		{"carriage return", app.Meeting{Venue: "\r=1"}, "venue", "'\n=1"},
		{"inner equals kept", app.Meeting{Venue: "a=b"}, "venue", "a=b"},
		{"leading space kept", app.Meeting{Venue: " =x"}, "venue", " =x"},
		{"participant name", app.Meeting{Participants: []app.Participant{{Name: "=cmd|'/c calc'!A1"}}}, "participants", "'=cmd|'/c calc'!A1"},
		{"topic", app.Meeting{Topics: []string{"+trade", "=x"}}, "topics", "'+trade; =x"},
		{"evidence", app.Meeting{Sources: []app.Source{{Evidence: "-- quote"}}}, "evidence", "'-- quote"},
		{"negative longitude", app.Meeting{Place: app.Place{Lat: -33.86785, Lon: -151.20732}}, "longitude", "-151.20732"},
		{"no coordinates", app.Meeting{Place: app.Place{City: "Atlantis"}}, "latitude", ""},
		{"crlf venue", app.Meeting{Venue: "a\r\nb\rc\nd"}, "venue", "a\nb\nc\nd"},
		{"quotes and commas", app.Meeting{Venue: `"Blue House", Seoul`}, "venue", `"Blue House", Seoul`},
		{"participant without role", app.Meeting{Participants: []app.Participant{{Name: "Kim"}, {Name: "Lee", Country: "KR"}}}, "participants", "Kim; Lee (KR)"},
		{"month date", app.Meeting{Date: app.Date{Year: 2025, Month: 9}}, "date", "2025-09"},
		{"month precision", app.Meeting{Date: app.Date{Year: 2025, Month: 9}}, "date_precision", "month"},
		{"unknown date", app.Meeting{}, "date_precision", "unknown"},
		{"sources one line each", app.Meeting{Sources: []app.Source{{Evidence: "one\ntwo"}, {Evidence: "three"}}}, "evidence", "one two\nthree"},
		{"sources without outlet", app.Meeting{Sources: []app.Source{{}, {}}}, "outlet", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := readAll(t, writeAll(t, Wide, []app.Meeting{tt.m}))
			if got := cell(t, rows, 1, tt.column); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.column, got, tt.want)
			}
		})
	}
}

func TestCSV_long(t *testing.T) {
	rows := readAll(t, writeAll(t, Long, sample()))
	// 2 + 2 participants, and one row for the meeting without any.
	if len(rows) != 1+5 {
		t.Fatalf("got %d rows, want header + 5", len(rows))
	}
	wantNames := []string{"Ali Ghasemzadeh", "김준표", `'=HYPERLINK("http://x")`, "عباس عراقچی", ""}
	wantIDs := []string{"1", "1", "2", "2", "3"}
	for i := range wantNames {
		if got := cell(t, rows, i+1, "participant_name"); got != wantNames[i] {
			t.Errorf("row %d participant_name = %q, want %q", i+1, got, wantNames[i])
		}
		if got := cell(t, rows, i+1, "id"); got != wantIDs[i] {
			t.Errorf("row %d id = %q, want %q", i+1, got, wantIDs[i])
		}
	}
	if got := cell(t, rows, 2, "participant_organization"); got != "Embassy of the Republic of Korea" {
		t.Errorf("participant_organization = %q", got)
	}
}

type failingWriter struct{ after int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.after < len(p) {
		return 0, errors.New("disk full")
	}
	w.after -= len(p)
	return len(p), nil
}

func TestCSV_writeError(t *testing.T) {
	t.Run("bom", func(t *testing.T) {
		if _, err := NewCSV(&failingWriter{}, Wide); err == nil {
			t.Fatal("NewCSV on a failing writer returned no error")
		}
	})
	t.Run("close", func(t *testing.T) {
		c, err := NewCSV(&failingWriter{after: 3}, Wide)
		if err != nil {
			t.Fatal(err) // the header is still in csv.Writer's buffer
		}
		if err := c.Write(sample()[0]); err != nil {
			t.Fatal(err)
		}
		if err := c.Close(); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("Close = %v, want the writer's error", err)
		}
	})
}

// writeAll writes ms in layout and returns the bytes.
func writeAll(t testing.TB, layout Layout, ms []app.Meeting) []byte {
	t.Helper()
	var buf bytes.Buffer
	c, err := NewCSV(&buf, layout)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if err := c.Write(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readAll parses CSV bytes with encoding/csv after the byte-order mark,
// checking that every row has as many cells as the header.
func readAll(t testing.TB, data []byte) [][]string {
	t.Helper()
	data, ok := bytes.CutPrefix(data, []byte(bom))
	if !ok {
		t.Fatal("no byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("the output is not valid CSV: %v", err)
	}
	return rows
}

// cell returns the cell of row in the column named name.
func cell(t *testing.T, rows [][]string, row int, name string) string {
	t.Helper()
	for i, h := range rows[0] {
		if h == name {
			return rows[row][i]
		}
	}
	t.Fatalf("no column %q in %v", name, rows[0])
	return ""
}
