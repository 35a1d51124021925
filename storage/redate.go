package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"parley/app"
)

// fieldRedated is the edit log's name for a meeting date that Parley
// resolved again after its article's published date changed. It is undone
// with the action but, unlike app.FieldDate, does not mark the date as
// edited by a person, so a later change of the published date moves it again.
const fieldRedated = "date (re-resolved)"

// SetArticlePublished changes article id's published date and, in the same
// transaction and undo action, sets the dates redate gives for the
// article's meetings, skipping any meeting whose date a person has edited
// (their dates are never overwritten). It returns the meetings redated.
func (s *Store) SetArticlePublished(ctx context.Context, id int64, published app.Date, redate map[int64]app.Date) ([]int64, error) {
	if err := published.Validate(); err != nil {
		return nil, app.WrapError(app.EInvalid, err, "The published date %s is not a real date", published.String())
	}
	var changed []int64
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		now := time.Now()
		action, err := setPublished(ctx, tx, id, published, now)
		if err != nil || action == 0 {
			return err
		}
		changed, err = redateMeetings(ctx, tx, id, action, redate, now)
		return err
	})
	return changed, err
}

// setPublished stores the date and logs it as a new action (0 when the
// date is unchanged).
func setPublished(ctx context.Context, tx *sql.Tx, id int64, d app.Date, now time.Time) (int64, error) {
	var old string
	err := tx.QueryRowContext(ctx, `SELECT published FROM articles WHERE id = ?`, id).Scan(&old)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, app.Errorf(app.ENotFound, "Article %d does not exist; it may have been deleted.", id)
	}
	if err != nil || old == d.String() {
		return 0, err
	}
	if err := execTx(ctx, tx, `UPDATE articles SET published = ? WHERE id = ?`, d.String(), id); err != nil {
		return 0, err
	}
	return recordEdit(ctx, tx, 0, edit{table: "articles", rowID: id, field: "published", old: old, new: d.String(), at: now})
}

// redateMeetings applies redate to the article's meetings nobody has
// re-dated by hand, logging each change under action.
func redateMeetings(ctx context.Context, tx *sql.Tx, article, action int64, redate map[int64]app.Date, now time.Time) ([]int64, error) {
	var changed []int64
	for mid, d := range redate {
		var old string
		err := tx.QueryRowContext(ctx, `SELECT m.date FROM meetings m JOIN meeting_sources s ON s.meeting_id = m.id
			WHERE m.id = ? AND s.article_id = ? AND NOT EXISTS (SELECT 1 FROM edits e WHERE e.table_name = 'meetings'
				AND e.row_id = m.id AND e.field = ? AND e.undone = 0)`, mid, article, app.FieldDate).Scan(&old)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && old == d.String()) || (err == nil && d.Validate() != nil) {
			continue
		}
		if err != nil {
			return nil, err
		}
		v, _ := json.Marshal(d.String())
		if err := setField(ctx, tx, mid, app.FieldDate, v, now); err != nil {
			return nil, err
		}
		if _, err := recordEdit(ctx, tx, action, edit{table: "meetings", rowID: mid, field: fieldRedated, old: old, new: d.String(), at: now}); err != nil {
			return nil, err
		}
		changed = append(changed, mid)
	}
	return changed, nil
}
