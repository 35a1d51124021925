package dates

import (
	"strings"
	"testing"

	"parley/app"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"month day", "was held on September 30 at the headquarters",
			[]string{"September 30|explicit|2025-09-30 rel future"}},
		{"abbreviated with stop", "Seoul, Oct. 2 (Yonhap) --",
			[]string{"Oct. 2|explicit|2025-10-02 rel future"}},
		{"Sept.", "on Sept. 30 they met", []string{"Sept. 30|explicit|2025-09-30 rel future"}},
		{"Sep", "on Sep 30 they met", []string{"Sep 30|explicit|2025-09-30 rel future"}},
		{"day month", "on 30 September they met", []string{"30 September|explicit|2025-09-30 rel future"}},
		{"ordinal day abbreviated month", "on 30th Sep they met", []string{"30th Sep|explicit|2025-09-30 rel future"}},
		{"ordinal of month", "on the 30th of September", []string{"30th of September|explicit|2025-09-30 rel future"}},
		{"month day year", "on September 30, 2024,", []string{"September 30, 2024|explicit|2024-09-30"}},
		{"day month year", "on 30 September 2025.", []string{"30 September 2025|explicit|2025-09-30 future"}},
		{"dateline with comma year", "ABU DHABI, 15th Aug, 2020 (WAM) --", []string{"15th Aug, 2020|explicit|2020-08-15"}},
		{"dotted abbreviation with year", "DOHA, Feb. 12, 2020 (QNA) -", []string{"Feb. 12, 2020|explicit|2020-02-12"}},
		{"ISO", "date 2024-08-13 TEHRAN", []string{"2024-08-13|explicit|2024-08-13"}},
		{"slashes year first", "on 2024/08/13", []string{"2024/08/13|explicit|2024-08-13"}},
		{"dots day first", "Bonn, 16.11.2016", []string{"16.11.2016|explicit|2016-11-16"}},
		{"slashes day first", "By a reporter 20/05/2025", []string{"20/05/2025|explicit|2025-05-20"}},
		{"slashes month first when day is over 12", "on 05/20/2025", []string{"05/20/2025|explicit|2025-05-20"}},
		{"spaced year month day", "Vilnius, 2017 10 17.", []string{"2017 10 17|explicit|2017-10-17"}},
		{"ISO timestamp", "at 2025-10-02T09:59:00Z", []string{"2025-10-02|explicit|2025-10-02 future"}},
		{"weekday with date in brackets", "on Tuesday (August 13, 2024)",
			[]string{"Tuesday (August 13, 2024)|explicit|2024-08-13 wd=Tuesday"}},
		{"weekday contradicting the date", "on Monday (August 13, 2024)",
			[]string{"Monday (August 13, 2024)|explicit|2024-08-13 wd=Monday conflict"}},
		{"weekday day month", "on Monday 20 May", []string{"Monday 20 May|explicit|2025-05-20 rel wd=Monday conflict"}},
		{"weekday comma month day", "on Tuesday, June 11, and", []string{"Tuesday, June 11|explicit|2025-06-11 rel wd=Tuesday conflict"}},
		{"date then weekday", "on June 11 (Wednesday)", []string{"June 11 (Wednesday)|explicit|2025-06-11 rel wd=Wednesday"}},
		{"bracketed month day", "on Tuesday (April 22) for a day", []string{"Tuesday (April 22)|explicit|2025-04-22 rel wd=Tuesday"}},
		{"abbreviated weekday with date", "Sun, 10 Aug 2025 08:00", []string{"Sun, 10 Aug 2025|explicit|2025-08-10 wd=Sunday"}},
		{"on weekday", "met on Sunday in Isfahan", []string{"Sunday|relative|2025-08-10 rel wd=Sunday"}},
		{"weekday before a title", "On Sunday Prime Minister Anwar said", []string{"Sunday|relative|2025-08-10 rel wd=Sunday"}},
		{"weekday is the reference day", "on Thursday", []string{"Thursday|relative|2025-08-14 rel wd=Thursday"}},
		{"weekday evening", "on Tuesday evening", []string{"Tuesday evening|relative|2025-08-12 rel wd=Tuesday"}},
		{"possessive weekday", "During Wednesday's talks", []string{"Wednesday|relative|2025-08-13 rel wd=Wednesday"}},
		{"next weekday", "will meet next Thursday", []string{"next Thursday|relative|2025-08-21 rel future wd=Thursday"}},
		{"last weekday", "met last Thursday", []string{"last Thursday|relative|2025-08-07 rel wd=Thursday"}},
		{"this coming weekday", "this coming Monday", []string{"this coming Monday|relative|2025-08-18 rel future wd=Monday"}},
		{"this weekday", "this Monday", []string{"this Monday|relative|2025-08-11 rel wd=Monday"}},
		{"lower-case weekday", "met onsunday and on sunday", []string{"sunday|relative|2025-08-10 rel wd=Sunday"}},
		{"lower-case month with a day", "on september 30, 2024", []string{"september 30, 2024|explicit|2024-09-30"}},
		{"abbreviated weekday with stop", "Tue., Aug. 12", []string{"Tue., Aug. 12|explicit|2025-08-12 rel wd=Tuesday"}},
		{"weekday with hijri date", "on Tuesday (8 Mehr 1404)", []string{"Tuesday (8 Mehr 1404)|hijri|2025-09-30 future wd=Tuesday"}},
		{"weekday next week", "on Tuesday next week", []string{"Tuesday next week|relative|2025-08-19 rel future wd=Tuesday"}},
		{"weekday of last week", "on Friday of last week", []string{"Friday of last week|relative|2025-08-08 rel wd=Friday"}},
		{"this past weekday", "this past Monday", []string{"this past Monday|relative|2025-08-11 rel wd=Monday"}},
		{"over the weekend", "talks over the weekend", []string{"the weekend|relative|2025-08 rel"}},
		{"last weekend", "met last weekend", []string{"last weekend|relative|2025-08 rel"}},
		{"next weekend across months", "next weekend", []string{"next weekend|relative|2025-08 rel future"}},
		{"yesterday", "said yesterday", []string{"yesterday|relative|2025-08-13 rel"}},
		{"today", "Today, the minister", []string{"Today|relative|2025-08-14 rel"}},
		{"tonight", "leaves tonight", []string{"tonight|relative|2025-08-14 rel"}},
		{"tomorrow", "arrives tomorrow", []string{"tomorrow|relative|2025-08-15 rel future"}},
		{"earlier today", "said earlier today", []string{"earlier today|relative|2025-08-14 rel"}},
		{"this morning", "arrived this morning", []string{"this morning|relative|2025-08-14 rel"}},
		{"last night", "spoke last night", []string{"last night|relative|2025-08-13 rel"}},
		{"day before yesterday", "the day before yesterday", []string{"the day before yesterday|relative|2025-08-12 rel"}},
		{"days ago", "three days ago", []string{"three days ago|relative|2025-08-11 rel"}},
		{"digit days ago", "10 days ago", []string{"10 days ago|relative|2025-08-04 rel"}},
		{"last week inside one month", "visited last week", []string{"last week|relative|2025-08 rel"}},
		{"earlier this week", "met earlier this week", []string{"earlier this week|relative|2025-08 rel"}},
		{"next week", "will go next week", []string{"next week|relative|2025-08 rel future"}},
		{"earlier this month", "a call earlier this month", []string{"earlier this month|relative|2025-08 rel"}},
		{"earlier in the month", "earlier in the month", []string{"earlier in the month|relative|2025-08 rel"}},
		{"last month", "last month", []string{"last month|relative|2025-07 rel"}},
		{"this month", "this month", []string{"this month|relative|2025-08 rel"}},
		{"next month", "next month", []string{"next month|relative|2025-09 rel future"}},
		{"months ago", "two months ago", []string{"two months ago|relative|2025-06 rel"}},
		{"last year", "launched last year", []string{"last year|relative|2024 rel"}},
		{"late last year", "in late last year", []string{"late last year|relative|2024 rel"}},
		{"in year", "in 2018.", []string{"2018|explicit|2018"}},
		{"year before counts", "In 2017 10 17-year-olds and in 2018 11 12 people", []string{"2017|explicit|2017", "2018|explicit|2018"}},
		{"since year", "since 1966", []string{"1966|explicit|1966"}},
		{"in month", "came to Manila in April", []string{"April|relative|2025-04 rel"}},
		{"in month after the reference month", "in December", []string{"December|relative|2024-12 rel"}},
		{"in the reference month", "in August", []string{"August|relative|2025-08 rel"}},
		{"month last year", "in June last year.", []string{"June last year|relative|2024-06 rel"}},
		{"month of last year", "in June of last year", []string{"June of last year|relative|2024-06 rel"}},
		{"month next year", "in January next year", []string{"January next year|relative|2026-01 rel future"}},
		{"last month name", "in Lima last November", []string{"last November|relative|2024-11 rel"}},
		{"last month name same as reference", "last August", []string{"last August|relative|2024-08 rel"}},
		{"next month name", "next March", []string{"next March|relative|2026-03 rel future"}},
		{"month year", "in June 2024", []string{"June 2024|explicit|2024-06"}},
		{"mid month", "in mid-May", []string{"mid-May|relative|2025-05 rel"}},
		{"early month", "early June", []string{"early June|relative|2025-06 rel"}},
		{"late month year", "late May 2019", []string{"late May 2019|explicit|2019-05"}},
		{"end year", "due by end-2025", []string{"end-2025|explicit|2025"}},
		{"mid year", "by mid-2026", []string{"mid-2026|explicit|2026 future"}},
		{"range from to", "runs here from April 4 to May 31.",
			[]string{"April 4 to May 31|range|2025-04-04..2025-05-31 rel"}},
		{"range same month", "from January 25 to January 29.",
			[]string{"January 25 to January 29|range|2025-01-25..2025-01-29 rel"}},
		{"range with dash and year", "on April 4-6, 2024", []string{"April 4-6, 2024|range|2024-04-04..2024-04-06"}},
		{"range from with bare end", "from April 4 to 6", []string{"April 4 to 6|range|2025-04-04..2025-04-06 rel"}},
		{"no range into a count", "aid sent on April 4 to 20 countries", []string{"April 4|explicit|2025-04-04 rel"}},
		{"range day first", "from 4 to 6 May 2024", []string{"4 to 6 May 2024|range|2024-05-04..2024-05-06"}},
		{"range day dash", "4–6 May 2024", []string{"4–6 May 2024|range|2024-05-04..2024-05-06"}},
		{"range of paired days", "talks on Aug. 13 and 14, 2024, in Rome", []string{"Aug. 13 and 14, 2024|range|2024-08-13..2024-08-14"}},
		{"no pair into a count", "on Aug. 13 and 14 people died", []string{"Aug. 13|explicit|2025-08-13 rel"}},
		{"range with and", "on 2 and 3 May 2024", []string{"2 and 3 May 2024|range|2024-05-02..2024-05-03"}},
		{"dashed day month year", "Updated 13-Aug-2024 10:15", []string{"13-Aug-2024|explicit|2024-08-13"}},
		{"slashed day month year", "13/Aug/2024", []string{"13/Aug/2024|explicit|2024-08-13"}},
		{"range between", "between 4 and 6 May 2024", []string{"4 and 6 May 2024|range|2024-05-04..2024-05-06"}},
		{"range across months", "30 September - 2 October 2025",
			[]string{"30 September - 2 October 2025|range|2025-09-30..2025-10-02 future"}},
		{"range across years", "from December 30, 2024 to January 2",
			[]string{"December 30, 2024 to January 2|range|2024-12-30..2025-01-02"}},
		{"range of abbreviated months", "on Sept. 30-Oct. 1, 2025", []string{"Sept. 30-Oct. 1, 2025|range|2025-09-30..2025-10-01 future"}},
		{"two weekdays", "on Monday and Tuesday", []string{"Monday|relative|2025-08-11 rel wd=Monday", "Tuesday|relative|2025-08-12 rel wd=Tuesday"}},
		{"multi-day count is no range", "the 2-day visit and a 5-7 score", nil},
		{"range year from the end", "from December 30 to January 2, 2025",
			[]string{"December 30 to January 2, 2025|range|2024-12-30..2025-01-02"}},
		{"range without years across the new year", "from December 30 to January 2",
			[]string{"December 30 to January 2|range|2024-12-30..2025-01-02 rel"}},
		{"range ends before it starts", "from May 31, 2025 to April 4, 2025",
			[]string{"May 31, 2025|explicit|2025-05-31", "April 4, 2025|explicit|2025-04-04"}},
		{"day after tomorrow", "the day after tomorrow", []string{"the day after tomorrow|relative|2025-08-16 rel future"}},
		{"hijri impossible day", "on 31 Mehr 1404", nil},
		{"hijri day month year", "on 24 Dey 1403", []string{"24 Dey 1403|hijri|2025-01-13"}},
		{"hijri eight mehr", "on 8 Mehr 1404", []string{"8 Mehr 1404|hijri|2025-09-30 future"}},
		{"hijri month day year", "on Mehr 8, 1404", []string{"Mehr 8, 1404|hijri|2025-09-30 future"}},
		{"hijri month and year", "in Mehr 1404", []string{"Mehr 1404|hijri|2025"}},
		{"hijri month straddling years", "in Dey 1403", []string{"Dey 1403|hijri|"}},
		{"hijri numeric", "date 1403/10/24", []string{"1403/10/24|hijri|2025-01-13"}},
		{"hijri without year", "on 20 Mordad", []string{"20 Mordad|hijri|2025-08-11 rel"}},
		{"hijri amordad spelling", "on 20 Amordad 1404", []string{"20 Amordad 1404|hijri|2025-08-11"}},
		{"two mentions", "Today, 17 October, Minister", []string{"Today|relative|2025-08-14 rel", "17 October|explicit|2024-10-17 rel"}},
		{"clock time after date is left out", "June 11, 2024 09:59 am", []string{"June 11, 2024|explicit|2024-06-11"}},
		{"all caps", "SEPTEMBER 30, 2025", []string{"SEPTEMBER 30, 2025|explicit|2025-09-30 future"}},
		{"date at end of text", "It happened on 3 May", []string{"3 May|explicit|2025-05-03 rel"}},
		{"month day far after the reference takes the year before", "on December 1", []string{"December 1|explicit|2024-12-01 rel"}},
		{"month day soon after the reference keeps the year", "on October 13", []string{"October 13|explicit|2025-10-13 rel future"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameList(t, findAll(t, tt.text, thu), tt.want)
		})
	}
}

