#!/usr/bin/env bash
# Issue item 4: SLOW concurrent runaway queries (default 500), each held until the server's cap
# (--timeout, default 10 s). Meanwhile /$/ping every 100 ms must answer in under 1 s; afterwards a
# normal query's latency must be back to its baseline within 30 s; no OutOfMemoryError.
# Usage: overload.sh [SLOW]   (REHABKG_JAVA_OPTS / SERVE_OPTS pass JVM flags / serve options)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
slow="${1:-500}"

start_server overload ${SERVE_OPTS:-}
trap stop_server EXIT
echo "server pid $SERVER_PID at $BASE (JVM options: ${REHABKG_JAVA_OPTS:-none})"
bench overload "$BASE" "$slow"
kill -0 "$SERVER_PID" && echo "server alive after the load"
echo "ping now: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "${BASE}\$/ping")"
echo "heap after GC: $(gc_and_heap) B"
echo "OutOfMemoryError lines in the server log: $(grep -c OutOfMemoryError "$work/overload.err" || true)"
