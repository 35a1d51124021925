package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// connectors are the lowercase particles inside names (bin, al, da, van).
var connectors = map[string]bool{
	"bin": true, "bint": true, "binti": true, "ibn": true, "al": true, "el": true, "da": true,
	"de": true, "do": true, "dos": true, "das": true, "di": true, "du": true, "van": true,
	"von": true, "der": true, "den": true, "la": true, "le": true, "y": true, "ben": true, "ter": true,
}

// run handles a capitalised word at i: it reads the run of capitalised words
// (with name particles), peels off leading non-name words and decides
// whether the rest is a person, a place or an organisation.
func (s *scanner) run(i int) int {
	j := s.runEnd(i)
	first := s.peel(i, j)
	if first >= j {
		return j
	}
	name := s.text[s.toks[first].start:s.toks[j-1].end]
	if s.z.countryOrDemonym(name) != "" {
		if s.pre.complement && !s.pre.afterComma {
			s.pre.compLast = j - 1
		}
		s.placeWord(name, s.toks[j-1].poss)
		return j
	}
	// From here on name is known to be no country (the test above), so only
	// its city reading is asked.
	if s.isOrgRun(first, j) || j-1 > first && s.z.countryOrDemonym(s.word(j-1)) != "" {
		if k := s.nameAfterOrg(first, j); k > 0 {
			return s.emitName(k, j) // "Minister of Roads and Urban Development Farzaneh Sadegh"
		}
		if !s.pre.hasTitle() {
			s.flushTitle(i)
		}
		return j
	}
	if s.pre.complement && (j-first == 1 || s.toks[j-1].poss || j < len(s.toks) && s.toks[j].low == "of" || s.z.isCity(name)) {
		s.complementPlace(name)
		s.pre.compLast = j - 1
		return j
	}
	if !s.pre.hasTitle() && !s.pre.honor && s.z.isCity(name) {
		s.placeWord(name, s.toks[j-1].poss)
		return j
	}
	single := j-first == 1
	if single && s.isStop(first) {
		s.flushTitle(first)
		return j
	}
	if s.descriptor(first, j) {
		return j
	}
	return s.emitName(first, j)
}

// nameAfterOrg finds a name closing a title's complement: the words after
// the last organisation, department or place word of the run [first, j),
// when at least two remain. It returns their start, or 0.
func (s *scanner) nameAfterOrg(first, j int) int {
	if !s.pre.hasTitle() || !s.pre.complement {
		return 0
	}
	last := -1
	for k := first; k < j; k++ {
		t := s.toks[k]
		if w := s.word(k); t.is(bOrg|bDept) || isAcronym(w) && !isInitial(w) || s.z.countryOrDemonym(w) != "" {
			last = k
		}
	}
	if last < 0 || j-(last+1) < 2 || s.isOrgRun(last+1, j) {
		return 0
	}
	s.pre.compLast = last
	return last + 1
}

// descriptor reports whether the run [first, j) describes rather than
// names: a place or body before a title ("Tamil Nadu Governor X") or a
// venue after a preposition ("at Raj Bhavan", "in Bayan").
func (s *scanner) descriptor(first, j int) bool {
	if s.pre.hasTitle() || s.pre.honor || s.toks[j-1].poss {
		return false
	}
	if j < len(s.toks) && s.toks[j].word && s.toks[j].upper && s.startsTitle(j) {
		return true
	}
	if first > 0 && s.toks[first-1].word {
		switch s.toks[first-1].low {
		case "at", "in", "from", "near", "inside", "outside":
			return true
		}
	}
	return false
}

// runEnd returns the end of the run of name words starting at i.
func (s *scanner) runEnd(i int) int {
	j := i
	for j < len(s.toks) {
		t := s.toks[j]
		if t.low == "." && j > i && isInitial(s.word(j-1)) && j+1 < len(s.toks) && s.toks[j+1].word && s.toks[j+1].upper && s.toks[j].start == s.toks[j-1].end {
			j++ // the dot of an initial: "C. P. Radhakrishnan"
			continue
		}
		if !t.word || t.quoted {
			break
		}
		if j > i && !t.upper && !s.connectsName(j) {
			break
		}
		if j > i && t.upper && !isSuffix(t.low) && !s.patronymic(j) && (t.is(bStop) || s.startsTitle(j)) {
			break
		}
		j++
		if t.poss {
			break
		}
	}
	return j
}

