package devgen

import (
	"context"

	"parley/app"
)

// PeopleMerger is the part of app.PeopleStore that gives people their
// aliases: storage.Store has it.
type PeopleMerger interface {
	People(ctx context.Context, f app.PersonFilter) ([]app.Person, error)
	MergePeople(ctx context.Context, keep, drop int64) error
}

// mergeVariants does what a reviewer does on the People tab when two
// transliterations of one name ("Mohammed Haddad", "Muhammad Haddad") came
// in as two people: it merges the variant into the usual spelling, which
// becomes the person's second alias. Each merge is one undoable action in
// the edit log, as in the app. It returns how many people were merged.
func (g *Generator) mergeVariants(ctx context.Context, store PeopleMerger) (int, error) {
	all, err := store.People(ctx, app.PersonFilter{})
	if err != nil {
		return 0, err
	}
	ids := make(map[string]int64, len(all))
	for _, p := range all {
		ids[foldKey(p.Name)] = p.ID
	}
	merged := 0
	for _, p := range g.people {
		keep, drop := ids[foldKey(p.name)], ids[foldKey(p.variant)]
		if p.variant == "" || keep == 0 || drop == 0 {
			continue // no variant, or one spelling never came up
		}
		if err := store.MergePeople(ctx, keep, drop); err != nil {
			return merged, err
		}
		merged++
	}
	return merged, nil
}
