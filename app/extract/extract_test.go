package extract

import (
	"encoding/json"
	"strings"
	"testing"

	"parley/app"
	"parley/app/geo"
)

var testX = New(geo.Default())

func extract(t *testing.T, text string) app.Extraction {
	t.Helper()
	ex := testX.Extract(app.Document{Text: text})
	checkExtraction(t, text, ex)
	return ex
}

// names returns the participant names of m, in order.
func names(m app.Meeting) []string {
	var out []string
	for _, p := range m.Participants {
		out = append(out, p.Name)
	}
	return out
}

func hasName(m app.Meeting, name string) bool {
	for _, p := range m.Participants {
		if p.Name == name {
			return true
		}
	}
	return false
}

func TestExtract_metadata(t *testing.T) {
	tests := []struct {
		name, text               string
		title, outlet, pub, city string
	}{
		{"header and dateline", " date 2023-03-09 OSLO (NTB) - Minister Kari Nordmann met Ambassador Juan Pérez.",
			"", "NTB", "2023-03-09", "Oslo"},
		{"wire dateline with date", "Envoys meet in Lima\n\nLIMA, Oct. 7 (Andina) -- Foreign Minister Ana Ruiz received Ambassador Tom Berg.\n",
			"Envoys meet in Lima", "Andina", "", "Lima"},
		{"dateline with full date", "NAIROBI, 12th Mar, 2021 (KNA) -- President Amos Kibet hosted Prime Minister Lea Stone.",
			"", "KNA", "2021-03-12", "Nairobi"},
		{"state in brackets", "Chennai [Tamil Nadu], July 3 (ANI): Governor Ravi Menon met Consul General Judith Ames at Raj Bhavan.",
			"", "ANI", "", "Chennai"},
		{"published line and furniture", "ADVERTISEMENT\n\nMinisters talk trade\n\nPublished Mar 3, 2022 10:15 am\n\nMinister Ola Berg met Minister Rui Costa in Lisbon.\n\nYour Comment\n",
			"Ministers talk trade", "", "2022-03-03", ""},
		{"byline date and weather line", "3 June, 2024, 9:00 am Central - 20°C Sun\n\nMayors sign pact\n\nBy Ann Lee\n12/05/2024\n\nMayor Rita Dias met Mayor Jon Holm in Porto.\n",
			"Mayors sign pact", "", "2024-05-12", ""},
		{"labelled date in a byline", "Envoys meet in Lima\n\nBy Jane Doe | Updated: Mar 3, 2024 10:15 IST\n\nMinister Ana Ruiz met Minister Tom Berg.",
			"Envoys meet in Lima", "", "2024-03-03", ""},
		{"state in parentheses", "Pune (Maharashtra) [India], May 2 (ANI): Governor Ravi Menon met Consul General Judith Ames.",
			"", "ANI", "", "Pune"},
		{"time-stamped dateline and trailer date", "Envoys meet in Lima\n\n19:32 | Lima, Feb. 13.\n\nMinister Ana Ruiz met Minister Tom Berg.\n\nPublished: 2/13/2025\n",
			"Envoys meet in Lima", "", "2025-02-13", "Lima"},
		{"sign-off agency", "TUNIS — Minister Sami Trabelsi received Ambassador Lena Vogt on Monday. – TAP\n",
			"", "TAP", "", "Tunis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if ex.Title != tt.title || ex.Outlet != tt.outlet || ex.Published.String() != tt.pub || ex.DatelineCity != tt.city {
				t.Errorf("got title %q outlet %q published %q city %q; want %q %q %q %q",
					ex.Title, ex.Outlet, ex.Published, ex.DatelineCity, tt.title, tt.outlet, tt.pub, tt.city)
			}
		})
	}
}

