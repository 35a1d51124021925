package widgets

import (
	"context"

	"parley/app"
)

// suggestPeople finds the known people whose names contain q, those in
// most meetings first, off the UI goroutine. A failed lookup offers
// nothing: suggestions are a convenience, and typing still works.
func (r *reviewView) suggestPeople(q string, show func([]app.Person)) {
	ps, ok := r.u.store.(app.PeopleStore)
	if !ok {
		return
	}
	go func() {
		list, err := ps.People(context.Background(), app.PersonFilter{Search: q, Sort: app.PersonsByMeetings, Limit: nameSuggestionCount})
		if err == nil {
			r.u.onUI(func() { show(list) })
		}
	}()
}
