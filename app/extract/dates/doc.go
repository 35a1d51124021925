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
// The grammar is a hand-written scanner over a light tokenisation: no
// regular expressions and no start-up cost beyond one small lookup table,
// so that the command line stays fast to start.
package dates
