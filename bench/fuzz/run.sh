#!/usr/bin/env bash
# The property-based fuzz run (jqwik): app/src/test/java/org/rehabkg/fuzz/HttpFuzz.java against real
# servers on port 0 (read-only, and TDB2 with --update and a login) and app/.../cli/CliFuzz.java on
# the command line in-process. See docs/reliability.md, "Fuzz run".
#
#   run.sh [SECONDS [SEED]]   SECONDS (default 120) is split evenly over the properties; each runs
#                             until its share is spent (or 100,000 tries), then shrinks any failure.
#   run.sh --smoke            at most 15 tries or 15 s per property (plus the build), as CI runs it.
#
# SEED: jqwik 1.10.1 takes a seed only from @Property(seed = "..."), not from a hook or a setting, so
# a second argument is ignored with a note. jqwik prints each property's seed, and replays the last
# failing sample first on the next run (its database: app/target/jqwik-database).
# Output: bench/work/reliability/fuzz.log (every failure with its shrunk input, the known findings,
# tries per property). Exit 1 when a property failed (a known finding alone does not fail).
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
work="${WORK:-$home/bench/work/reliability}"
mkdir -p "$work"
cd "$home"

properties=$(cat app/src/test/java/org/rehabkg/fuzz/HttpFuzz.java app/src/test/java/org/rehabkg/cli/CliFuzz.java | grep -c '@Property')
if [[ "${1:-}" == --smoke ]]; then
  tries=15; seconds=15
else
  total="${1:-120}"
  [[ "$total" =~ ^[0-9]+$ ]] || { echo "usage: run.sh [SECONDS [SEED]] | --smoke" >&2; exit 2; }
  tries=100000; seconds=$(( total / properties > 5 ? total / properties : 5 ))
  [[ -n "${2:-}" ]] && echo "fuzz: SEED $2 ignored: jqwik takes a seed only from @Property(seed = ...); it replays the last failure by itself" >&2
fi
echo "fuzz: $properties properties, at most $tries tries and $seconds s each"
# A bound on the whole test JVM (surefire kills it after this): a try that waits on the server
# (60 s per request at most) and shrinking come on top of each property's share.
limit=$(( properties * seconds + 600 ))

status=0
# -am: the modules are built from this tree (never from ~/.m2); only the fuzz classes run.
mvn -B -q ${FUZZ_MAVEN_FLAGS:-} test -pl app -am -Dtest='HttpFuzz,CliFuzz' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmaven.test.redirectTestOutputToFile=true -Drehabkg.fuzz.tries="$tries" -Drehabkg.fuzz.seconds="$seconds" \
    -Djqwik.tries.default="$tries" -Dsurefire.timeout="$limit" > "$work/fuzz-maven.log" 2>&1 || status=1

reports=app/target/surefire-reports
{
  for f in "$reports"/org.rehabkg.fuzz.HttpFuzz-output.txt "$reports"/org.rehabkg.cli.CliFuzz-output.txt; do
    [[ -f "$f" ]] || continue
    # Each failure as it happened (shrinking repeats them), the known findings, jqwik's summary.
    grep -a -E -A2 '^fuzz: (FAILED|known finding)' "$f" | cut -c1-600 || true
    grep -a -E '^(timestamp|tries =|seed =)' "$f" | cut -c1-200 || true
    echo "--- the minimal failing inputs (jqwik's shrunk samples):"
    grep -a -E -A8 '^Shrunk Sample' "$f" | grep -a -v -E '^(-+|Original Sample)$' | cut -c1-600 || true
  done
  for f in "$reports"/org.rehabkg.fuzz.HttpFuzz.txt "$reports"/org.rehabkg.cli.CliFuzz.txt; do
    [[ -f "$f" ]] && grep -a -E '^(Tests run|org\.rehabkg\.)|failed with sample|Shrunk|Original' "$f" | cut -c1-800
  done
} > "$work/fuzz.log"
cat "$work/fuzz.log"
if (( status != 0 )); then
  grep -q 'Tests run' "$work/fuzz.log" || tail -40 "$work/fuzz-maven.log"
  echo "fuzz: a property failed (details above and in $work/fuzz.log)"
fi
exit $status
