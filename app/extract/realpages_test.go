package extract

import (
	"strings"
	"testing"

	"parley/app"
)

// The cases below are invented sentences, one per cause of error found by
// running the extractor over real wire and agency pages.

// meetingWith returns the first meeting of ex that has every name, or fails.
func meetingWith(t *testing.T, ex app.Extraction, names ...string) app.Meeting {
	t.Helper()
	for _, m := range ex.Meetings {
		ok := true
		for _, n := range names {
			ok = ok && hasName(m, n)
		}
		if ok {
			return m
		}
	}
	t.Fatalf("no meeting with %q in %d meetings: %+v", names, len(ex.Meetings), ex.Meetings)
	return app.Meeting{}
}

func TestExtract_malayStyles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		title      string
	}{
		{"yang dipertua negeri title", "Chief Minister Datuk Amar Lim Kok Seng paid a courtesy call on the Yang Dipertua Negeri Tun Pehin Sri Rahman Osman at the palace.",
			[]string{"Lim Kok Seng", "Rahman Osman"}, "Yang Dipertua Negeri"},
		{"menteri besar title", "Menteri Besar Datuk Seri Aziz Karim paid a courtesy call on Governor Tun Hamid Yusof.",
			[]string{"Aziz Karim", "Hamid Yusof"}, "Menteri Besar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			m := meetingWith(t, ex, tt.want...)
			if len(m.Participants) != len(tt.want) {
				t.Errorf("participants %q, want %q", names(m), tt.want)
			}
			found := false
			for _, p := range m.Participants {
				found = found || p.Title == tt.title
			}
			if !found {
				t.Errorf("no participant titled %q in %+v", tt.title, m.Participants)
			}
		})
	}
}

func TestExtract_venueWordsAreNoPeople(t *testing.T) {
	for _, venue := range []string{"Istana Melati", "Jalan Bunga", "Wisma Tengah", "Sadar Bhavan"} {
		t.Run(venue, func(t *testing.T) {
			ex := extract(t, "Minister Ana Ruiz met Governor Tom Berg at "+venue+" on Monday.")
			m := meetingWith(t, ex, "Ana Ruiz", "Tom Berg")
			for _, p := range m.Participants {
				if strings.Contains(venue, p.Name) {
					t.Errorf("venue %q became participant %q", venue, p.Name)
				}
			}
		})
	}
}

func TestExtract_callAndVideoCues(t *testing.T) {
	tests := []struct {
		name, text string
		kind       app.Kind
	}{
		{"telephone communication", "Envoy Pia Lund held a telephone communication with Minister Jan Olsen on Tuesday.", app.KindPhone},
		{"video talks", "Vice Minister Park Min-ho held video talks with Minister Luis Soto on Wednesday.", app.KindVideo},
		{"online talks", "Minister Luis Soto held online talks with Minister Ida Berg.", app.KindVideo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if len(ex.Meetings) != 1 {
				t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
			}
			if ex.Meetings[0].Kind != tt.kind {
				t.Errorf("kind %q, want %q", ex.Meetings[0].Kind, tt.kind)
			}
		})
	}
}

func TestExtract_bareDatelines(t *testing.T) {
	tests := []struct {
		name, text, outlet, city, dateline string
	}{
		{"agency with date, no dash", "LIMA (Andina News / Wire - 14th March, 2021) Minister Ana Ruiz met Ambassador Tom Berg.",
			"Andina News", "Lima", "2021-03-14"},
		{"comma then agency", "NAIROBI, (KNA) President Amos Kibet hosted Prime Minister Lea Stone.", "KNA", "Nairobi", ""},
		{"agency in slashes", "Oslo /NTB/. On Monday Minister Kari Nordmann received Ambassador Juan Pérez.", "NTB", "Oslo", ""},
		{"date in brackets", "LIMA (June 22): Minister Ana Ruiz met Ambassador Tom Berg.", "", "Lima", ""},
		{"horizontal bar dash", "LIMA, June 21 ― Minister Ana Ruiz met Ambassador Tom Berg.", "", "Lima", ""},
		{"bracket after a name is no dateline", "President Amos Kibet (left) met Prime Minister Lea Stone in Nairobi.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if ex.Outlet != tt.outlet || ex.DatelineCity != tt.city {
				t.Errorf("outlet %q city %q, want %q %q", ex.Outlet, ex.DatelineCity, tt.outlet, tt.city)
			}
			if tt.dateline != "" && ex.DatelineDate.String() != tt.dateline {
				t.Errorf("dateline date %q, want %q", ex.DatelineDate.String(), tt.dateline)
			}
			if len(ex.Meetings) != 1 {
				t.Errorf("got %d meetings, want 1", len(ex.Meetings))
			}
		})
	}
}

