package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"parley/app"
)

// fold is the form names are matched in: case folded, diacritics removed,
// punctuation turned into spaces and runs of spaces collapsed, so "Kim
// Junpyo", "KIM  JUNPYO" and "Kím Junpyo." are one key.
func fold(s string) string {
	if !isASCII(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		folded, _, err := transform.String(t, s)
		if err != nil {
			return "" // transform.String fails only on input it cannot decode
		}
		s = cases.Fold().String(folded)
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	for i, w := range words {
		words[i] = strings.ToLower(w) // a no-op after cases.Fold; folds ASCII
	}
	return strings.Join(words, " ")
}

// isASCII reports whether s is plain ASCII, which needs no Unicode folding
// (most names in English-language articles: the fast path).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// cleanName trims a name and collapses its inner white space.
func cleanName(s string) string { return strings.Join(strings.Fields(s), " ") }

// personCache remembers, within one transaction, the person each folded
// name resolved to: an import names the same people again and again. It
// must not outlive the transaction (a rollback forgets new people). A
// name mapped to 0 is known to have no person yet (see loadPeople).
type personCache map[string]int64

// loadPeople fills cache with the people the batch's participant names
// refer to, found with one query instead of one per name (which was a
// fifth of an import's saving time), and marks the names no alias has
// with 0. The result is the same as resolving the names one at a time in
// the same transaction: the oldest person with the alias.
func loadPeople(ctx context.Context, tx *sql.Tx, cache personCache, batch []app.NewArticle) error {
	keys := map[string]bool{}
	for _, na := range batch {
		for _, m := range na.Meetings {
			for _, p := range m.Participants {
				if key := fold(cleanName(p.Name)); p.PersonID == 0 && key != "" {
					keys[key] = true
				}
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	list, err := json.Marshal(slices.Collect(maps.Keys(keys)))
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT folded, min(person_id) FROM person_aliases
		WHERE folded IN (SELECT value FROM json_each(?)) GROUP BY folded`, string(list))
	if err != nil {
		return err
	}
	defer rows.Close()
	for key := range keys {
		cache[key] = 0
	}
	for rows.Next() {
		var key string
		var id int64
		if err := rows.Scan(&key, &id); err != nil {
			return err
		}
		cache[key] = id
	}
	return rows.Err()
}

// resolvePerson returns the person a participant's name refers to: the one
// that has this name (folded) as an alias, or else a new person whose
// first alias is the name. When several people share an alias (after a
// split made by hand), the oldest wins. cache may be nil.
func resolvePerson(ctx context.Context, tx *sql.Tx, cache personCache, name string, now time.Time) (int64, error) {
	name = cleanName(name)
	key := fold(name)
	id, known := cache[key]
	if known && id != 0 {
		return id, nil
	}
	var err error
	if known { // loadPeople found no alias
		err = sql.ErrNoRows
	} else {
		err = tx.QueryRowContext(ctx,
			`SELECT person_id FROM person_aliases WHERE folded = ? ORDER BY person_id LIMIT 1`, key).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		id, err = insertPerson(ctx, tx, name, key, now)
	}
	if err == nil && cache != nil {
		cache[key] = id
	}
	return id, err
}

// insertPerson adds a person named name, with the name as first alias.
func insertPerson(ctx context.Context, tx *sql.Tx, name, key string, now time.Time) (int64, error) {
	id, err := nextPersonID(ctx, tx) // never an id the edit log may bring back
	if err != nil {
		return 0, err
	}
	if err := putPerson(ctx, tx, id, personRecord{Name: name, CreatedAt: timestamp(now)}); err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx,
		`INSERT INTO person_aliases(person_id, alias, folded) VALUES (?, ?, ?)`, id, name, key)
	return id, err
}

// timestamp is how instants are stored: RFC 3339 in UTC, which sorts as text.
func timestamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// parseTimestamp reads a timestamp; a malformed one reads as the zero time.
func parseTimestamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}
