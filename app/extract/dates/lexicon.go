package dates

// class says what a word means to the grammar.
type class uint8

const (
	cNone     class = iota
	cMonth          // a Gregorian month; val 1..12
	cWeekday        // a day of the week; val 0 (Sunday) .. 6
	cHijri          // a Solar Hijri month; val 1..12
	cKey            // a keyword; val is a key
	cCount          // a number word; val is its value
	cMasthead       // a newspaper name after a weekday: "Sunday Times"
	cFeast          // a word naming a feast or event with a weekday: "Good Friday"
)

// key names the keywords the grammar looks for.
type key uint8

const (
	kNone key = iota
	kYesterday
	kToday
	kTonight
	kTomorrow
	kLast
	kThis
	kNext
	kComing
	kEarlier
	kLater
	kEarly
	kMid
	kLate
	kDay
	kWeek
	kMonth
	kYear
	kAgo
	kThe
	kIn
	kOn
	kOf
	kSince
	kBy
	kDuring
	kUntil
	kTill
	kThrough
	kFrom
	kTo
	kAnd
	kBetween
	kBefore
	kAfter
	kMorning
	kAfternoon
	kEvening
	kNight
	kEnd
	kBeginning
	kStart
	kWeekend
	kPast
	kOver
	kAt
	kFollowing
	kPrevious
	kSame
	kThat
)

// lexeme is the meaning of one word; abbr marks a short form ("Sept",
// "Tue") that counts only next to a day number or a year.
type lexeme struct {
	cls  class
	val  int8
	abbr bool
}

