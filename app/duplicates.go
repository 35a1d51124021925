package app

import "context"

// DuplicatePair is two meetings that look like one occasion reported
// twice: the same people on the same or an adjacent day, found in
// different articles. A is the older meeting (lower id), the one a merge
// keeps by default. Both come with participants and sources.
type DuplicatePair struct {
	A, B Meeting
}

// Key identifies the pair regardless of order, e.g. for remembering that
// a person said the two are not one meeting.
func (p DuplicatePair) Key() [2]int64 {
	if p.A.ID < p.B.ID {
		return [2]int64{p.A.ID, p.B.ID}
	}
	return [2]int64{p.B.ID, p.A.ID}
}

// MeetingSplit says what a split moves from a meeting into the new meeting
// it makes, by position in the meeting's Sources and Participants. Sources
// not listed stay; when no source is listed both meetings keep every
// source. Participants listed move; when none is listed the new meeting
// gets a copy of every participant (the usual case: two articles merged by
// mistake report two meetings of the same people).
type MeetingSplit struct {
	Sources      []int
	Participants []int
}

// MeetingEditor is what the review workspace needs to treat meetings as
// units: make one by hand, delete one, merge two and split one. Each call
// is one transaction and one undoable action in the edit log.
type MeetingEditor interface {
	// CreateMeeting saves m, a meeting made by hand; m needs at least one
	// source naming a stored article. It returns the new meeting's id.
	CreateMeeting(ctx context.Context, m Meeting) (int64, error)
	// DeleteMeeting removes meeting id with its participants and sources.
	DeleteMeeting(ctx context.Context, id int64) error
	// MergeMeetings folds meeting other into meeting keep (see
	// MergeMeeting) and removes other.
	MergeMeetings(ctx context.Context, keep, other int64) error
	// SplitMeeting moves what s lists from meeting id into a new meeting
	// and returns the new meeting's id.
	SplitMeeting(ctx context.Context, id int64, s MeetingSplit) (int64, error)
	// DuplicateCandidates lists up to limit pairs of meetings that look
	// like duplicates (0: no limit), the most recently added first.
	DuplicateCandidates(ctx context.Context, limit int) ([]DuplicatePair, error)
}
