package extract

import "parley/app"

// clause is a token range of a sentence that holds at most one meeting.
type clause struct {
	a, b      int  // token range [a, b)
	continued bool // begins "and then with ...": the previous clause's cue carries over
}

// clauseSplitters end a clause: what follows them is reported speech or
// another event ("said", "when", "since").
var clauseSplitters = map[string]bool{
	"when": true, "while": true, "whereas": true, "since": true, "said": true, "says": true,
	"told": true, "added": true, "asked": true, "urged": true, "noted": true, "stressed": true,
	"stated": true, "explained": true, "according": true, "saying": true, "adding": true,
}

// auxiliaries after "and" start a second predicate with its own tense.
var auxiliaries = map[string]bool{
	"is": true, "was": true, "will": true, "has": true, "had": true, "are": true, "were": true, "would": true,
}

// leadAdverbials open a sentence with a clause of their own up to the
// first comma.
var leadAdverbials = map[string]bool{"after": true, "before": true, "following": true, "prior": true}

// clauses splits a sentence's tokens into clauses.
func clauses(toks []token) []clause {
	var out []clause
	start := 0
	cont := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.quoted {
			continue
		}
		split, skip, nextCont := false, 0, false
		switch {
		case t.low == ";":
			split, skip = true, 1
		case t.word && t.is(bSplit) && i > start:
			split = true
		case t.low == "and" && i+1 < len(toks) && (toks[i+1].low == "then" || toks[i+1].low == "later") && i > start:
			split, skip, nextCont = true, 2, true
		case t.low == "and" && i+1 < len(toks) && toks[i+1].low == "with" && i > start:
			split, skip, nextCont = true, 1, true // "met X on Tuesday, and with Y on Monday"
		case t.low == "and" && i+1 < len(toks) && auxiliaries[toks[i+1].low] && i > start:
			split = true // "... had talks with X and is scheduled to meet Y": a second predicate
		case t.low == "," && start == 0 && len(toks) > 0 && leadAdverbials[toks[0].low]:
			split, skip = true, 1 // "After meeting X, Y held talks with Z"
		}
		if !split {
			continue
		}
		out = append(out, clause{a: start, b: i, continued: cont})
		start, cont = i+skip, nextCont
		i = start - 1
	}
	if start < len(toks) {
		out = append(out, clause{a: start, b: len(toks), continued: cont})
	}
	return out
}

// cueHit is a meeting cue found in a clause.
type cueHit struct {
	pos, end int // token range of the cue
	kind     app.Kind
	strong   bool
}

// findCue returns the meeting cue of the clause [a, b): the first strong
// cue, else the first weak one; a phone or video cue anywhere in the clause
// sets the kind. ok is false when there is none or a plan word governs it.
func findCue(l *lexicon, toks []token, a, b int) (hit cueHit, ok bool) {
	return findCueOf(l, toks, a, b, false)
}

// findCueOf is findCue over the ordinary cues, or over the visit cues only.
func findCueOf(l *lexicon, toks []token, a, b int, visits bool) (hit cueHit, ok bool) {
	kind := app.KindInPerson
	found := false
	for i := a; i < b; i++ {
		if !toks[i].word || toks[i].quoted {
			continue
		}
		if !toks[i].is(bCue) {
			continue
		}
		for _, c := range l.cues[toks[i].low] {
			if c.visit != visits {
				continue
			}
			end, m := matchCue(toks, i, b, c.words)
			if !m || !cueApplies(l, toks, i, end, b, c) {
				continue
			}
			if c.kind != app.KindInPerson {
				kind = c.kind
			}
			if !found || c.strong && !hit.strong {
				hit, found = cueHit{pos: i, end: end, kind: c.kind, strong: c.strong}, true
			}
		}
	}
	if !found || planned(l, toks, a, hit.pos, hit.end, b) {
		return cueHit{}, false
	}
	if kind != app.KindInPerson {
		hit.kind = kind
		hit.strong = true
	}
	return hit, true
}

// matchCue matches the cue words at token i; "*" skips up to three words.
func matchCue(toks []token, i, b int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		if w == "*" {
			next := words[k+1]
			for n := 0; n <= 3 && j+n < b; n++ {
				if toks[j+n].low == next {
					j += n
					break
				}
			}
			continue
		}
		if j >= b || !toks[j].word || toks[j].low != w {
			return 0, false
		}
		j++
	}
	return j, true
}

