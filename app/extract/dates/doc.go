// Package dates finds and resolves date expressions in English news text:
// explicit dates in the written forms news outlets use ("Sept. 30",
// "15th Aug, 2020", "2024/08/13", "16.11.2016", "Tuesday (August 13, 2024)"),
// dates relative to the article's own date ("on Sunday", "yesterday",
// "last week", "earlier this month", "in April", "last November"), ranges
// ("from April 4 to May 31") and Solar Hijri dates ("24 Dey 1403"),
// converted to the Gregorian calendar.
//
// Every date comes with a precision (day, month or year, see app.Date): an
// expression resolves to the most precise calendar unit that is certainly
// right. A relative expression needs a reference date (the dateline's date
// or the publication date); without one it is still reported, unresolved,
// so a caller can say why a date is missing.
//
// Resolution rules, against the reference date ref:
//   - A weekday ("on Sunday", "Wednesday evening") is the most recent such
//     day on or before ref, ref itself included; "last Sunday" the most
//     recent strictly before, "next Sunday" and "this coming Sunday" the
//     first strictly after, "this Sunday" the one in ref's week, "Tuesday
//     next week" the one in the following week. Weeks run Monday to Sunday.
//   - A month and day without a year ("September 30") takes the year that
//     puts it at most about two months after ref and less than ten months
//     before it: reports look back, and forward only to what is imminent.
//   - A month without a day ("in April", "early June", "mid-May") is the
//     most recent such month on or before ref's month; "last November" the
//     most recent strictly before it; "June last year" names the year.
//   - "yesterday", "today", "tonight", "this morning", "last night",
//     "N days ago" are days; "last month", "earlier this month" months;
//     "last year", "in 2018" years.
//   - A week ("last week", "earlier this week", "two weeks ago") or a
//     weekend cannot be a Date, so it resolves to its month when all its
//     days lie in one month, to its year when they straddle two months,
//     and to nothing when they straddle two years.
//   - Numeric dates with the year last are day-month-year ("20/05/2025"),
//     the international and news-wire order, unless only month-day-year
//     makes sense ("05/20/2025"). Numeric years 1300-1499 are Solar Hijri.
//   - A stated weekday that contradicts the date sets Mention.Conflict and
//     the date is kept.
//
// The grammar is a hand-written scanner over a light tokenisation: no
// regular expressions and no start-up cost beyond one small lookup table,
// so that the command line stays fast to start. Digit clusters that are
// not dates (clock times, decimals, money, percentages, phone and version
// numbers, "G20", "the 1990s") are recognised as such and never used.
package dates