func TestFind_anchored(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"following day after a weekday", "He arrived on Monday and met the minister the following day.",
			[]string{"Monday|relative|2025-08-11 rel wd=Monday", "the following day|relative|2025-08-12 rel"}},
		{"next day after an explicit date", "On 3 May 2024 he landed; the next day he met her.",
			[]string{"3 May 2024|explicit|2024-05-03", "the next day|relative|2024-05-04"}},
		{"later that day", "on Wednesday. Later that day they signed.",
			[]string{"Wednesday|relative|2025-08-13 rel wd=Wednesday", "Later that day|relative|2025-08-13 rel"}},
		{"later in the day", "on Wednesday. Later in the day the trio moved on.",
			[]string{"Wednesday|relative|2025-08-13 rel wd=Wednesday", "Later in the day|relative|2025-08-13 rel"}},
		{"days later", "On June 2, 2025 they spoke; two days later they met.",
			[]string{"June 2, 2025|explicit|2025-06-02", "two days later|relative|2025-06-04"}},
		{"a day earlier", "the summit on June 2, 2025, and a day earlier",
			[]string{"June 2, 2025|explicit|2025-06-02", "a day earlier|relative|2025-06-01"}},
		{"after a range", "from 4 to 6 May 2024 and the following day",
			[]string{"4 to 6 May 2024|range|2024-05-04..2024-05-06", "the following day|relative|2024-05-07"}},
		{"the day before ending a clause", "He arrived on Tuesday, having met her the day before.",
			[]string{"Tuesday|relative|2025-08-12 rel wd=Tuesday", "the day before|relative|2025-08-11 rel"}},
		{"the day before an event", "on Tuesday, the day before the summit", []string{"Tuesday|relative|2025-08-12 rel wd=Tuesday"}},
		{"month does not anchor", "in April and the following day",
			[]string{"April|relative|2025-04 rel", "the following day|relative| rel"}},
		{"nothing to count from", "The same day, they met.", []string{"The same day|relative| rel"}},
		{"the day alone is no date", "the day was long", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameList(t, findAll(t, tt.text, thu), tt.want)
		})
	}
}