func TestExtract_people(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // participant name|title|country of the first meeting
	}{
		{"honorifics dropped", "ROME - His Excellency Sheikh Khalid bin Ali Al Thani met Dr. Marta Rossi, the mayor of Rome, on Tuesday.",
			[]string{"Khalid bin Ali Al Thani||", "Marta Rossi|Mayor of Rome|IT"}},
		{"demonym and title before name", "SEOUL - The South Korean Foreign Minister Lee Dong-hun met his Chilean counterpart Ana Soto.",
			[]string{"Lee Dong-hun|Foreign Minister|KR", "Ana Soto|Foreign Minister|CL"}},
		{"possessive country and apposition", "PARIS - France's Ambassador to Peru, Luc Morel, called on President Rosa Quispe.",
			[]string{"Luc Morel|Ambassador to Peru|FR", "Rosa Quispe|President|"}},
		{"diacritics kept", "ANKARA - Minister Çağrı Yılmaz held talks with Minister Nguyễn Thị Hằng.",
			[]string{"Çağrı Yılmaz|Minister|", "Nguyễn Thị Hằng|Minister|"}},
		{"sender is absent", "COLOMBO - Minister Ravi Das called on President Anura Perera and conveyed greetings from Prime Minister Amit Rao.",
			[]string{"Ravi Das|Minister|", "Anura Perera|President|"}},
		{"malay honorifics", "KUALA LUMPUR - Tan Sri Aziz Rahman called on Prime Minister Datuk Seri Hamid Yusof.",
			[]string{"Aziz Rahman||", "Hamid Yusof|Prime Minister|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if len(ex.Meetings) != 1 {
				t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
			}
			var got []string
			for _, p := range ex.Meetings[0].Participants {
				got = append(got, p.Name+"|"+p.Title+"|"+p.Country)
			}
			if strings.Join(got, ";") != strings.Join(tt.want, ";") {
				t.Errorf("participants\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestExtract_meetingCues(t *testing.T) {
	tests := []struct {
		name, text string
		kinds      []app.Kind
	}{
		{"met", "LIMA - Minister Ana Ruiz met Ambassador Tom Berg on Monday.", []app.Kind{app.KindInPerson}},
		{"held talks", "LIMA - Minister Ana Ruiz held talks with Minister Tom Berg.", []app.Kind{app.KindInPerson}},
		{"passive reception", "LIMA - Minister Tom Berg was received by President Ana Ruiz.", []app.Kind{app.KindInPerson}},
		{"courtesy call", "LIMA - Ambassador Tom Berg paid a courtesy call on Governor Ana Ruiz.", []app.Kind{app.KindInPerson}},
		{"telephone", "President Ana Ruiz telephoned Prime Minister Tom Berg on Monday.", []app.Kind{app.KindPhone}},
		{"phone call received", "President Ana Ruiz received a phone call from Prime Minister Tom Berg.", []app.Kind{app.KindPhone}},
		{"video", "Prime Minister Ana Ruiz and President Tom Berg held a virtual summit.", []app.Kind{app.KindVideo}},
		{"two meetings in one sentence", "LIMA - Minister Ana Ruiz held talks with President Tom Berg and then with Minister Eva Lind.",
			[]app.Kind{app.KindInPerson, app.KindInPerson}},
		{"credentials", "HANOI - Ambassador Tom Berg presented his credentials to President Ana Ruiz on Friday.", []app.Kind{app.KindInPerson}},
		{"someone's letter is no reception", "LIMA - President Ana Ruiz received King Tom Berg's letter of thanks.", nil},
		{"welcomed a decision", "LIMA - President Ana Ruiz welcomed the decision announced by King Tom Berg.", nil},
		{"cable is no reception", "LIMA - President Ana Ruiz received a cable from King Tom Berg.", nil},
		{"future meeting", "LIMA - Minister Ana Ruiz will meet President Tom Berg next week.", nil},
		{"planned meeting", "LIMA - A meeting with President Tom Berg and Minister Ana Ruiz is planned.", nil},
		{"speech", "LIMA - Minister Ana Ruiz addressed a conference of ambassadors.", nil},
		{"quoted", "LIMA - \"I met President Tom Berg often,\" Minister Ana Ruiz wrote in an op-ed.", nil},
		{"urging", "LIMA - Minister Ana Ruiz called on President Tom Berg to release the prisoners.", nil},
		{"event hosted by someone", "LIMA - Minister Ana Ruiz addressed the trade fair hosted by Governor Tom Berg.", nil},
		{"op-ed", "OPINION: Why talks matter\n\nWhen President Ana Ruiz met President Tom Berg in 2019, both gained.\n\nThe writer is a former envoy.", nil},
		{"and with", "LIMA - President Ana Ruiz met Minister Tom Berg on Tuesday, and with Minister Eva Lind on Monday.",
			[]app.Kind{app.KindInPerson, app.KindInPerson}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			var got []app.Kind
			for _, m := range ex.Meetings {
				got = append(got, m.Kind)
			}
			if len(got) != len(tt.kinds) || len(got) > 0 && got[0] != tt.kinds[0] {
				t.Errorf("got meetings %v, want %v (%+v)", got, tt.kinds, ex.Meetings)
			}
		})
	}
}

func TestExtract_coreference(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"surname", "OSLO - Minister Kari Nordmann arrived on Monday.\n\nLater, Nordmann met Ambassador Juan Pérez.",
			[]string{"Kari Nordmann", "Juan Pérez"}},
		{"title", "OSLO - Governor Kari Nordmann opened the fair.\n\nAmbassador Juan Pérez called on the governor on Monday.",
			[]string{"Juan Pérez", "Kari Nordmann"}},
		{"pronoun", "OSLO - Minister Kari Nordmann spoke about the budget.\n\nShe also met Ambassador Juan Pérez.",
			[]string{"Kari Nordmann", "Juan Pérez"}},
		{"name given later", "OSLO - The Lord Mayor received the visiting Minister Juan Pérez on Monday.\n\nThe Lord Mayor, Alderman Kari Nordmann, said trade was growing.",
			[]string{"Juan Pérez", "Kari Nordmann"}},
		{"the two leaders", "OSLO - President Kari Nordmann met President Juan Pérez on Monday.\n\nThe two leaders last met in Lima in May 2019.",
			[]string{"Kari Nordmann", "Juan Pérez"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if len(ex.Meetings) == 0 {
				t.Fatal("no meeting found")
			}
			m := ex.Meetings[len(ex.Meetings)-1]
			for _, n := range tt.want {
				if !hasName(m, n) {
					t.Errorf("participants %v lack %q", names(m), n)
				}
			}
			if len(m.Participants) != len(tt.want) {
				t.Errorf("participants %v, want %v", names(m), tt.want)
			}
		})
	}
}