func TestExtract_counterpartThenNamed(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"weekday after counterpart", "Vice Minister Park Min-ho held video talks with his Peruvian counterpart Wednesday. In the talks, Park and Luis Soto agreed to widen trade."},
		{"preposition after counterpart", "Vice Minister Park Min-ho held video talks with his Peruvian counterpart on Wednesday. In the talks, Park and Luis Soto agreed to widen trade."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(t, tt.text)
			if len(ex.Meetings) != 1 {
				t.Fatalf("got %d meetings, want 1: %+v", len(ex.Meetings), ex.Meetings)
			}
			m := meetingWith(t, ex, "Park Min-ho", "Luis Soto")
			if m.Kind != app.KindVideo {
				t.Errorf("kind %q, want video", m.Kind)
			}
			for _, p := range m.Participants {
				if strings.Contains(p.Title, "Wednesday") {
					t.Errorf("title %q holds a weekday", p.Title)
				}
			}
		})
	}
}

func TestExtract_shortAliasIsNoCity(t *testing.T) {
	ex := extract(t, "Governor Ravi Menon met Minister Tom Berg at Raj Niwas in Pune on Monday.")
	m := meetingWith(t, ex, "Ravi Menon", "Tom Berg")
	if m.Place.City != "Pune" {
		t.Errorf("city %q, want Pune", m.Place.City)
	}
}

func TestExtract_paragraphWithLeftoverIsBody(t *testing.T) {
	text := "Envoys meet\n\nMinister Ana Ruiz held official talks with visiting Deputy Minister Tom Berg at the ministry on Monday. " +
		"They reviewed trade, transport and the fisheries accord in detail. They also discussed tourism. IMG_0412\n"
	ex := extract(t, text)
	meetingWith(t, ex, "Ana Ruiz", "Tom Berg")
}

func TestExtract_farPlanWordsAndSkippedMeetings(t *testing.T) {
	tests := []struct{ name, text string }{
		{"plan ten words before the cue", "Minister Ana Ruiz plans to visit Lisbon early next spring for a bilateral meeting with Minister Tom Berg."},
		{"scheduled far before a dinner", "Minister Ana Ruiz is scheduled to attend the annual harvest festival dinner with Governor Tom Berg."},
		{"skipped meeting", "Governor Tom Berg criticised Minister Ana Ruiz for skipping a meeting on the floods."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ex := extract(t, tt.text); len(ex.Meetings) != 0 {
				t.Errorf("got %d meetings, want none: %+v", len(ex.Meetings), ex.Meetings[0].Participants)
			}
		})
	}
}

func TestExtract_malayPatronymic(t *testing.T) {
	ex := extract(t, "Minister Ana Ruiz paid a courtesy call on Chief Minister Datuk Patinggi Hamid Razak Tun Salleh at his office.")
	meetingWith(t, ex, "Ana Ruiz", "Hamid Razak Tun Salleh")
	if n := len(ex.Meetings[0].Participants); n != 2 {
		t.Errorf("got %d participants, want 2: %q", n, names(ex.Meetings[0]))
	}
}

func TestExtract_initialGluedToName(t *testing.T) {
	ex := extract(t, "Minister of Health of Mongolia B.Dorj received the Swiss Ambassador Paul Keller in Ulaanbaatar.")
	meetingWith(t, ex, "B.Dorj", "Paul Keller")
	ex = extract(t, "The U.S. Ambassador Paul Keller met Minister Ana Ruiz.")
	meetingWith(t, ex, "Paul Keller", "Ana Ruiz")
}

func TestExtract_headlineBeforeDateLineIsNoWrap(t *testing.T) {
	text := "Governor of the coastal province welcomes visiting Chilean delegation at the palace\n" +
		"Mar 09, 2023\n" +
		"Lima [Peru], March 9 (Andina): Governor Ana Ruiz received Ambassador Tom Berg on Wednesday.\n"
	ex := extract(t, text)
	if ex.Published.String() != "2023-03-09" || ex.DatelineCity != "Lima" || ex.Outlet != "Andina" {
		t.Errorf("published %q city %q outlet %q, want 2023-03-09 Lima Andina", ex.Published.String(), ex.DatelineCity, ex.Outlet)
	}
	m := meetingWith(t, ex, "Ana Ruiz", "Tom Berg")
	if m.Date.String() != "2023-03-08" {
		t.Errorf("date %q, want 2023-03-08", m.Date.String())
	}
}

func TestExtract_cityAfterSettlementNoun(t *testing.T) {
	for _, phrase := range []string{"in the capital Lima", "in capital Lima", "in the Peruvian capital Lima"} {
		t.Run(phrase, func(t *testing.T) {
			ex := extract(t, "President Ana Ruiz met Prime Minister Tom Berg "+phrase+" on Monday.")
			if m := meetingWith(t, ex, "Ana Ruiz", "Tom Berg"); m.Place.City != "Lima" {
				t.Errorf("city %q, want Lima", m.Place.City)
			}
		})
	}
}