func TestFind_noFalsePositives(t *testing.T) {
	tests := []struct{ name, text string }{
		{"modal may", "The two sides may meet again and they may sign 2 deals."},
		{"capitalised modal may", "May the talks succeed, he said."},
		{"march as a verb", "Protesters march on the embassy; the march drew 30 people."},
		{"March as a noun without a date", "The March drew crowds."},
		{"sun", "Sun and wind power were discussed; The Sun reported."},
		{"bare year", "The 2024 agreement and Vision 2030 were discussed."},
		{"decade", "in the 1990s and the 2010s"},
		{"clock times", "at 09:59 and 10:30:00 local time"},
		{"percentages and money", "grew 30% to $2024 million, or 12 percent, €2025"},
		{"group names", "the G20 and the G7 and 5G networks"},
		{"phone numbers", "call +98 21 1234 5678 or 555-1234"},
		{"versions and addresses", "version 1.2.3 at 10.0.0.1"},
		{"grouped numbers", "2,000 people and 1,200,000 dollars"},
		{"decimals", "3.5 and 20.05 million"},
		{"day number without month", "the 30th anniversary of 20 countries"},
		{"in with a count", "in 1500 cases"},
		{"lower-case month", "they may 5 times"},
		{"abbreviated month alone", "in Jan or Dec"},
		{"abbreviated weekday alone", "on Sun and Sat"},
		{"names like April", "April Smith and June Carter spoke"},
		{"next to no unit", "next to the ministry, last of all, this is"},
		{"hijri-like names", "Azar Hosseini and Mehr News Agency"},
		{"invalid day", "February 30, 2025 and 31/04/2025 and 2025-13-01 and 31 April 2025"},
		{"score", "a 3-2 win"},
		{"URL path", "see https://example.com/news/2024/08/13/story or www.example.com/2024/08/13 (link)"},
		{"newspapers", "The Sunday Times and the Mail on Sunday reported"},
		{"feasts and events", "since Good Friday and Super Tuesday and Black Friday"},
		{"dashed day month without year", "a 4-May rally"},
		{"list of numbers", "items 2 and 3 and 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameList(t, findAll(t, tt.text, thu), nil)
		})
	}
}