// patronymicHonorifics are honorifics that also stand inside a Malay name
// before the father's name: "Abang Johari Tun Openg".
var patronymicHonorifics = map[string]bool{"tun": true, "datuk": true, "dato": true}

// patronymic reports whether the honorific at j, inside a run of name
// words, is part of the name: one capitalised word follows it and ends
// the run.
func (s *scanner) patronymic(j int) bool {
	if !patronymicHonorifics[s.toks[j].low] || j+1 >= len(s.toks) {
		return false
	}
	next := s.toks[j+1]
	if !next.word || !next.upper || next.is(bStop) || s.startsTitle(j+1) {
		return false
	}
	return j+2 >= len(s.toks) || !s.toks[j+2].word || !s.toks[j+2].upper
}

// startsTitle reports whether a title or an honorific begins at token j.
func (s *scanner) startsTitle(j int) bool {
	return s.l.titles.matchToks(s.toks, j, len(s.toks)) > 0 || s.honorific(j) > 0
}

// isInitial reports whether w is an initial or dotted initials: "C", "K.T".
func isInitial(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// oneLine collapses the line breaks and runs of spaces inside a name that
// a hard-wrapped text splits across lines.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\t  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// connectsName reports whether the lowercase particles from token j
// ("von der", "bin", "da") lead to another capitalised name word.
func (s *scanner) connectsName(j int) bool {
	for k := j; k < len(s.toks) && k < j+3; k++ {
		t := s.toks[k]
		if !t.word {
			return false
		}
		if t.upper {
			return k > j
		}
		if !connectors[t.low] {
			return false
		}
	}
	return false
}

func isSuffix(low string) bool { return low == "jr" || low == "sr" }

// peel skips leading words of the run [i, j) that cannot begin a name:
// stop words, sentence-initial gerunds, department words and countries or
// demonyms, which it records as the prefix's country.
func (s *scanner) peel(i, j int) int {
	for i < j {
		t := s.toks[i]
		switch {
		case t.is(bStop) && !isAcronym(s.word(i)) || t.is(bDept) && j-i > 1:
			s.mark(i)
			i++
			continue
		case strings.HasSuffix(t.low, "ing") && i == 0:
			i++
			continue
		}
		if k := s.placePrefix(i, j); k > 0 {
			i += k
			continue
		}
		break
	}
	return i
}

// placePrefix returns how many words at i (leaving at least two) form a
// country or demonym ("South Korean Kim Junpyo"), recording the country, or
// a city after "to"/"of" in a title ("Ambassador to Tehran Kim Junpyo").
func (s *scanner) placePrefix(i, j int) int {
	for k := min(3, j-i-1); k > 0; k-- {
		name := s.text[s.toks[i].start:s.toks[i+k-1].end]
		if cc := s.z.countryOrDemonym(name); cc != "" {
			s.mark(i)
			if s.pre.country == "" && !s.pre.to {
				s.pre.country = cc
			}
			return k
		}
		if s.pre.complement {
			if _, ok := s.z.city(name); ok {
				return k
			}
		}
	}
	return 0
}

// isOrgRun reports whether the run [i, j) holds an organisation word.
func (s *scanner) isOrgRun(i, j int) bool {
	for k := i; k < j; k++ {
		t := s.toks[k]
		if w := s.word(k); t.is(bOrg|bDept) || isAcronym(w) && (k == j-1 || !isInitial(w)) || strings.HasSuffix(t.low, "-based") {
			return true
		}
	}
	return false
}

// isAcronym reports whether w is written in capitals (QU, FIFA, ARF).
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// isStop reports whether the single word at i is not a name by itself.
func (s *scanner) isStop(i int) bool {
	t := s.toks[i]
	w := s.word(i)
	return t.is(bStop) && !isAcronym(w) || utf8.RuneCountInString(w) < 2 || isAllDigits(t.low)
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// complementPlace records a place in a title's complement: "mayor of
// Isfahan" (the person's country and city), "Ambassador of China".
func (s *scanner) complementPlace(name string) {
	if s.pre.to {
		return
	}
	if cc := s.z.countryOrDemonym(name); cc != "" {
		if s.pre.country == "" {
			s.pre.country = cc
		}
		return
	}
	if p, ok := s.z.city(name); ok {
		if s.pre.country == "" {
			s.pre.country = p.Country
		}
		if s.pre.cityOf == "" {
			s.pre.cityOf = name
		}
	}
}

// placeWord records a country or demonym standing before a title
// ("Bolivia's Ambassador", "Saudi Minister"); a place that is not followed
// by a title ends the prefix.
func (s *scanner) placeWord(name string, poss bool) {
	if s.pre.hasTitle() && !s.pre.afterComma {
		s.complementPlace(name)
		return
	}
	s.flushTitle(0)
	if cc := s.z.countryOrDemonym(name); cc != "" {
		s.pre.country = cc
	}
}

// emitName records the person name [first, j) with the prefix's title and
// country, then reads a title in apposition after it.
func (s *scanner) emitName(first, j int) int {
	if s.pre.afterComma && j < len(s.toks) && s.toks[j].word && !s.toks[j].upper && s.toks[j].low != "and" && s.toks[j].low != "of" {
		s.flushTitle(first) // "the minister of X, Sơn reaffirmed": a new subject, not the minister's name
	}
	end := s.toks[j-1].end
	if s.toks[j-1].low == "jr" || s.toks[j-1].low == "sr" {
		if j < len(s.toks) && s.toks[j].low == "." && s.toks[j].start == end {
			end++
		}
	}
	m := mention{kind: mName, first: first, last: j - 1, start: s.toks[first].start, end: end,
		name: oneLine(s.text[s.toks[first].start:end]), person: -1, country: s.pre.country, placeCity: s.pre.cityOf}
	m.ctxStart = m.start
	if s.pre.start >= 0 {
		m.ctxStart = s.pre.start
	}
	if s.pre.hasTitle() {
		m.title, m.titleKey = s.titleText(), s.pre.titleKey
	}
	m.titled = s.pre.hasTitle() || s.pre.honor
	m.single = j-first == 1 && !m.titled
	s.pre = newPrefix()
	next := s.appositive(&m, j)
	m.ctxEnd = s.toks[next-1].end
	s.out = append(s.out, m)
	return next
}

// titleText returns the prefix's title as written, without a trailing "to"
// complement for ambassadors kept short.
func (s *scanner) titleText() string {
	a, b := s.toks[s.pre.titleFirst], s.toks[max(s.pre.titleLast, s.pre.compLast)]
	return s.text[a.start:b.end]
}

// appositive reads ", the mayor of Isfahan," or " of Bahrain" after a name
// and returns the index after what it consumed.
func (s *scanner) appositive(m *mention, j int) int {
	if k := s.ofCountry(m, j); k > j {
		return k
	}
	if j < len(s.toks) && s.toks[j].low == "(" {
		return s.bracketTitle(m, j)
	}
	if j >= len(s.toks) || s.toks[j].low != "," {
		return j
	}
	k, cc := s.appositiveLead(j + 1)
	n := s.l.titles.matchToks(s.toks, k, len(s.toks))
	if n == 0 || k+n < len(s.toks) && s.toks[k+n].word && s.toks[k+n].upper {
		return j // no title, or a title with its own name: the next person of a list
	}
	end := k + n
	for end < len(s.toks) && s.toks[end].word && end-k < 14 && s.appositiveWord(s.toks[end]) {
		end++
	}
	if m.title == "" {
		m.title = s.text[s.toks[k].start:s.toks[end-1].end]
		m.titleKey = s.joinLow(k, n)
	}
	pc, city := s.ofPlace(k+n, end)
	if m.country == "" {
		m.country = cc
		if cc == "" {
			m.country = pc
		}
	}
	if m.placeCity == "" && !formerTitle(s.toks, j+1, k) {
		m.placeCity = city // not "the former mayor of Los Angeles": that city is no longer theirs
	}
	return end
}

// formerTitle reports whether the lead words [a, k) before a title mark an
// office no longer held ("former", "ex-").
func formerTitle(toks []token, a, k int) bool {
	for i := a; i < k; i++ {
		if toks[i].low == "former" || toks[i].low == "ex" {
			return true
		}
	}
	return false
}

// bracketTitle reads a title in brackets after a name: "Tom Berg
// (Governor of Cusco)". It returns the index after the closing bracket, or
// j when the brackets hold no title ("(left)", "(R)").
func (s *scanner) bracketTitle(m *mention, j int) int {
	k := j + 1
	n := s.l.titles.matchToks(s.toks, k, len(s.toks))
	if n == 0 {
		return j
	}
	end := k + n
	for end < len(s.toks) && s.toks[end].word && end-k < 14 && s.appositiveWord(s.toks[end]) {
		end++
	}
	if end >= len(s.toks) || s.toks[end].low != ")" {
		return j
	}
	if m.title == "" {
		m.title = s.text[s.toks[k].start:s.toks[end-1].end]
		m.titleKey = s.joinLow(k, n)
	}
	pc, city := s.ofPlace(k+n, end)
	if m.country == "" {
		m.country = pc
	}
	if m.placeCity == "" {
		m.placeCity = city
	}
	return end + 1
}

// ofCountry reads " of Bahrain" right after a name ("King Hamad ... of
// Bahrain") and returns the index after it, or j.
func (s *scanner) ofCountry(m *mention, j int) int {
	if j+1 >= len(s.toks) || s.toks[j].low != "of" || !s.toks[j].word {
		return j
	}
	k := s.runEnd(j + 1)
	if k <= j+1 {
		return j
	}
	cc := s.z.countryOrDemonym(s.text[s.toks[j+1].start:s.toks[k-1].end])
	if cc == "" {
		return j
	}
	if m.country == "" {
		m.country = cc
	}
	return k
}

// appositiveLead skips the words that may open a title in apposition
// ("the", "then", "former", "Costa Rica's") and returns where the title
// may start and the country a possessive named.
func (s *scanner) appositiveLead(k int) (int, string) {
	cc := ""
	for k < len(s.toks) && s.toks[k].word {
		switch s.toks[k].low {
		case "the", "then", "a", "an", "former", "now":
			k++
			continue
		}
		if !s.toks[k].poss || !s.toks[k].upper {
			break
		}
		if c := s.z.countryOrDemonym(s.word(k)); c != "" {
			cc, k = c, k+1
			continue
		}
		e := s.runEnd(k)
		if c := s.z.countryOrDemonym(s.text[s.toks[k].start:s.toks[e-1].end]); c != "" {
			cc, k = c, e
			continue
		}
		break
	}
	return k, cc
}

// appositiveWord reports whether t can continue a title in apposition:
// capitalised words, title and department words and the particles that
// join them ("Consul General at the US Consulate in Kolkata"), but not a
// verb ("... in Kolkata met the Governor").
func (s *scanner) appositiveWord(t token) bool {
	if t.upper {
		return true
	}
	switch t.low {
	case "of", "the", "at", "in", "to", "for", "and", "on", "de", "du", "des", "la":
		return true
	}
	return t.is(bTitle) && s.l.titles.has(t.low) || t.is(bDept|bOrg)
}

// ofPlace finds "of PLACE" in tokens [i, end) and returns the country and,
// for a city, its name ("mayor of Isfahan").
func (s *scanner) ofPlace(i, end int) (cc, city string) {
	for ; i < end; i++ {
		if s.toks[i].low != "of" {
			continue
		}
		k := i + 1
		if k < end && s.toks[k].low == "the" {
			k++
		}
		if k >= end || !s.toks[k].upper {
			continue
		}
		e := min(s.runEnd(k), end)
		name := s.text[s.toks[k].start:s.toks[e-1].end]
		if c := s.z.countryOrDemonym(name); c != "" {
			return c, ""
		}
		if p, ok := s.z.city(name); ok {
			return p.Country, name
		}
	}
	return "", ""
}
