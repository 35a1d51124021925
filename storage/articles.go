package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"parley/app"
)

// HasArticle reports whether an article with this content hash is stored.
func (s *Store) HasArticle(ctx context.Context, hash string) (bool, error) {
	var found bool
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		_, ok, err := articleByHash(ctx, tx, hash)
		found = ok
		return err
	})
	return found, err
}

// SaveArticles saves the batch in one transaction: every article with its
// meetings (status new unless given), sources, participants, people and
// places, or nothing at all. An article whose hash is already stored (or
// appears earlier in the batch) is skipped and reported Duplicate with the
// stored article's id. Invalid input fails with EInvalid before anything
// is written.
func (s *Store) SaveArticles(ctx context.Context, batch []app.NewArticle) ([]app.SaveResult, error) {
	if err := validateBatch(batch); err != nil {
		return nil, err
	}
	now := time.Now()
	results := make([]app.SaveResult, len(batch))
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		var fresh searchQueue
		people := personCache{}
		if err := loadPeople(ctx, tx, people, batch); err != nil {
			return err
		}
		for i, na := range batch {
			r, meetings, err := saveArticle(ctx, tx, na, now, people)
			if err != nil {
				return fmt.Errorf("article %s: %w", articleName(na.Article), err)
			}
			results[i] = r
			if !r.Duplicate {
				fresh.add(r.ArticleID, meetings...)
			}
		}
		return fresh.index(ctx, tx)
	})
	if err != nil {
		return nil, err
	}
	return results, nil
}

// saveArticle saves one article and its meetings unless its hash is
// stored, and returns the ids of the meetings it saved.
func saveArticle(ctx context.Context, tx *sql.Tx, na app.NewArticle, now time.Time, people personCache) (app.SaveResult, []int64, error) {
	id, dup, err := articleByHash(ctx, tx, na.Article.Hash)
	if err != nil || dup {
		return app.SaveResult{ArticleID: id, Duplicate: dup}, nil, err
	}
	if id, err = insertArticle(ctx, tx, na.Article, now); err != nil {
		return app.SaveResult{}, nil, err
	}
	meetings := make([]int64, len(na.Meetings))
	for i, m := range na.Meetings {
		if meetings[i], err = insertMeeting(ctx, tx, m, id, now, people); err != nil {
			return app.SaveResult{}, nil, err
		}
	}
	return app.SaveResult{ArticleID: id}, meetings, nil
}

// articleByHash returns the id of the article with hash, if any.
func articleByHash(ctx context.Context, tx *sql.Tx, hash string) (int64, bool, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

func insertArticle(ctx context.Context, tx *sql.Tx, a app.Article, now time.Time) (int64, error) {
	if a.ImportedAt.IsZero() {
		a.ImportedAt = now
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles
		(path, hash, format, title, outlet, published, dateline_city, dateline_date, text, imported_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Path, a.Hash, a.Format, a.Title, a.Outlet, a.Published.String(),
		a.DatelineCity, a.DatelineDate.String(), a.Text, timestamp(a.ImportedAt))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// validateBatch checks every article and meeting before the transaction,
// so a bad one is reported by name and nothing is written.
func validateBatch(batch []app.NewArticle) error {
	for _, na := range batch {
		if err := validateArticle(na); err != nil {
			return app.WrapError(app.EInvalid, err, "The article %s cannot be saved: %v", articleName(na.Article), err)
		}
	}
	return nil
}

func validateArticle(na app.NewArticle) error {
	a := na.Article
	if strings.TrimSpace(a.Hash) == "" {
		return errors.New("it has no content hash")
	}
	if err := a.Published.Validate(); err != nil {
		return fmt.Errorf("published date: %w", err)
	}
	if err := a.DatelineDate.Validate(); err != nil {
		return fmt.Errorf("dateline date: %w", err)
	}
	for i, m := range na.Meetings {
		if err := validateMeeting(m, len(a.Text)); err != nil {
			return fmt.Errorf("meeting %d: %w", i+1, err)
		}
	}
	return nil
}

// articleName names an article in messages: its file, else its title.
func articleName(a app.Article) string {
	switch {
	case a.Path != "":
		return a.Path
	case a.Title != "":
		return fmt.Sprintf("%q", a.Title)
	}
	return "without a name"
}

// Articles lists articles without their text, newest import first, each
// with the number of meetings it reports. Search matches title and text.
func (s *Store) Articles(ctx context.Context, f app.ArticleFilter) ([]app.Article, error) {
	q := `SELECT a.id, a.path, a.hash, a.format, a.title, a.outlet, a.published, a.dateline_city,
		a.dateline_date, '', a.imported_at,
		(SELECT count(DISTINCT meeting_id) FROM meeting_sources WHERE article_id = a.id)
		FROM articles a`
	var args []any
	if m := ftsQuery(f.Search); m != "" {
		q += ` WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`
		args = append(args, m)
	}
	q += ` ORDER BY a.id DESC` + limitClause(f.Limit, f.Offset)
	var list []app.Article
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			a, err := scanArticle(rows)
			if err != nil {
				return err
			}
			list = append(list, a)
		}
		return rows.Err()
	})
	return list, err
}

// Article returns one article with its text; ENotFound when there is none.
func (s *Store) Article(ctx context.Context, id int64) (app.Article, error) {
	var a app.Article
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		var err error
		a, err = scanArticle(tx.QueryRowContext(ctx, `SELECT a.id, a.path, a.hash, a.format, a.title,
			a.outlet, a.published, a.dateline_city, a.dateline_date, a.text, a.imported_at,
			(SELECT count(DISTINCT meeting_id) FROM meeting_sources WHERE article_id = a.id)
			FROM articles a WHERE a.id = ?`, id))
		if errors.Is(err, sql.ErrNoRows) {
			return app.Errorf(app.ENotFound, "Article %d does not exist; it may have been deleted.", id)
		}
		return err
	})
	return a, err
}

// scanner is what *sql.Row and *sql.Rows have in common.
type scanner interface{ Scan(dest ...any) error }

func scanArticle(r scanner) (app.Article, error) {
	var a app.Article
	var published, dateline, imported string
	err := r.Scan(&a.ID, &a.Path, &a.Hash, &a.Format, &a.Title, &a.Outlet, &published,
		&a.DatelineCity, &dateline, &a.Text, &imported, &a.MeetingCount)
	if err != nil {
		return a, err
	}
	a.Published = storedDate(published)
	a.DatelineDate = storedDate(dateline)
	a.ImportedAt = parseTimestamp(imported)
	return a, nil
}

// storedDate reads a date column; what Parley wrote always parses.
func storedDate(s string) app.Date {
	d, _ := app.ParseDate(s)
	return d
}

// limitClause renders LIMIT/OFFSET; the numbers are ints, never user text.
func limitClause(limit, offset int) string {
	switch {
	case limit > 0:
		return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, max(offset, 0))
	case offset > 0:
		return fmt.Sprintf(" LIMIT -1 OFFSET %d", offset)
	}
	return ""
}