func TestFind_undated(t *testing.T) {
	text := "Kim met the mayor on Sunday and on September 30 and on 30 September 2025, in April, last week, yesterday, 20 Mordad."
	want := []string{
		"Sunday|relative| rel wd=Sunday",
		"September 30|explicit| rel",
		"30 September 2025|explicit|2025-09-30",
		"April|relative| rel",
		"last week|relative| rel",
		"yesterday|relative| rel",
		"20 Mordad|hijri| rel",
	}
	sameList(t, findAll(t, text, app.Date{}), want)
}

func TestKind_String(t *testing.T) {
	for k, want := range map[Kind]string{Explicit: "explicit", RelativeDate: "relative", Range: "range", Hijri: "hijri", 0: "unknown"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

func TestFind_weekSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		ref  app.Date
		want string
	}{
		{"weekend across two months", "next weekend", app.Date{Year: 2025, Month: 5, Day: 22}, "next weekend|relative|2025 rel future"},
		{"the weekend on a Sunday is that day's", "over the weekend", app.Date{Year: 2025, Month: 6, Day: 1}, "the weekend|relative|2025 rel"},
		{"the weekend on a Monday is the one before", "over the weekend", app.Date{Year: 2025, Month: 6, Day: 9}, "the weekend|relative|2025-06 rel"},
		{"week within one month", "last week", app.Date{Year: 2025, Month: 8, Day: 14}, "last week|relative|2025-08 rel"},
		{"week across two months", "last week", app.Date{Year: 2025, Month: 8, Day: 4}, "last week|relative|2025 rel"},
		{"week across two years", "last week", app.Date{Year: 2026, Month: 1, Day: 8}, "last week|relative| rel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameList(t, findAll(t, tt.text, tt.ref), []string{tt.want})
		})
	}
}

