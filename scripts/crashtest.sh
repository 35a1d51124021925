#!/usr/bin/env bash
# crashtest.sh: kill Parley with SIGKILL while it writes, and check what it
# leaves behind (issue 7, Faults). Run it with `make crashtest`.
#
# Import phase: `parley import` of FILES generated articles, killed at a
# random moment, ROUNDS times over the same database. After each kill:
#   - PRAGMA integrity_check says ok and foreign_key_check finds nothing;
#   - every stored article is whole: it has exactly the meetings, sources
#     and participants an uninterrupted import gives it (compared, by content
#     hash, with a reference database imported once without a kill), and no
#     meeting lacks its source.
# When a database is complete, a re-run must import nothing (all duplicates)
# and a fresh database starts the next cycle. At the end a re-run imports
# what is missing: one article per distinct file, no duplicates.
#
# Edit phase: internal/crashtest edits meeting notes and prints each edit
# once its commit has returned; killed ROUNDS times, after which every
# printed edit must be in the database and in its edit log.
#
# Environment: ROUNDS (50), FILES (2000), LOG (docs/crashtest.log),
# MAX_DELAY_MS (1500: the longest a run lives before its kill).
set -euo pipefail

ROUNDS=${ROUNDS:-50}
FILES=${FILES:-2000}
LOG=${LOG:-docs/crashtest.log}
MAX_DELAY_MS=${MAX_DELAY_MS:-1500}
TAGS='sqlite_fts5 migrated_fynedo'
export LANG=en_US.UTF-8

cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$LOG")"
: > "$LOG"

log() { echo "$*" | tee -a "$LOG"; }
die() { log "FAIL: $*"; exit 1; }
sql() { sqlite3 -batch -noheader "$@"; }

