package storage

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"parley/app"
)

var _ app.ArticleEditor = (*Store)(nil)

// SetArticleField sets one metadata field of article id (app.ArticleFields)
// and logs it as one action, so Undo restores the old value.
func (s *Store) SetArticleField(ctx context.Context, id int64, field, value string) error {
	value, err := checkArticleField(field, value)
	if err != nil {
		return err
	}
	return s.inWrite(ctx, func(tx *sql.Tx) error {
		var old string
		// The column name comes from the fixed list checked above, never
		// from the caller's text.
		err := tx.QueryRowContext(ctx, `SELECT `+field+` FROM articles WHERE id = ?`, id).Scan(&old)
		if errors.Is(err, sql.ErrNoRows) {
			return app.Errorf(app.ENotFound, "Article %d does not exist; it may have been deleted.", id)
		}
		if err != nil || old == value {
			return err
		}
		if err := execTx(ctx, tx, `UPDATE articles SET `+field+` = ? WHERE id = ?`, value, id); err != nil {
			return err
		}
		_, err = recordEdit(ctx, tx, 0, edit{table: "articles", rowID: id, field: field, old: old, new: value, at: time.Now()})
		return err
	})
}

// checkArticleField returns value tidied for field, or why it cannot be
// stored: an unknown field or a dateline date that is not a date.
func checkArticleField(field, value string) (string, error) {
	if !slices.Contains(app.ArticleFields, field) {
		return "", app.Errorf(app.EInvalid, "Articles have no editable field %q.", field)
	}
	value = strings.Join(strings.Fields(value), " ")
	if field != app.ArticleDatelineDate {
		return value, nil
	}
	d, err := app.ParseDate(value)
	if err != nil {
		return "", app.WrapError(app.EInvalid, err, "The dateline date %q is not a date", value)
	}
	return d.String(), nil
}

// replayArticleField writes a logged article value back (undo and redo).
func replayArticleField(ctx context.Context, tx *sql.Tx, field string, row int64, v string) error {
	if field != "published" && !slices.Contains(app.ArticleFields, field) {
		return app.Errorf(app.EInternal, "The edit log names an unknown article field %s.", field)
	}
	return execTx(ctx, tx, `UPDATE articles SET `+field+` = ? WHERE id = ?`, v, row)
}
