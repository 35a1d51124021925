package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"parley/app"
)

// Counts returns the totals for the status bar, from one snapshot.
func (s *Store) Counts(ctx context.Context) (app.Counts, error) {
	c := app.Counts{ByStatus: map[app.Status]int{}}
	err := s.inRead(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM meetings),
			(SELECT count(*) FROM people), (SELECT count(*) FROM places)`).Scan(&c.Articles, &c.Meetings, &c.People, &c.Places)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT status, count(*) FROM meetings GROUP BY status`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var st app.Status
			var n int
			if err := rows.Scan(&st, &n); err != nil {
				return err
			}
			c.ByStatus[st] = n
		}
		return rows.Err()
	})
	return c, err
}

// IntegrityCheck runs SQLite's integrity and foreign-key checks over the
// whole file and returns ECorrupt, with what SQLite found, when either
// reports a problem.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	return s.inRead(ctx, func(tx *sql.Tx) error {
		problems, err := integrityProblems(ctx, tx)
		if err != nil || len(problems) == 0 {
			return err
		}
		return app.WrapError(app.ECorrupt, fmt.Errorf("%s", strings.Join(problems, "; ")),
			"The database %s is damaged; restore it from a backup", s.path)
	})
}

// integrityProblems lists what integrity_check and foreign_key_check report.
func integrityProblems(ctx context.Context, tx *sql.Tx) ([]string, error) {
	problems, err := integrityLines(ctx, tx)
	if err != nil {
		return nil, err
	}
	var broken int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM pragma_foreign_key_check`).Scan(&broken); err != nil {
		return nil, err
	}
	if broken > 0 {
		problems = append(problems, fmt.Sprintf("%d rows refer to records that do not exist", broken))
	}
	return problems, nil
}

// integrityLines returns integrity_check's findings (at most 20), none when ok.
func integrityLines(ctx context.Context, tx *sql.Tx) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `PRAGMA integrity_check(20)`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		if line != "ok" {
			lines = append(lines, line)
		}
	}
	return lines, rows.Err()
}