func TestExtract_abbreviationGluedToCity(t *testing.T) {
	ex := extract(t, "LIMA, May 3 (Andina) -- President Ana Ruiz met Prime Minister Tom Berg in St.Petersburg on Monday.")
	if m := meetingWith(t, ex, "Ana Ruiz", "Tom Berg"); m.Place.City != "Saint Petersburg" {
		t.Errorf("city %q, want Saint Petersburg", m.Place.City)
	}
}

func TestExtract_sinceClauseDateIsNoMeetingDate(t *testing.T) {
	text := " date 2024-05-11 LIMA, May 11 (Andina) -- Prime Minister Ana Ruiz today paid a courtesy call on Governor Tom Berg at the palace.\n\n" +
		"It was the first courtesy call by Ruiz on Berg since his appointment as governor in January.\n"
	ex := extract(t, text)
	if len(ex.Meetings) != 1 {
		t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
	}
	if d := ex.Meetings[0].Date.String(); d != "2024-05-11" {
		t.Errorf("date %q, want 2024-05-11", d)
	}
}

func TestExtract_regionIsNoPerson(t *testing.T) {
	ex := extract(t, "Ambassador Tom Berg held talks with Minister Ana Ruiz on the Middle East and trade.")
	m := meetingWith(t, ex, "Tom Berg", "Ana Ruiz")
	if len(m.Participants) != 2 {
		t.Errorf("participants %q, want two", names(m))
	}
}

func TestExtract_arrivalWelcomeIsNoMeeting(t *testing.T) {
	text := "Governor Tom Berg received Minister Ana Ruiz at the palace on Monday.\n\n" +
		"Protocol Chief Omar Aziz welcomed the minister on her arrival.\n"
	ex := extract(t, text)
	if len(ex.Meetings) != 1 {
		t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
	}
	if hasName(ex.Meetings[0], "Omar Aziz") {
		t.Errorf("the greeter on arrival joined the meeting: %q", names(ex.Meetings[0]))
	}
}

func TestExtract_legislatorAcronymIsTitle(t *testing.T) {
	ex := extract(t, "Governor Tom Berg met Chief Minister Ana Ruiz at the palace. MLC Ravi Kumar was present.")
	m := meetingWith(t, ex, "Tom Berg", "Ana Ruiz", "Ravi Kumar")
	for _, p := range m.Participants {
		if strings.HasPrefix(p.Name, "MLC") {
			t.Errorf("name %q keeps the title", p.Name)
		}
	}
}

func TestExtract_senderAfterAppositive(t *testing.T) {
	ex := extract(t, "Governor Tom Berg received Minister Ana Ruiz in Lima on Monday. During the meeting, Ruiz conveyed greetings from Peru's President, Luis Soto, to the governor.")
	m := meetingWith(t, ex, "Tom Berg", "Ana Ruiz")
	if hasName(m, "Luis Soto") {
		t.Errorf("the sender of greetings joined the meeting: %q", names(m))
	}
}

func TestExtract_formerOfficeCityIsNoPlace(t *testing.T) {
	text := "Ambassador Tom Berg presented his credentials to President Ana Ruiz on Thursday.\n\n" +
		"Berg, the former mayor of Porto, was appointed in March.\n"
	ex := extract(t, text)
	if m := meetingWith(t, ex, "Tom Berg", "Ana Ruiz"); m.Place.City == "Porto" {
		t.Errorf("the city of a former office became the meeting place")
	}
}

func TestExtract_titleInBrackets(t *testing.T) {
	ex := extract(t, "Minister Ana Ruiz met Tom Berg (Governor of Cusco) and Luis Soto (Mayor of Lima) on Monday.")
	m := meetingWith(t, ex, "Ana Ruiz", "Tom Berg", "Luis Soto")
	want := map[string]string{"Tom Berg": "Governor of Cusco", "Luis Soto": "Mayor of Lima"}
	for _, p := range m.Participants {
		if w, ok := want[p.Name]; ok && p.Title != w {
			t.Errorf("%s title %q, want %q", p.Name, p.Title, w)
		}
	}
}

func TestExtract_datelineParagraphWithoutFullStop(t *testing.T) {
	ex := extract(t, "LIMA: Prime Minister Ana Ruiz on Saturday met Governor Tom Berg in Cusco, the agency reported\n\nDuring the meeting, both leaders discussed trade.\n")
	if m := meetingWith(t, ex, "Ana Ruiz", "Tom Berg"); m.Place.City != "Cusco" {
		t.Errorf("city %q, want Cusco", m.Place.City)
	}
}
