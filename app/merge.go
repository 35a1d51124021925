package app

import (
	"slices"
	"strings"
)

// MergeMeeting is the one meeting that keep and other become when a person
// says they are the same occasion. keep's own values win; what keep lacks
// is taken from other: an unknown date, or a coarser date that other's
// date lies in (2025-09 becomes 2025-09-30); a missing or country-only
// place; an empty venue or summary. Every source of both is kept with its
// evidence (an identical source only once); participants are united by
// person (a person in both keeps keep's row, with blank title,
// organisation and country filled from other's); topics and flags are
// united; notes are joined; the confidence is the higher one.
func MergeMeeting(keep, other Meeting) Meeting {
	m := keep
	m.Date = finerDate(keep.Date, other.Date)
	m.Place = fuller(keep.Place, other.Place)
	m.Venue = orElse(keep.Venue, other.Venue)
	m.Summary = orElse(keep.Summary, other.Summary)
	m.Notes = joinNotes(keep.Notes, other.Notes)
	m.Confidence = max(keep.Confidence, other.Confidence)
	m.Topics = unite(keep.Topics, other.Topics)
	m.Flags = unite(keep.Flags, other.Flags)
	m.Sources = uniteSources(keep.Sources, other.Sources)
	m.Participants = uniteParticipants(keep.Participants, other.Participants)
	return m
}

// finerDate is a, unless b says more about the same time: b when a is
// unknown, or when b is more precise and lies inside a.
func finerDate(a, b Date) Date {
	switch {
	case a.IsZero():
		return b
	case known(b) <= known(a):
		return a
	case b.Year == a.Year && (a.Month == 0 || b.Month == a.Month):
		return b
	}
	return a
}

// known counts the parts of d that are known (0 to 3).
func known(d Date) int {
	n := 0
	for _, v := range []int{d.Year, d.Month, d.Day} {
		if v != 0 {
			n++
		}
	}
	return n
}

// fuller is a, unless a has no city and b has one in a's country (or a
// has no place at all).
func fuller(a, b Place) Place {
	if a.IsZero() || (a.City == "" && b.City != "" && strings.EqualFold(a.Country, b.Country)) {
		return b
	}
	return a
}

func orElse(a, b string) string {
	if strings.TrimSpace(a) == "" {
		return b
	}
	return a
}

// joinNotes keeps both notes, once each, separated by a blank line.
func joinNotes(a, b string) string {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	switch {
	case b == "" || a == b:
		return a
	case a == "":
		return b
	}
	return a + "\n\n" + b
}

// unite is a followed by the items of b that a lacks (ignoring case).
func unite(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.ContainsFunc(out, func(t string) bool { return strings.EqualFold(s, t) }) {
			out = append(out, s)
		}
	}
	return out
}

// uniteSources is a followed by the sources of b that are not already
// there (same article and same span).
func uniteSources(a, b []Source) []Source {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.ContainsFunc(out, func(t Source) bool { return t.ArticleID == s.ArticleID && t.Span == s.Span }) {
			out = append(out, s)
		}
	}
	return out
}

// uniteParticipants is a followed by the people of b that a lacks. People
// are the same when they have the same person id, or, for participants
// not resolved to a person yet, the same name.
func uniteParticipants(a, b []Participant) []Participant {
	out := slices.Clone(a)
	for _, p := range b {
		i := slices.IndexFunc(out, func(q Participant) bool { return samePerson(p, q) })
		if i < 0 {
			out = append(out, p)
			continue
		}
		out[i].Title = orElse(out[i].Title, p.Title)
		out[i].Organization = orElse(out[i].Organization, p.Organization)
		out[i].Country = orElse(out[i].Country, p.Country)
	}
	return out
}

func samePerson(p, q Participant) bool {
	if p.PersonID != 0 && q.PersonID != 0 {
		return p.PersonID == q.PersonID
	}
	return strings.EqualFold(strings.Join(strings.Fields(p.Name), " "), strings.Join(strings.Fields(q.Name), " "))
}

// Validate checks that s can split m: positions exist and appear once,
// something moves, m keeps at least one source and one participant.
func (s MeetingSplit) Validate(m Meeting) error {
	if len(s.Sources) == 0 && len(s.Participants) == 0 {
		return Errorf(EInvalid, "Choose the sources or the participants that go to the new meeting.")
	}
	if err := checkPositions(s.Sources, len(m.Sources), "source"); err != nil {
		return err
	}
	if err := checkPositions(s.Participants, len(m.Participants), "participant"); err != nil {
		return err
	}
	if len(s.Sources) == len(m.Sources) {
		return Errorf(EInvalid, "The meeting must keep at least one of its %d sources; leave one unchecked.", len(m.Sources))
	}
	if len(s.Participants) > 0 && len(s.Participants) == len(m.Participants) {
		return Errorf(EInvalid, "The meeting must keep at least one participant; leave one unchecked.")
	}
	return nil
}

// checkPositions reports a position out of range or given twice.
func checkPositions(pos []int, n int, what string) error {
	seen := map[int]bool{}
	for _, i := range pos {
		if i < 0 || i >= n {
			return Errorf(EInvalid, "There is no %s %d to move; the meeting has %d.", what, i+1, n)
		}
		if seen[i] {
			return Errorf(EInvalid, "The %s %d is listed twice.", what, i+1)
		}
		seen[i] = true
	}
	return nil
}

// SplitMeeting divides m as s says into the meeting that stays (rest,
// keeping m's id) and the new one (split, id 0). The new meeting copies
// m's kind, date, place, venue, topics and flags, is new to review, and
// has the sources and participants s moves (all participants, copied,
// when s moves none; all sources, copied, when s moves none).
func SplitMeeting(m Meeting, s MeetingSplit) (rest, split Meeting, err error) {
	if err := s.Validate(m); err != nil {
		return Meeting{}, Meeting{}, err
	}
	rest, split = m, m
	split.ID, split.Status, split.Notes = 0, StatusNew, ""
	split.Topics, split.Flags = slices.Clone(m.Topics), slices.Clone(m.Flags)
	if len(s.Sources) > 0 {
		split.Sources, rest.Sources = divide(m.Sources, s.Sources)
	} else {
		split.Sources = slices.Clone(m.Sources)
	}
	if len(s.Participants) > 0 {
		split.Participants, rest.Participants = divide(m.Participants, s.Participants)
	} else {
		split.Participants = slices.Clone(m.Participants)
	}
	return rest, split, nil
}

// divide returns the items at positions pos and the others, in order.
func divide[T any](items []T, pos []int) (moved, kept []T) {
	for i, it := range items {
		if slices.Contains(pos, i) {
			moved = append(moved, it)
		} else {
			kept = append(kept, it)
		}
	}
	return moved, kept
}
