#!/usr/bin/env bash
# Issue item 6: crash safety on TDB2. Numbered authenticated updates (two triples each, one in the
# default graph and one in a named graph) run while the server is killed with SIGKILL at a random
# moment; after each restart every acknowledged update must be present and none half-applied.
# Also: a second server on the same database folder is refused cleanly.
# Usage: crash.sh [ROUNDS]   (default 100)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds="${1:-100}"
db="$work/crash-db"; acked="$work/crash-acked.txt"; passwd="$work/crash-passwd"
rm -rf "$db"; : > "$acked"; echo "editor: s3cret" > "$passwd"

start_server crash --tdb "$db" --update --passwd "$passwd"
echo "first start loaded $db"

# A second process on the same folder while the first runs.
rc=0; "$home/bin/rehabkg" serve --port 0 --tdb "$db" --update --passwd "$passwd" > /dev/null 2> "$work/crash-second.err" || rc=$?
echo "second server on the same folder: exit $rc: $(head -c 300 "$work/crash-second.err")"

failures=0; started=$(date +%s)
for round in $(seq 1 "$rounds"); do
  if (( round > 1 )); then start_server crash --tdb "$db" --update --passwd "$passwd"; fi
  if ! result=$(bench verify "$BASE" "$acked"); then failures=$((failures + 1)); echo "round $round: FAILED: $result"; fi
  before=$(wc -l < "$acked" 2>/dev/null || echo 0)
  bench writer "$BASE" editor:s3cret $(( round * 1000000 )) "$acked" > "$work/crash-writer.log" &
  writer=$!
  # Kill while updates flow: once the first of this round is acknowledged, after 0-999 ms more.
  for i in $(seq 1 200); do (( $(wc -l < "$acked" 2>/dev/null || echo 0) > before )) && break; sleep 0.05; done
  sleep "$(printf '0.%03d' $(( RANDOM % 1000 )))"
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  wait "$writer" || true
  (( round % 10 == 0 )) && echo "round $round: $result"
done
start_server crash --tdb "$db" --update --passwd "$passwd"
trap stop_server EXIT
result=$(bench verify "$BASE" "$acked") || failures=$((failures + 1))
echo "after $rounds kills ($(( $(date +%s) - started )) s): $result; failed checks: $failures"