func TestFind_referencePrecision(t *testing.T) {
	month := app.Date{Year: 2025, Month: 8}
	text := "on Sunday, last month, in April, last year"
	want := []string{
		"Sunday|relative| rel wd=Sunday",
		"last month|relative|2025-07 rel",
		"April|relative|2025-04 rel",
		"last year|relative|2024 rel",
	}
	sameList(t, findAll(t, text, month), want)
}

func TestResolve(t *testing.T) {
	text := "on Sunday and on September 30 and 13 August 2024, last week, the following day"
	ms := Find(text, app.Date{})
	ref := app.Date{Year: 2025, Month: 10, Day: 2}
	want := []string{"2025-09-28", "2025-09-30", "2024-08-13", "2025-09", "2024-08-14"}
	if len(ms) != len(want) {
		t.Fatalf("found %d mentions, want %d", len(ms), len(want))
	}
	for i, m := range ms {
		if got := Resolve(m, ref).String(); got != want[i] {
			t.Errorf("Resolve(%q) = %s, want %s", m.Text(text), got, want[i])
		}
	}
	handMade := Mention{Start: 1, End: 2, Date: app.Date{Year: 2020}}
	if got := ResolveMention(handMade, ref); got != handMade {
		t.Errorf("ResolveMention changed a Mention Find did not return: %+v", got)
	}
	again := ResolveMention(ms[0], ref)
	if again.Date.String() != "2025-09-28" || !again.Relative || again.Start != ms[0].Start {
		t.Errorf("ResolveMention = %+v", again)
	}
}

func TestFind_largeText(t *testing.T) {
	filler := strings.Repeat("The delegation discussed trade and 2,000 jobs.\n", 3000) // about 140 KB
	text := "They met on 3 May 2024.\n" + filler + "The following day they met again.\n" + filler + "On Sunday, talks ended." + strings.Repeat(" word", 20000)
	want := []string{
		"3 May 2024|explicit|2024-05-03",
		"The following day|relative|2024-05-04",
		"Sunday|relative|2025-08-10 rel wd=Sunday",
	}
	sameList(t, findAll(t, text, thu), want)
}