// lexicon maps lower-case words to their meaning. A map literal costs a
// few microseconds at start-up, far below what regular expressions would.
var lexicon = map[string]lexeme{
	"january": {cMonth, 1, false}, "jan": {cMonth, 1, true},
	"february": {cMonth, 2, false}, "feb": {cMonth, 2, true},
	"march": {cMonth, 3, false}, "mar": {cMonth, 3, true},
	"april": {cMonth, 4, false}, "apr": {cMonth, 4, true},
	"may":  {cMonth, 5, false},
	"june": {cMonth, 6, false}, "jun": {cMonth, 6, true},
	"july": {cMonth, 7, false}, "jul": {cMonth, 7, true},
	"august": {cMonth, 8, false}, "aug": {cMonth, 8, true},
	"september": {cMonth, 9, false}, "sep": {cMonth, 9, true}, "sept": {cMonth, 9, true},
	"october": {cMonth, 10, false}, "oct": {cMonth, 10, true},
	"november": {cMonth, 11, false}, "nov": {cMonth, 11, true},
	"december": {cMonth, 12, false}, "dec": {cMonth, 12, true},

	"sunday": {cWeekday, 0, false}, "sun": {cWeekday, 0, true},
	"monday": {cWeekday, 1, false}, "mon": {cWeekday, 1, true},
	"tuesday": {cWeekday, 2, false}, "tue": {cWeekday, 2, true}, "tues": {cWeekday, 2, true},
	"wednesday": {cWeekday, 3, false}, "wed": {cWeekday, 3, true},
	"thursday": {cWeekday, 4, false}, "thu": {cWeekday, 4, true}, "thur": {cWeekday, 4, true}, "thurs": {cWeekday, 4, true},
	"friday": {cWeekday, 5, false}, "fri": {cWeekday, 5, true},
	"saturday": {cWeekday, 6, false}, "sat": {cWeekday, 6, true},

	// Solar Hijri months in the transliterations Iranian English-language
	// outlets use.
	"farvardin": {cHijri, 1, false}, "farvardeen": {cHijri, 1, false},
	"ordibehesht": {cHijri, 2, false}, "ordibehest": {cHijri, 2, false}, "urdibehesht": {cHijri, 2, false},
	"khordad": {cHijri, 3, false}, "khordaad": {cHijri, 3, false}, "khurdad": {cHijri, 3, false},
	"tir": {cHijri, 4, false}, "teer": {cHijri, 4, false},
	"mordad": {cHijri, 5, false}, "amordad": {cHijri, 5, false}, "murdad": {cHijri, 5, false},
	"shahrivar": {cHijri, 6, false}, "shahrewar": {cHijri, 6, false}, "shahriwar": {cHijri, 6, false},
	"mehr": {cHijri, 7, false}, "mihr": {cHijri, 7, false},
	"aban": {cHijri, 8, false}, "aaban": {cHijri, 8, false},
	"azar": {cHijri, 9, false}, "azer": {cHijri, 9, false}, "adhar": {cHijri, 9, false},
	"dey": {cHijri, 10, false}, "dei": {cHijri, 10, false},
	"bahman": {cHijri, 11, false},
	"esfand": {cHijri, 12, false}, "esfend": {cHijri, 12, false}, "isfand": {cHijri, 12, false},

	"yesterday": {cKey, int8(kYesterday), false},
	"today":     {cKey, int8(kToday), false},
	"tonight":   {cKey, int8(kTonight), false},
	"tomorrow":  {cKey, int8(kTomorrow), false},
	"last":      {cKey, int8(kLast), false},
	"this":      {cKey, int8(kThis), false},
	"next":      {cKey, int8(kNext), false},
	"coming":    {cKey, int8(kComing), false},
	"earlier":   {cKey, int8(kEarlier), false},
	"later":     {cKey, int8(kLater), false},
	"early":     {cKey, int8(kEarly), false},
	"mid":       {cKey, int8(kMid), false},
	"late":      {cKey, int8(kLate), false},
	"day":       {cKey, int8(kDay), false}, "days": {cKey, int8(kDay), false},
	"week": {cKey, int8(kWeek), false}, "weeks": {cKey, int8(kWeek), false},
	"month": {cKey, int8(kMonth), false}, "months": {cKey, int8(kMonth), false},
	"year": {cKey, int8(kYear), false}, "years": {cKey, int8(kYear), false},
	"ago":       {cKey, int8(kAgo), false},
	"the":       {cKey, int8(kThe), false},
	"in":        {cKey, int8(kIn), false},
	"on":        {cKey, int8(kOn), false},
	"of":        {cKey, int8(kOf), false},
	"since":     {cKey, int8(kSince), false},
	"by":        {cKey, int8(kBy), false},
	"during":    {cKey, int8(kDuring), false},
	"until":     {cKey, int8(kUntil), false},
	"till":      {cKey, int8(kTill), false},
	"through":   {cKey, int8(kThrough), false},
	"from":      {cKey, int8(kFrom), false},
	"to":        {cKey, int8(kTo), false},
	"and":       {cKey, int8(kAnd), false},
	"between":   {cKey, int8(kBetween), false},
	"before":    {cKey, int8(kBefore), false},
	"after":     {cKey, int8(kAfter), false},
	"morning":   {cKey, int8(kMorning), false},
	"afternoon": {cKey, int8(kAfternoon), false},
	"evening":   {cKey, int8(kEvening), false},
	"night":     {cKey, int8(kNight), false},
	"end":       {cKey, int8(kEnd), false},
	"beginning": {cKey, int8(kBeginning), false},
	"start":     {cKey, int8(kStart), false},
	"weekend":   {cKey, int8(kWeekend), false},
	"past":      {cKey, int8(kPast), false},
	"over":      {cKey, int8(kOver), false},
	"at":        {cKey, int8(kAt), false},
	"following": {cKey, int8(kFollowing), false},
	"previous":  {cKey, int8(kPrevious), false},
	"same":      {cKey, int8(kSame), false},
	"that":      {cKey, int8(kThat), false},

	// Words that make a weekday part of a name rather than a date.
	"times": {cMasthead, 0, false}, "telegraph": {cMasthead, 0, false},
	"express": {cMasthead, 0, false}, "mirror": {cMasthead, 0, false},
	"herald": {cMasthead, 0, false}, "post": {cMasthead, 0, false},
	"tribune": {cMasthead, 0, false}, "observer": {cMasthead, 0, false},
	"mail": {cMasthead, 0, false}, "independent": {cMasthead, 0, false},
	"standard": {cMasthead, 0, false}, "star": {cMasthead, 0, false},
	"good": {cFeast, 0, false}, "black": {cFeast, 0, false}, "bloody": {cFeast, 0, false},
	"easter": {cFeast, 0, false}, "palm": {cFeast, 0, false}, "super": {cFeast, 0, false},
	"cyber": {cFeast, 0, false}, "holy": {cFeast, 0, false}, "ash": {cFeast, 0, false},
	"whit": {cFeast, 0, false}, "shrove": {cFeast, 0, false}, "maundy": {cFeast, 0, false},

	"a": {cCount, 1, false}, "an": {cCount, 1, false}, "one": {cCount, 1, false},
	"two": {cCount, 2, false}, "three": {cCount, 3, false}, "four": {cCount, 4, false},
	"five": {cCount, 5, false}, "six": {cCount, 6, false}, "seven": {cCount, 7, false},
	"eight": {cCount, 8, false}, "nine": {cCount, 9, false}, "ten": {cCount, 10, false},
}

// maxWord is the longest word in lexicon; longer words are never looked up.
const maxWord = 11

// maybeWord[first letter][second letter][length] is true when some
// lexicon word has those first two letters (26 for a one-letter word) and
// that length: it spares the map lookup for most words of a text, which is
// where tokenising spends its time.
var maybeWord = func() (t [26][27][maxWord + 1]bool) {
	for w := range lexicon {
		t[w[0]-'a'][secondIndex(w)][len(w)] = true
	}
	return t
}()

// secondIndex is the table index of w's second letter in any case: 0..25,
// or 26 when w has one byte or its second byte is no ASCII letter.
func secondIndex(w string) int {
	if len(w) < 2 || !isLetter(w[1]) {
		return 26
	}
	return int((w[1] | 0x20) - 'a')
}

// lookup returns the meaning of word w, compared case-insensitively
// without allocating (the compiler does not copy for string(bytes) map keys).
func lookup(w string) lexeme {
	if len(w) > maxWord || !isLetter(w[0]) || !maybeWord[(w[0]|0x20)-'a'][secondIndex(w)][len(w)] {
		return lexeme{}
	}
	var buf [maxWord]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lexicon[string(buf[:len(w)])]
}

// IsCalendarName reports whether w (any case) names a month, a weekday or
// a Solar Hijri month, full or abbreviated: words written with a capital in
// normal English text.
func IsCalendarName(w string) bool {
	switch lookup(w).cls {
	case cMonth, cWeekday, cHijri:
		return true
	}
	return false
}
