package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"strings"

	"parley/app"
	"parley/storage"
)

// editForever sets the notes of the database's meetings one after another
// to "crash-edit SEQ", printing "SEQ ID" once UpdateMeeting has returned
// (the commit is on disk). It runs until it is killed. SEQ starts at
// ROUND*10^7, so every round writes values no other round wrote.
func editForever(dbPath string, round int) error {
	s, err := storage.Open(dbPath)
	if err != nil {
		return err
	}
	ids, err := meetingIDs(s)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return fmt.Errorf("%s has no meetings to edit", dbPath)
	}
	out := bufio.NewWriter(os.Stdout)
	ctx := context.Background()
	for seq := round * 10_000_000; ; seq++ {
		id := ids[seq%len(ids)]
		notes := fmt.Sprintf("crash-edit %d", seq)
		if err := s.UpdateMeeting(ctx, id, app.MeetingUpdate{Notes: &notes}); err != nil {
			return err
		}
		// Flushed at once: a line still in the buffer when the kill comes
		// would make the check weaker, never wrong.
		fmt.Fprintf(out, "%d %d\n", seq, id)
		out.Flush()
	}
}

// meetingIDs lists every meeting's id, in id order.
func meetingIDs(s *storage.Store) ([]int64, error) {
	var ids []int64
	err := s.EachMeeting(context.Background(), app.MeetingFilter{Sort: app.SortByImport}, func(m app.Meeting) error {
		ids = append(ids, m.ID)
		return nil
	})
	return ids, err
}

// checkEdits reads the "SEQ ID" lines the killed editor printed and checks
// that each meeting's notes hold its last printed edit or a later one (the
// edit in flight at the kill may have committed without being printed),
// and that the edit log's newest notes entry for it agrees with the row.
func checkEdits(dbPath, printed string) error {
	last, err := lastEdits(printed)
	if err != nil {
		return err
	}
	db, err := sql.Open("sqlite3", "file:"+dbPath+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	bad := 0
	for id, seq := range last {
		if msg := checkMeeting(db, id, seq); msg != "" {
			fmt.Println(msg)
			bad++
		}
	}
	if bad > 0 {
		return fmt.Errorf("%d of %d edited meetings lost a committed edit", bad, len(last))
	}
	fmt.Printf("edits ok: %d meetings hold their last committed edit\n", len(last))
	return nil
}

// lastEdits maps each meeting id to the last seq printed for it.
func lastEdits(path string) (map[int64]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	last := map[int64]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 2 {
			continue
		}
		seq, err1 := strconv.Atoi(fields[0])
		id, err2 := strconv.ParseInt(fields[1], 10, 64)
		if err1 == nil && err2 == nil {
			last[id] = seq
		}
	}
	return last, sc.Err()
}

// checkMeeting returns what is wrong with meeting id, whose last printed
// edit is seq, or "" when nothing is.
func checkMeeting(db *sql.DB, id int64, seq int) string {
	var notes, logged string
	err := db.QueryRow(`SELECT m.notes, coalesce((SELECT e.new_value FROM edits e
		WHERE e.table_name = 'meetings' AND e.row_id = m.id AND e.field = 'notes'
		ORDER BY e.id DESC LIMIT 1), '') FROM meetings m WHERE m.id = ?`, id).Scan(&notes, &logged)
	if err != nil {
		return fmt.Sprintf("meeting %d: %v", id, err)
	}
	got, err := strconv.Atoi(strings.TrimPrefix(notes, "crash-edit "))
	if err != nil || got < seq {
		return fmt.Sprintf("meeting %d: notes %q, but edit %d was committed", id, notes, seq)
	}
	if logged != strconv.Quote(notes) {
		return fmt.Sprintf("meeting %d: notes %q, but the edit log's last entry is %s", id, notes, logged)
	}
	return ""
}