// cueApplies rules out readings of a cue that are not meetings: "received
// a cable", "the meeting of NATO ministers", "called on X to act".
func cueApplies(l *lexicon, toks []token, i, end, b int, c cue) bool {
	w := toks[i].low
	switch {
	case w == "received" || w == "receives" || w == "receiving" || w == "receive" ||
		w == "welcomed" || w == "welcomes" || w == "hosted" || w == "hosts":
		switch {
		case len(c.words) != 1:
			return true
		case receivedObject(l, toks, end, b):
			return false // "received a cable", "welcomed the decision"
		case (w == "welcomed" || w == "welcomes") && onArrival(toks, i, b):
			return false // a greeting on arrival, not the meeting itself
		case w == "hosted" && end < b && toks[end].low == "by":
			// "was hosted by X", "a dinner hosted by X", not "the fair hosted by X"
			return i > 0 && (isBe(toks[i-1].low) || mealWords[toks[i-1].low])
		}
		return true
	case (w == "meeting" || w == "meetings") && len(c.words) == 1:
		return !(end < b && toks[end].low == "of")
	case (w == "called" || w == "calls" || w == "call") && len(c.words) == 2 && c.words[1] == "on":
		return !urges(toks, end, b)
	}
	return true
}

// onArrival reports whether the clause after token i says "on his
// arrival" or "upon arrival": the protocol greeting before a meeting.
func onArrival(toks []token, i, b int) bool {
	for j := i + 1; j < b && j < i+12; j++ {
		if toks[j].low != "arrival" {
			continue
		}
		for k := max(i+1, j-2); k < j; k++ {
			if toks[k].low == "on" || toks[k].low == "upon" {
				return true
			}
		}
	}
	return false
}

// possessedObject reports whether the name ending at token k, after the
// cue, only owns something ("welcomed Khalid's decision"): no participant.
func possessedObject(toks []token, k, cuePos int) bool {
	if k <= cuePos || !toks[k].poss || k+1 >= len(toks) {
		return false
	}
	return !meetingNouns[toks[k+1].low] // "Fadillah's discussion with X" is a meeting of Fadillah
}

// meetingNouns name an encounter: a possessor of one takes part in it.
var meetingNouns = map[string]bool{
	"meeting": true, "discussion": true, "discussions": true, "talks": true, "visit": true, "call": true,
	"conversation": true, "reception": true, "audience": true, "trip": true, "encounter": true,
}

// mealWords are occasions whose host meets the guests ("a dinner hosted by").
var mealWords = map[string]bool{"dinner": true, "lunch": true, "luncheon": true, "banquet": true, "breakfast": true, "reception": true}

// receivedObject reports whether "received" is followed by a thing (a
// cable, congratulations) rather than a person.
func receivedObject(l *lexicon, toks []token, i, b int) bool {
	for j := i; j < b && j < i+4; j++ {
		if !toks[j].word {
			return false
		}
		if toks[j].is(bNotRecv) {
			return true
		}
		if toks[j].upper && !toks[j].poss {
			return false
		}
	}
	return false
}

// urges reports whether "called on" is followed by "to" and a verb within
// the clause ("called on the parties to show restraint").
func urges(toks []token, i, b int) bool {
	for j := i; j < b-1 && j < i+12; j++ {
		if toks[j].low == "to" && toks[j+1].word && !toks[j+1].upper && toks[j+1].low != "the" {
			return true
		}
	}
	return false
}

// planAfter are the plan words that follow the cue they govern ("a meeting
// ... is planned").
var planAfter = map[string]bool{
	"will": true, "planned": true, "expected": true, "scheduled": true, "due": true, "set": true,
}

// planned reports whether a plan word governs the cue: any negative phrase
// in the ten words before it, or a passive plan in the fourteen after.
func planned(l *lexicon, toks []token, a, pos, end, b int) bool {
	for i := max(a, pos-10); i < pos; i++ {
		if l.negative.matchToks(toks, i, pos) > 0 {
			return true
		}
	}
	for i := end; i < b && i < end+14; i++ {
		if !toks[i].word {
			continue
		}
		if toks[i].low == "will" || planAfter[toks[i].low] && i > 0 && isBe(toks[i-1].low) {
			return true
		}
		if toks[i].low == "to" && i+1 < b && toks[i+1].low == "be" {
			return true
		}
	}
	return false
}

func isBe(w string) bool {
	return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been"
}
