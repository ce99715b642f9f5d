#!/usr/bin/env bash
# Issue item 3: sustained load on the named queries. Usage: load.sh [TOTAL [CONCURRENCY]]
# Defaults: 100000 requests at concurrency 64. Prints errors, latencies, and the heap after GC before
# and after (the server's own /$/metrics after jcmd GC.run).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
total="${1:-100000}"; concurrency="${2:-64}"

start_server load ${SERVE_OPTS:-}
trap stop_server EXIT
echo "server pid $SERVER_PID at $BASE"
bench load "$BASE" 2000 16 "$home/queries" > /dev/null      # warm-up (JIT), not counted
heap_before=$(gc_and_heap)
cpu_before=$(cpu_seconds "$SERVER_PID")
bench load "$BASE" "$total" "$concurrency" "$home/queries"
cpu_after=$(cpu_seconds "$SERVER_PID")
heap_after=$(gc_and_heap)
echo "heap after GC: before ${heap_before} B, after ${heap_after} B, change $(( (heap_after - heap_before) * 100 / heap_before )) %"
echo "server CPU during the run: $(echo "$cpu_after - $cpu_before" | bc) s"
grep -c 'OutOfMemoryError' "$work/load.err" | sed 's/^/OutOfMemoryError lines in the server log: /' || true