# delay prints a random delay in seconds between 0.02 and MAX_DELAY_MS.
delay() {
	local ms=$(( 20 + (RANDOM * 32768 + RANDOM) % (MAX_DELAY_MS - 20) ))
	printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

# killAfter SECONDS WAIT CMD...: start CMD (stdout to $work/out), SIGKILL it
# SECONDS later; with WAIT=first-line the SECONDS count from CMD's first
# line of output (the editor's first commit), so that start-up on a busy
# machine does not eat the delay. Prints "killed", or "finished" when CMD
# ended before the kill.
killAfter() {
	local secs=$1 wait=$2 i
	shift 2
	"$@" > "$work/out" 2> "$work/err" &
	local pid=$!
	if [ "$wait" = first-line ]; then
		for i in $(seq 1 3000); do
			if [ -s "$work/out" ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
			sleep 0.01
		done
	fi
	sleep "$secs"
	if kill -KILL "$pid" 2>/dev/null; then
		wait "$pid" 2>/dev/null || true
		echo killed
	else
		wait "$pid" 2>/dev/null || true
		echo finished
	fi
}

# checkSound DB: integrity_check ok and no dangling foreign key.
checkSound() {
	local ic fk
	ic=$(sql "$1" 'PRAGMA integrity_check;')
	[ "$ic" = ok ] || die "integrity_check of $1: $ic"
	fk=$(sql "$1" 'PRAGMA foreign_key_check;')
	[ -z "$fk" ] || die "foreign_key_check of $1: $fk"
}

# partialArticles DB: how many stored articles differ from the reference
# import (meetings, sources or participants), plus articles the reference
# lacks and meetings without a source.
partialArticles() {
	sql "$1" "ATTACH '$work/ref.db' AS ref;
	WITH here AS (
		SELECT a.hash,
			(SELECT count(*) FROM meeting_sources s WHERE s.article_id = a.id) AS sources,
			(SELECT count(*) FROM participants p JOIN meeting_sources s ON s.meeting_id = p.meeting_id WHERE s.article_id = a.id) AS people
		FROM articles a),
	there AS (
		SELECT a.hash,
			(SELECT count(*) FROM ref.meeting_sources s WHERE s.article_id = a.id) AS sources,
			(SELECT count(*) FROM ref.participants p JOIN ref.meeting_sources s ON s.meeting_id = p.meeting_id WHERE s.article_id = a.id) AS people
		FROM ref.articles a)
	SELECT (SELECT count(*) FROM here LEFT JOIN there USING (hash)
			WHERE there.hash IS NULL OR here.sources <> there.sources OR here.people <> there.people)
		+ (SELECT count(*) FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM meeting_sources s WHERE s.meeting_id = m.id));"
}

# schemaReady DB: the migrations ran (a kill during the first run of a new
# database may leave an empty file, which is fine: it holds nothing).
schemaReady() { [ -s "$1" ] && [ "$(sql "$1" 'PRAGMA user_version;')" != 0 ]; }

build() {
	make --no-print-directory build > "$work/build.log" 2>&1 || { cat "$work/build.log"; die "make build failed"; }
	go build -tags "$TAGS" -o "$work/crashtest" ./internal/crashtest || die "building internal/crashtest failed"
}

importPhase() {
	"$work/crashtest" gen "$work/articles" "$FILES" 7
	./bin/parley import --db "$work/ref.db" "$work/articles" > "$work/ref.out" || die "reference import: $(tail -n1 "$work/ref.out")"
	refCount=$(sql "$work/ref.db" 'SELECT count(*) FROM articles;')
	[ "$refCount" = "$FILES" ] || die "reference import stored $refCount articles for $FILES files"
	log "reference: $(tail -n1 "$work/ref.out")"
	local db="$work/crash.db" cycle=1 runs=0 d outcome n partial label
	# Runs that finish before their kill complete a cycle; they do not
	# count: the loop goes on until ROUNDS runs were killed mid-import.
	while [ "$kills" -lt "$ROUNDS" ]; do
		runs=$((runs + 1))
		d=$(delay)
		outcome=$(killAfter "$d" now ./bin/parley import --db "$db" "$work/articles")
		if [ "$outcome" = killed ]; then kills=$((kills + 1)); fi
		label="import run $runs (kill $kills, cycle $cycle): $outcome after ${d}s"
		if ! schemaReady "$db"; then
			log "$label; no schema yet"
			continue
		fi
		checkSound "$db"
		n=$(sql "$db" 'SELECT count(*) FROM articles;')
		partial=$(partialArticles "$db")
		[ "$partial" = 0 ] || die "$label: $partial articles are partial or unknown"
		log "$label; integrity ok; $n articles, all whole"
		if [ "$n" = "$FILES" ]; then
			rerun "$db" 0
			rm -f "$db" "$db-wal" "$db-shm"
			cycle=$((cycle + 1))
		fi
	done
	importRuns=$runs
	if ! schemaReady "$db"; then
		rm -f "$db" "$db-wal" "$db-shm"
	fi
	rerun "$db" -1
}

# rerun DB WANT: import again without a kill; WANT new articles (-1: any),
# then one article per file and no duplicate hash or path.
rerun() {
	local db=$1 want=$2 summary imported total paths
	./bin/parley import --db "$db" "$work/articles" > "$work/rerun.out" || die "re-run: $(tail -n1 "$work/rerun.out")"
	summary=$(tail -n1 "$work/rerun.out")
	imported=${summary%% imported*}
	[ "$want" = -1 ] || [ "$imported" = "$want" ] || die "re-run imported $imported, want $want: $summary"
	checkSound "$db"
	total=$(sql "$db" 'SELECT count(*) FROM articles;')
	paths=$(sql "$db" 'SELECT count(DISTINCT path) FROM articles;')
	[ "$total" = "$FILES" ] && [ "$paths" = "$FILES" ] || die "after the re-run: $total articles, $paths distinct paths, for $FILES files"
	[ "$(partialArticles "$db")" = 0 ] || die "after the re-run: partial articles"
	log "re-run: $summary; $total articles for $FILES distinct files, all whole"
}

editPhase() {
	local db="$work/ref.db" r d outcome printed total=0
	for r in $(seq 1 "$ROUNDS"); do
		d=$(delay)
		outcome=$(killAfter "$d" first-line "$work/crashtest" edits "$db" "$r")
		[ "$outcome" = killed ] || die "edit round $r: the editor stopped by itself: $(cat "$work/err")"
		checkSound "$db"
		printed=$(grep -c . "$work/out" || true)
		"$work/crashtest" check-edits "$db" "$work/out" > "$work/check.out" || { cat "$work/check.out"; die "edit round $r: committed edits lost"; }
		total=$((total + printed))
		log "edit round $r: killed ${d}s after its first commit; integrity ok; $printed edits committed, all present"
	done
	editsTotal=$total
}

kills=0
importRuns=0
editsTotal=0
log "crashtest: $(date -u +%FT%TZ), $(uname -srm), $(nproc) CPUs, $ROUNDS rounds, $FILES files, kills within ${MAX_DELAY_MS} ms"
build
importPhase
editPhase
log "summary: $kills imports killed mid-write (of $importRuns runs), $ROUNDS edit streams killed; integrity_check ok after every kill; no partial article; re-runs imported the rest with no duplicate; $editsTotal committed edits, none lost"