func TestExtract_datesAndPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		date, city string
		flag       string
	}{
		{"relative to header", " date 2024-05-16\nOSLO - Minister Kari Nordmann met Ambassador Juan Pérez on Wednesday.", "2024-05-15", "Oslo", "place from dateline only"},
		{"relative to dateline date", " date 2024-06-04\nKUWAIT CITY, June 3 (KUNA) -- Minister Kari Nordmann met Ambassador Juan Pérez today.", "2024-06-03", "Kuwait City", ""},
		{"undated relative", "OSLO - Minister Kari Nordmann met Ambassador Juan Pérez on Sunday.", "", "Oslo", "date unresolved"},
		{"place in text beats dateline", " date 2022-08-05\nHANOI - Minister Kari Nordmann met Minister Juan Pérez in Phnom Penh on Friday.", "2022-08-05", "Phnom Penh", ""},
		{"call has no place", " date 2022-08-05\nHANOI - Minister Kari Nordmann spoke by telephone with Minister Juan Pérez on Friday.", "2022-08-05", "", ""},
		{"sidelines", " date 2024-09-26\nMinister Kari Nordmann met Minister Juan Pérez on the sidelines of the UN General Assembly in New York on Wednesday.", "2024-09-25", "New York City", ""},
		{"weekday conflict", "OSLO - Minister Kari Nordmann met Ambassador Juan Pérez on Monday (May 15, 2024).", "2024-05-15", "Oslo", "weekday contradicts date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if len(ex.Meetings) != 1 {
				t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
			}
			m := ex.Meetings[0]
			if m.Date.String() != tt.date || m.Place.City != tt.city {
				t.Errorf("got date %q city %q, want %q %q", m.Date, m.Place.City, tt.date, tt.city)
			}
			if tt.flag != "" && !strings.Contains(strings.Join(m.Flags, ","), tt.flag) {
				t.Errorf("flags %v lack %q", m.Flags, tt.flag)
			}
		})
	}
}

