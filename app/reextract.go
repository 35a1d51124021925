package app

import "context"

// Proposal is one change that extracting an article again suggests. Either
// Update changes one field of meeting MeetingID that nobody has edited
// (Field names it), or, with MeetingID 0, New is a meeting the article
// reports that no stored meeting matches.
type Proposal struct {
	MeetingID int64
	Field     string
	Update    MeetingUpdate
	New       *Meeting
}

// Reextractor is what re-extracting an article needs from storage. It
// never overwrites a field a person has edited: such fields get no
// proposal, and a proposal whose field was edited after it was made is
// skipped when applied.
type Reextractor interface {
	// ReextractProposals compares ext, a fresh extraction of article id,
	// with the article's stored meetings and lists what would change.
	ReextractProposals(ctx context.Context, id int64, ext Extraction) ([]Proposal, error)
	// ApplyProposals makes the chosen proposals of article id in one
	// transaction, as one undoable action, and returns how many it made.
	ApplyProposals(ctx context.Context, id int64, ps []Proposal) (int, error)
}
