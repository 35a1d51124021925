#!/usr/bin/env bash
# startup-bench.sh: time Parley's start-up to the first frame on a large
# database, and its peak resident memory, under a virtual X display (Xvfb).
#
#   scripts/startup-bench.sh [DB [RUNS]]
#
# DB defaults to $TMPDIR/parley-bench/startup-100k.db, made once with
# `parley dev-generate` (20,000 articles, 100,000 meetings) and kept for
# later runs. Each of RUNS (default 5) starts bin/parley (PARLEY_BIN to
# choose another) with PARLEY_QUIT_AFTER_FIRST_FRAME=1, which quits once
# the window has drawn its first frame and then loaded its lists (the
# counts and first pages are read after the first frame: see firstframe.go
# and widgets/startup.go), under
# /usr/bin/time for the wall time and maximum resident set size. A fresh
# HOME keeps Parley's preferences (recent files, window size) out of it.
# Then it keeps the window open STEADY seconds (default 30) and reports the
# resident memory, then (with xdotool) with the Timeline and Cities tabs shown.
# Targets (issue 7): under 1 s to the first frame, under 300 MB resident.
set -euo pipefail

bin=${PARLEY_BIN:-bin/parley}
tmpdir=${TMPDIR:-/tmp}
db=${1:-$tmpdir/parley-bench/startup-100k.db}
runs=${2:-5}

for tool in Xvfb /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "startup-bench: $tool is not installed (apt-get install xvfb time)" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "startup-bench: $bin is missing; run make build first" >&2; exit 1; }
if [ ! -f "$db" ]; then
  mkdir -p "$(dirname "$db")"
  echo "startup-bench: generating $db (once; takes a minute or two)" >&2
  rm -f "$db.part" "$db.part-wal" "$db.part-shm" # from a run stopped midway
  "$bin" dev-generate --db "$db.part" >&2
  mv "$db.part" "$db"
fi

work=$(mktemp -d)
xpid=""
cleanup() { [ -n "$xpid" ] && kill "$xpid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# A display number nobody uses.
n=99
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X$n" ] || { echo "startup-bench: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }

echo "startup-bench: $bin --db $db ($(du -h "$db" | cut -f1)), $runs runs, display :$n"
frames=()
fcpus=()
loaded=()
walls=()
rss=()
for i in $(seq "$runs"); do
  mkdir -p "$work/home"
  # timeout: a binary older than PARLEY_QUIT_AFTER_FIRST_FRAME never quits.
  if ! HOME="$work/home" DISPLAY=":$n" PARLEY_QUIT_AFTER_FIRST_FRAME=1 \
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" timeout 120 "$bin" --db "$db" 2>"$work/stderr"; then
    echo "startup-bench: run $i failed or did not quit within 120 s:" >&2; cat "$work/stderr" >&2; exit 1
  fi
  read -r wall kb usr sys <"$work/time"
  # firstframe.go: "first frame drawn by F ms (C ms of processor time);
  # lists loaded, quitting after L ms (D ms of processor time)"
  line=$(grep 'first frame drawn by' "$work/stderr" || true)
  [ -n "$line" ] || { echo "startup-bench: run $i did not report its first frame:" >&2; cat "$work/stderr" >&2; exit 1; }
  read -r frame fcpu lists lcpu < <(echo "$line" | sed 's/.*drawn by \([0-9]*\) ms (\([0-9]*\) ms.*after \([0-9]*\) ms (\([0-9]*\) ms.*/\1 \2 \3 \4/')
  printf 'run %d: first frame by %5.2f s (%.2f s of processor time), lists loaded by %5.2f s (%.2f s), exited at %5.2f s, peak RSS %d MB\n' \
    "$i" "$(awk "BEGIN{print $frame/1000}")" "$(awk "BEGIN{print $fcpu/1000}")" "$(awk "BEGIN{print $lists/1000}")" \
    "$(awk "BEGIN{print $lcpu/1000}")" "$wall" $((kb / 1024))
  frames+=("$(awk "BEGIN{print $frame/1000}")")
  fcpus+=("$(awk "BEGIN{print $fcpu/1000}")")
  loaded+=("$(awk "BEGIN{print $lists/1000}")")
  walls+=("$wall")
  rss+=($((kb / 1024)))
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
printf 'startup: median %s s to the first frame (target < 1 s; %s s of processor time), %s s to the lists loaded, %s s to exit; median peak RSS %s MB (target < 300 MB)\n' \
  "$(median "${frames[@]}")" "$(median "${fcpus[@]}")" "$(median "${loaded[@]}")" "$(median "${walls[@]}")" "$(median "${rss[@]}")"

# Memory once everything has loaded: the window stays open for STEADY
# seconds (default 30: the timeline and city views load every meeting in
# the background), its resident set is read from /proc every half second,
# then it is stopped. VmHWM is the peak the kernel saw.
steady=${STEADY:-30}
HOME="$work/home" DISPLAY=":$n" "$bin" --db "$db" 2>"$work/steady.stderr" &
ppid=$!
max=0
for _ in $(seq $((steady * 2))); do
  sleep 0.5
  kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$ppid/status" 2>/dev/null) || break
  [ -n "$kb" ] && [ "$kb" -gt "$max" ] && max=$kb
done
hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$ppid/status" 2>/dev/null || echo 0)
now=$(awk '/^VmRSS:/ {print $2}' "/proc/$ppid/status" 2>/dev/null || echo 0)
printf 'memory: after %d s open: resident %d MB, peak %d MB (target < 300 MB)\n' "$steady" $((now / 1024)) $((hwm / 1024))

# The timeline and city views load every meeting when their tab is first
# shown. With xdotool, click the Timeline tab, then the Cities tab, and
# read the memory 10 s after each. The clicks are at the tabs' places in
# the 1280x800 window Xvfb gives (no window manager): move them if the tab
# bar changes.
if command -v xdotool >/dev/null; then
  for tab in Timeline:200 Cities:270; do
    DISPLAY=":$n" xdotool mousemove "${tab#*:}" 50 click 1
    sleep 10
    now=$(awk '/^VmRSS:/ {print $2}' "/proc/$ppid/status" 2>/dev/null || echo 0)
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$ppid/status" 2>/dev/null || echo 0)
    printf 'memory: %s tab shown: resident %d MB, peak %d MB (target < 300 MB)\n' "${tab%:*}" $((now / 1024)) $((hwm / 1024))
  done
else
  echo "memory: with the views shown not measured: it needs xdotool"
fi
kill "$ppid" 2>/dev/null || true
wait "$ppid" 2>/dev/null || true
