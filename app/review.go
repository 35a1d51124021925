package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// MeetingUpdate is a change a reviewer makes to one meeting. Nil fields are
// left as they are; a non-nil field replaces the stored value whole.
type MeetingUpdate struct {
	Kind         *Kind
	Date         *Date
	Place        *Place
	Venue        *string
	Topics       *[]string
	Notes        *string
	Status       *Status
	Participants *[]Participant
}

// The names of the meeting fields a MeetingUpdate can change, as the edit
// log and EditedFields report them.
const (
	FieldKind         = "kind"
	FieldDate         = "date"
	FieldPlace        = "place"
	FieldVenue        = "venue"
	FieldTopics       = "topics"
	FieldNotes        = "notes"
	FieldStatus       = "status"
	FieldParticipants = "participants"
)

// FlagUnnamedCounterpart marks a meeting whose other side the article does
// not name: such a meeting may have a single participant.
const FlagUnnamedCounterpart = "unnamed counterpart"

// IsEmpty reports whether u changes nothing.
func (u MeetingUpdate) IsEmpty() bool { return u == MeetingUpdate{} }

// Validate checks the rules an update must satisfy before it is saved;
// flags are the meeting's extraction flags (for FlagUnnamedCounterpart).
func (u MeetingUpdate) Validate(flags []string) error {
	if u.Kind != nil && !u.Kind.Valid() {
		return Errorf(EInvalid, "%q is not a meeting kind (in person, phone or video).", *u.Kind)
	}
	if u.Status != nil && !u.Status.Valid() {
		return Errorf(EInvalid, "%q is not a meeting status (new, confirmed or rejected).", *u.Status)
	}
	if u.Date != nil {
		if err := u.Date.Validate(); err != nil {
			return WrapError(EInvalid, err, "The date %s is not a real date", u.Date.String())
		}
	}
	if u.Place != nil && !ValidCountry(u.Place.Country) {
		return Errorf(EInvalid, "The place's country %q is not a two-letter code like IR or KR.", u.Place.Country)
	}
	if u.Participants != nil {
		return ValidateParticipants(*u.Participants, slices.Contains(flags, FlagUnnamedCounterpart))
	}
	return nil
}

// ValidateParticipants checks a meeting's participant list: everyone has a
// name and a valid (or no) country, and there are at least two people
// unless the article leaves the counterpart unnamed.
func ValidateParticipants(ps []Participant, unnamedCounterpart bool) error {
	for i, p := range ps {
		if strings.TrimSpace(p.Name) == "" {
			return Errorf(EInvalid, "Participant %d has no name; type one or remove the row.", i+1)
		}
		if !ValidCountry(p.Country) {
			return Errorf(EInvalid, "%s: %q is not a two-letter country code like IR or KR.", p.Name, p.Country)
		}
	}
	if len(ps) < 2 && !unnamedCounterpart {
		return Errorf(EInvalid, "A meeting needs at least two participants (or the flag %q).", FlagUnnamedCounterpart)
	}
	return nil
}

// ValidCountry accepts "" (unknown) or two ASCII letters in either case.
func ValidCountry(c string) bool {
	c = strings.TrimSpace(c)
	if c == "" {
		return true
	}
	if len(c) != 2 {
		return false
	}
	for _, r := range strings.ToUpper(c) {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// EditAction is one user action in the edit log: the fields it changed on
// one meeting or article, undone or redone as a whole. MeetingID is 0 for
// an action that changed only an article (ArticleID) or people (PersonID:
// a rename, merge or split).
type EditAction struct {
	ID        int64
	MeetingID int64
	ArticleID int64
	PersonID  int64
	Fields    []string
}

// String describes a for the status bar, e.g. "meeting 12: date, venue"
// or "article 3: title".
func (a EditAction) String() string {
	if a.MeetingID == 0 && a.ArticleID != 0 {
		return fmt.Sprintf("article %d: %s", a.ArticleID, strings.Join(a.Fields, ", "))
	}
	if a.MeetingID == 0 && a.PersonID != 0 { // a merge logs one field per row it moved
		fields := slices.Clone(a.Fields)
		slices.Sort(fields)
		return fmt.Sprintf("person %d: %s", a.PersonID, strings.Join(slices.Compact(fields), ", "))
	}
	return fmt.Sprintf("meeting %d: %s", a.MeetingID, strings.Join(a.Fields, ", "))
}

// ReviewStore is what the review workspace needs from storage besides Store.
type ReviewStore interface {
	// Meeting returns one meeting with its participants and sources.
	Meeting(ctx context.Context, id int64) (Meeting, error)
	// UpdateMeeting applies u's non-nil fields in one transaction and logs
	// each changed field as one action.
	UpdateMeeting(ctx context.Context, id int64, u MeetingUpdate) error
	// ConfirmAndNext confirms meeting id and returns the meeting after it
	// in f's order (0 when there is none).
	ConfirmAndNext(ctx context.Context, id int64, f MeetingFilter) (int64, error)
	// Undo reverts the last action not undone; ENotFound when none.
	Undo(ctx context.Context) (EditAction, error)
	// Redo reapplies the action undone last; ENotFound when none.
	Redo(ctx context.Context) (EditAction, error)
	// EditedFields lists the fields of meeting id a person has changed.
	EditedFields(ctx context.Context, id int64) ([]string, error)
	// SetArticlePublished changes an article's published date and sets the
	// re-resolved dates of its meetings whose date nobody edited, as one action.
	SetArticlePublished(ctx context.Context, id int64, published Date, redate map[int64]Date) ([]int64, error)
}
