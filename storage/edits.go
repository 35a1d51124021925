package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"
)

// edit is one change a person made to one field of one row.
type edit struct {
	table string
	rowID int64
	field string
	old   any // JSON-encoded when stored
	new   any
	at    time.Time
}

// recordEdit appends e to the edit log as part of the user action
// actionID, or as the first edit of a new action when actionID is 0. It
// returns the action's id, to pass for the action's further edits.
func recordEdit(ctx context.Context, tx *sql.Tx, actionID int64, e edit) (int64, error) {
	oldJSON, err := json.Marshal(e.old)
	if err != nil {
		return 0, err
	}
	newJSON, err := json.Marshal(e.new)
	if err != nil {
		return 0, err
	}
	// A new action takes the id its first edit is about to get: rowids grow
	// from the largest one, so max(id)+1 is that id.
	res, err := tx.ExecContext(ctx, `INSERT INTO edits(action_id, table_name, row_id, field, old_value, new_value, at)
		VALUES (CASE WHEN ?1 = 0 THEN (SELECT coalesce(max(id), 0) + 1 FROM edits) ELSE ?1 END, ?2, ?3, ?4, ?5, ?6, ?7)`,
		actionID, e.table, e.rowID, e.field, string(oldJSON), string(newJSON), timestamp(e.at))
	if err != nil || actionID != 0 {
		return actionID, err
	}
	return res.LastInsertId()
}
