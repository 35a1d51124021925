package app

import (
	"context"
	"strings"
	"unicode"
)

// Person is one real person, however the articles spelled the name.
// The People list fills in ID, Name and Meetings only; PeopleStore.Person
// fills in the rest.
type Person struct {
	ID       int64
	Name     string      // the canonical name
	Aliases  []Alias     // every spelling that resolves to this person, by name
	Titles   []TitleSpan // the titles the person had, earliest first
	Meetings int         // how many meetings the person took part in
}

// Alias is one spelling of a person's name and how many meetings name the
// person with it (as the article wrote it, case and accents aside).
type Alias struct {
	Name     string
	Meetings int
}

// TitleSpan is a title a person held, with the first and last meeting
// dates it was seen at (zero when none of those meetings is dated).
type TitleSpan struct {
	Title       string
	First, Last Date
	Meetings    int
}

// PersonSort chooses how the People list is ordered.
type PersonSort string

// The People list orders.
const (
	PersonsByName     PersonSort = "name"     // alphabetical (the default)
	PersonsByMeetings PersonSort = "meetings" // most meetings first
)

// PersonFilter selects persons. Search matches any alias, ignoring case
// and accents; empty means everyone.
type PersonFilter struct {
	Search string
	Sort   PersonSort
	Limit  int // 0: no limit
	Offset int
}

// ValidatePersonName checks a name typed for a person (Rename).
func ValidatePersonName(name string) error {
	name = strings.TrimSpace(name)
	if strings.IndexFunc(name, isNameRune) < 0 {
		return Errorf(EInvalid, "A person's name needs at least one letter or digit.")
	}
	if len(name) > 200 {
		return Errorf(EInvalid, "A person's name is at most 200 characters; this one has %d.", len(name))
	}
	return nil
}

func isNameRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// PeopleStore is what the People tab needs from storage. Each change is
// one transaction and one action in the edit log, so Undo takes it back.
type PeopleStore interface {
	// People lists the persons f selects with their meeting counts.
	People(ctx context.Context, f PersonFilter) ([]Person, error)
	// Person returns one person with aliases and titles; ENotFound if none.
	Person(ctx context.Context, id int64) (Person, error)
	// PersonMeetings lists the meetings person id took part in, newest first.
	PersonMeetings(ctx context.Context, id int64) ([]Meeting, error)
	// RenamePerson gives person id a new canonical name (kept as an alias).
	RenamePerson(ctx context.Context, id int64, name string) error
	// MergePeople makes drop part of keep: drop's participations and
	// aliases move to keep, and drop is deleted.
	MergePeople(ctx context.Context, keep, drop int64) error
	// SplitAlias makes alias of person id a person of its own, taking the
	// participations recorded under that spelling; it returns the new id.
	SplitAlias(ctx context.Context, id int64, alias string) (int64, error)
}
