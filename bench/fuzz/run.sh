#!/usr/bin/env bash
# The fuzz run (JUnit 5, our seeded generators): app/src/test/java/org/rehabkg/fuzz/HttpFuzz.java against real
# servers on port 0 (read-only, and TDB2 with --update and a login) and app/.../cli/CliFuzz.java on
# the command line in-process. See docs/reliability.md, "Fuzz run".
#
#   run.sh [SECONDS [SEED]]   SECONDS (default 120) is split evenly over the properties; each runs
#                             until its share is spent (or 100,000 tries).
#   run.sh --smoke [SEED]     at most 15 tries or 15 s per property (plus the build), as CI runs it.
#
# SEED (default random, printed): try N of every property draws its input from SEED + N, so the same
# SEED generates the same inputs in the same order (FuzzBudget.java). There is no shrinking: a failure
# is reported with its seed, its try and its whole input (abbreviated past 400 characters).
# Output: bench/work/reliability/fuzz.log (the seed, every failure with its input, tries per property).
# Exit 1 when a property failed.
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
work="${WORK:-$home/bench/work/reliability}"
mkdir -p "$work"
cd "$home"

properties=$(cat app/src/test/java/org/rehabkg/fuzz/HttpFuzz.java app/src/test/java/org/rehabkg/cli/CliFuzz.java | grep -c '@Test')
seed=()
if [[ "${1:-}" == --smoke ]]; then
  tries=15; seconds=15
else
  total="${1:-120}"
  [[ "$total" =~ ^[0-9]+$ ]] || { echo "usage: run.sh [SECONDS [SEED]] | --smoke" >&2; exit 2; }
  tries=100000; seconds=$(( total / properties > 5 ? total / properties : 5 ))
fi
if [[ -n "${2:-}" ]]; then
  [[ "$2" =~ ^-?[0-9]+$ ]] || { echo "usage: run.sh [SECONDS [SEED]] | --smoke [SEED] (SEED: an integer, as printed)" >&2; exit 2; }
  seed=(-Drehabkg.fuzz.seed="$2")
fi
echo "fuzz: $properties properties, at most $tries tries and $seconds s each${2:+, seed $2}"
# A bound on the whole test JVM (surefire kills it after this): a try that waits on the server
# (60 s per request at most) comes on top of each property's share.
limit=$(( properties * seconds + 600 ))

status=0
# -am: the modules are built from this tree (never from ~/.m2); only the fuzz classes run.
mvn -B -q ${FUZZ_MAVEN_FLAGS:-} test -pl app -am -Dtest='HttpFuzz,CliFuzz' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmaven.test.redirectTestOutputToFile=true -Drehabkg.fuzz.tries="$tries" -Drehabkg.fuzz.seconds="$seconds" ${seed[@]+"${seed[@]}"} \
    -Dsurefire.timeout="$limit" > "$work/fuzz-maven.log" 2>&1 || status=1

reports=app/target/surefire-reports
{
  for f in "$reports"/org.rehabkg.fuzz.HttpFuzz-output.txt "$reports"/org.rehabkg.cli.CliFuzz-output.txt; do
    [[ -f "$f" ]] || continue
    # The seed, each failure as it happened (its seed, try, answer and input), tries per property.
    grep -a -E '^(fuzz: |  answer: |  input: )' "$f" | cut -c1-600 || true
  done
  for f in "$reports"/org.rehabkg.fuzz.HttpFuzz.txt "$reports"/org.rehabkg.cli.CliFuzz.txt; do
    [[ -f "$f" ]] && grep -a -E '^(Tests run|org\.rehabkg\.)|tries failed' "$f" | cut -c1-800
  done
} > "$work/fuzz.log"
cat "$work/fuzz.log"
if (( status != 0 )); then
  grep -q 'Tests run' "$work/fuzz.log" || tail -40 "$work/fuzz-maven.log"
  echo "fuzz: a property failed (details above and in $work/fuzz.log)"
fi
exit $status
