#!/usr/bin/env bash
# A bounded random fuzz run (bench/fuzz/Fuzz.java) against `bin/rehabkg serve`: read-only, then with
# --update (updates with a login). Usage: run.sh [SECONDS [SEED]]; run.sh --smoke is 20 s in all.
# Results: bench/work/reliability/fuzz-*.log. Exit 1 when any request failed a rule (see Fuzz.java).
set -euo pipefail
source "$(dirname "$0")/../reliability/lib.sh"
seconds="${1:-120}"
[[ "$seconds" == --smoke ]] && seconds=10
seed="${2:-$RANDOM}"
status=0
start_server fuzz
trap stop_server EXIT
"$jdk/bin/java" "$home/bench/fuzz/Fuzz.java" "$BASE" "$seconds" "$seed" | tee "$work/fuzz-read.log" || status=1
stop_server
tdb="$work/fuzz-db"; rm -rf "$tdb"
printf 'fuzz: fuzz\n' > "$work/fuzz.passwd"
start_server fuzz-write --tdb "$tdb" --update --passwd "$work/fuzz.passwd"
FUZZ_LOGIN=fuzz:fuzz "$jdk/bin/java" "$home/bench/fuzz/Fuzz.java" "$BASE" "$seconds" "$seed" | tee "$work/fuzz-write.log" || status=1
echo "OutOfMemoryError lines in the server logs: $(cat "$work/fuzz.err" "$work/fuzz-write.err" | grep -c OutOfMemoryError || true)"
exit $status
