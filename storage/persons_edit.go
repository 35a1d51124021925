package storage

import (
	"context"
	"database/sql"

	"parley/app"
)

// RenamePerson gives person id the canonical name name, which also becomes
// one of the person's aliases, as one undoable action. Meetings find the
// person under the new name at once (their search rows are rewritten).
func (s *Store) RenamePerson(ctx context.Context, id int64, name string) error {
	if err := app.ValidatePersonName(name); err != nil {
		return err
	}
	name = cleanName(name)
	return s.inWrite(ctx, func(tx *sql.Tx) error {
		p, err := personRow(ctx, tx, id)
		if err != nil || p.Name == name {
			return err
		}
		l := newPersonLog(ctx, tx)
		if err := l.rename(id, p.Name, name); err != nil {
			return err
		}
		if err := l.addAlias(id, name); err != nil {
			return err
		}
		return l.finish()
	})
}

// MergePeople makes person drop part of person keep, as one undoable
// action: every participant recorded as drop becomes keep, drop's aliases
// join keep's (so later imports of those spellings resolve to keep), and
// drop is deleted. keep's name stays.
func (s *Store) MergePeople(ctx context.Context, keep, drop int64) error {
	if keep == drop {
		return app.Errorf(app.EInvalid, "A person cannot be merged with themselves; choose another person.")
	}
	return s.inWrite(ctx, func(tx *sql.Tx) error {
		for _, id := range []int64{keep, drop} {
			if _, err := personRow(ctx, tx, id); err != nil {
				return err
			}
		}
		l := newPersonLog(ctx, tx)
		parts, err := participantsOf(ctx, tx, drop)
		if err != nil {
			return err
		}
		for _, p := range parts {
			if err := l.moveParticipant(p.meeting, p.position, drop, keep); err != nil {
				return err
			}
		}
		if err := moveAliases(l, drop, keep); err != nil {
			return err
		}
		if err := l.deletePerson(drop, keep); err != nil {
			return err
		}
		return l.finish()
	})
}

// moveAliases gives every alias of from to to (unless to has it already)
// and takes it from from.
func moveAliases(l *personLog, from, to int64) error {
	aliases, err := aliasesOf(l.ctx, l.tx, from)
	if err != nil {
		return err
	}
	for _, a := range aliases {
		if err := l.removeAlias(from, a.Folded); err != nil {
			return err
		}
		if err := l.addAlias(to, a.Alias); err != nil {
			return err
		}
	}
	return nil
}

// SplitAlias makes one spelling of person id's name a person of its own,
// as one undoable action: the new person is named alias and takes that
// alias and every participant recorded under it (case and accents aside).
// If alias was id's canonical name, id is renamed to one of its remaining
// spellings. A person's only spelling cannot be split off (EInvalid), nor
// one the person does not have (ENotFound).
func (s *Store) SplitAlias(ctx context.Context, id int64, alias string) (int64, error) {
	key := fold(alias)
	var created int64
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		p, err := personRow(ctx, tx, id)
		if err != nil {
			return err
		}
		spellings, err := personAliases(ctx, tx, id)
		if err != nil {
			return err
		}
		name, rest, err := pickSplit(p, spellings, key, alias)
		if err != nil {
			return err
		}
		created, err = split(newPersonLog(ctx, tx), p, key, name, rest)
		return err
	})
	return created, err
}

// pickSplit finds the spelling with folded form key among p's, and the
// name p keeps: its own, or else the first other spelling.
func pickSplit(p app.Person, spellings []app.Alias, key, typed string) (name, rest string, err error) {
	for _, a := range spellings {
		if fold(a.Name) == key {
			name = a.Name
		} else if rest == "" {
			rest = a.Name
		}
	}
	switch {
	case name == "":
		return "", "", app.Errorf(app.ENotFound, "%s is not a name of %s; choose one of the names listed.", cleanName(typed), p.Name)
	case rest == "":
		return "", "", app.Errorf(app.EInvalid, "%s is the only name of this person; there is nothing to split it from.", name)
	}
	if fold(p.Name) != key {
		rest = p.Name
	}
	return name, rest, nil
}

// split moves spelling key of person p to a new person called name; p
// keeps the name keep.
func split(l *personLog, p app.Person, key, name, keep string) (int64, error) {
	created, err := l.createPerson(name, p.ID)
	if err != nil {
		return 0, err
	}
	if err := l.removeAlias(p.ID, key); err != nil {
		return 0, err
	}
	if err := l.addAlias(created, name); err != nil {
		return 0, err
	}
	parts, err := participantsOf(l.ctx, l.tx, p.ID)
	if err != nil {
		return 0, err
	}
	for _, pa := range parts {
		if fold(pa.name) != key {
			continue
		}
		if err := l.moveParticipant(pa.meeting, pa.position, p.ID, created); err != nil {
			return 0, err
		}
	}
	if keep != p.Name {
		if err := l.rename(p.ID, p.Name, keep); err != nil {
			return 0, err
		}
	}
	return created, l.finish()
}

// participantRef is one participant row of a person.
type participantRef struct {
	meeting  int64
	position int
	name     string
}

// participantsOf lists the participants recorded as person id.
func participantsOf(ctx context.Context, tx *sql.Tx, id int64) ([]participantRef, error) {
	var out []participantRef
	err := eachRow(ctx, tx, `SELECT meeting_id, position, name FROM participants WHERE person_id = ? ORDER BY meeting_id, position`,
		[]any{id}, func(r *sql.Rows) error {
			var p participantRef
			err := r.Scan(&p.meeting, &p.position, &p.name)
			out = append(out, p)
			return err
		})
	return out, err
}

// aliasesOf lists the alias rows of person id.
func aliasesOf(ctx context.Context, tx *sql.Tx, id int64) ([]aliasRecord, error) {
	var out []aliasRecord
	err := eachRow(ctx, tx, `SELECT alias, folded FROM person_aliases WHERE person_id = ? ORDER BY id`, []any{id},
		func(r *sql.Rows) error {
			var a aliasRecord
			err := r.Scan(&a.Alias, &a.Folded)
			out = append(out, a)
			return err
		})
	return out, err
}