func TestExtract_attendanceAndTopics(t *testing.T) {
	text := "OSLO - Minister Kari Nordmann received Ambassador Juan Pérez on Monday. They discussed trade, fisheries and renewable energy.\n\nAlso present were Deputy Minister Ola Berg and Consul Ana Lima.\n"
	ex := extract(t, text)
	if len(ex.Meetings) != 1 {
		t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
	}
	m := ex.Meetings[0]
	if len(m.Participants) != 4 || !hasName(m, "Ola Berg") || !hasName(m, "Ana Lima") {
		t.Errorf("participants %v, want the two attendees too", names(m))
	}
	if strings.Join(m.Topics, "|") != "trade|fisheries|renewable energy" {
		t.Errorf("topics %q", m.Topics)
	}
}

func TestExtract_oneMeetingPerOccasion(t *testing.T) {
	text := " date 2024-06-11\nMinister Kari Nordmann shakes hands with President Juan Pérez during his courtesy call at the palace, June 11, 2024. (Photo)\n\nMANILA - President Juan Pérez received Minister Kari Nordmann on Tuesday. During the meeting, Nordmann and Pérez discussed trade.\n"
	ex := extract(t, text)
	if len(ex.Meetings) != 1 {
		t.Fatalf("got %d meetings, want 1: %+v", len(ex.Meetings), ex.Meetings)
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Mr. Kim met Dr. Lee on Oct. 2 in the U.S. capital. They talked. \"Good,\" he said."
	var got []string
	for _, sp := range splitSentences(text, 0, len(text)) {
		got = append(got, text[sp[0]:sp[1]])
	}
	want := []string{"Mr. Kim met Dr. Lee on Oct. 2 in the U.S. capital.", "They talked.", "\"Good,\" he said."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
}

func TestToJSON(t *testing.T) {
	ex := extract(t, "President Ana Ruiz telephoned Prime Minister Tom Berg on Monday.")
	b, err := json.Marshal(ToJSON("a.txt", ex))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"file":"a.txt"`, `"published":null`, `"kind":"phone"`, `"date":null`, `"city":null`, `"lat":null`, `"name":"Ana Ruiz"`, `"evidence":"President Ana Ruiz telephoned Prime Minister Tom Berg on Monday."`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s: %s", want, s)
		}
	}
}

func TestExtract_laterOnWeekday(t *testing.T) {
	text := "TEHRAN (IRNA) – Minister Ali Rezaei spoke by telephone with Minister Omar Said on Tuesday (8 Mehr 1404).\n\nLater on Tuesday, Rezaei received Ambassador Tom Berg in Tehran."
	ex := extract(t, text)
	if len(ex.Meetings) != 2 {
		t.Fatalf("got %d meetings, want 2", len(ex.Meetings))
	}
	for _, m := range ex.Meetings {
		if m.Date.String() != "2025-09-30" {
			t.Errorf("%v meeting dated %q, want 2025-09-30", m.Kind, m.Date)
		}
	}
	if ex.Meetings[0].Kind != app.KindPhone || ex.Meetings[1].Place.City != "Tehran" {
		t.Errorf("got %v and %q", ex.Meetings[0].Kind, ex.Meetings[1].Place.City)
	}
}

func TestExtract_attendeeWhoActs(t *testing.T) {
	text := "OSLO - Ambassador Juan Pérez paid a courtesy call on Minister Kari Nordmann today.\n\nAlso present was Trade Minister Ola Berg, who briefed the envoy on fisheries."
	ex := extract(t, text)
	if len(ex.Meetings) != 1 || !hasName(ex.Meetings[0], "Ola Berg") || len(ex.Meetings[0].Participants) != 3 {
		t.Fatalf("want one meeting of three with Ola Berg, got %+v", ex.Meetings)
	}
}
