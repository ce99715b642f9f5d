#!/usr/bin/env bash
# The fuzz run (JUnit 5, our seeded generators): app/src/test/java/org/rehabkg/fuzz/HttpFuzz.java against real
# servers on port 0 (read-only, and TDB2 with --update and a login) and app/.../cli/CliFuzz.java on
# the command line in-process; and coverage-guided fuzzing with Jazzer (the *JazzerFuzz classes in
# the same folder: the query, update and upload checks and execution in-process). See
# docs/reliability.md, "Fuzz run".
#
#   run.sh [SECONDS [SEED]]   SECONDS (default 120) is split evenly over the seeded properties; each
#                             runs until its share is spent (or 100,000 tries).
#   run.sh --jazzer SECONDS [TARGET]
#                             only Jazzer: SECONDS split evenly over its targets (at least 10 s each),
#                             or all of them for one TARGET (Query, Update or Upload).
#   run.sh --smoke [SEED]     at most 15 tries or 15 s per seeded property, and 10 s of Jazzer per
#                             target (plus the build and the seeds), as CI runs it.
#
# SEED (default random, printed): try N of every property draws its input from SEED + N, so the same
# SEED generates the same inputs in the same order (FuzzBudget.java). There is no shrinking: a failure
# is reported with its seed, its try and its whole input (abbreviated past 400 characters, or past N
# with FUZZ_MAVEN_FLAGS=-Drehabkg.fuzz.show=N).
# Jazzer keeps its corpus between runs in bench/work/jazzer/.cifuzz-corpus/ and writes each finding
# there as crash-<sha1> (replay one: JAZZER_FUZZ unset, see docs/reliability.md).
# Output: bench/work/reliability/fuzz.log (the seed, every failure with its input, tries per property;
# Jazzer's coverage, runs and findings per target).
# Exit 1 when a property failed or Jazzer found something.
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
work="${WORK:-$home/bench/work/reliability}"
mkdir -p "$work"
cd "$home"

seeded=(HttpFuzz CliFuzz)
jazzer=(QueryJazzerFuzz UpdateJazzerFuzz UploadJazzerFuzz)
usage="usage: run.sh [SECONDS [SEED]] | --jazzer SECONDS [Query|Update|Upload] | --smoke [SEED] (SEED: an integer, as printed)"
properties=$(cat app/src/test/java/org/rehabkg/fuzz/HttpFuzz.java app/src/test/java/org/rehabkg/cli/CliFuzz.java | grep -c '@Test')
seed=()
jazzer_seconds=0
if [[ "${1:-}" == --smoke ]]; then
  tries=15; seconds=15; jazzer_seconds=10
elif [[ "${1:-}" == --jazzer ]]; then
  [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
  seeded=(); properties=0; tries=0; seconds=0
  if [[ -n "${3:-}" ]]; then
    [[ "$3" =~ ^(Query|Update|Upload)$ ]] || { echo "$usage" >&2; exit 2; }
    jazzer=("$3JazzerFuzz")
  fi
  jazzer_seconds=$(( $2 / ${#jazzer[@]} > 10 ? $2 / ${#jazzer[@]} : 10 ))
  set --   # no SEED: Jazzer draws its own (printed as "INFO: Seed:")
else
  total="${1:-120}"
  [[ "$total" =~ ^[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
  tries=100000; seconds=$(( total / properties > 5 ? total / properties : 5 ))
  jazzer=()
fi
if [[ -n "${2:-}" ]]; then
  [[ "$2" =~ ^-?[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
  seed=(-Drehabkg.fuzz.seed="$2")
fi
(( properties > 0 )) && echo "fuzz: $properties properties, at most $tries tries and $seconds s each${2:+, seed $2}"
(( ${#jazzer[@]} > 0 )) && echo "fuzz: Jazzer, ${#jazzer[@]} targets, $jazzer_seconds s of fuzzing each (after their seeds)"
# A bound on the test JVM (surefire kills it after this): a try that waits on the server (60 s per
# request at most) comes on top of each property's share. Jazzer's: its share, plus the graph's
# loading and the seeds.
limit=$(( properties * seconds + 600 ))

status=0
if (( properties > 0 )); then
  # -am: the modules are built from this tree (never from ~/.m2); only the fuzz classes run.
  mvn -B -q ${FUZZ_MAVEN_FLAGS:-} test -pl app -am -Dtest="$(IFS=,; echo "${seeded[*]}")" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dmaven.test.redirectTestOutputToFile=true -Drehabkg.fuzz.tries="$tries" -Drehabkg.fuzz.seconds="$seconds" ${seed[@]+"${seed[@]}"} \
      -Dsurefire.timeout="$limit" > "$work/fuzz-maven.log" 2>&1 || status=1
fi
if (( ${#jazzer[@]} > 0 )); then
  # Jazzer: app/pom.xml's profile "jazzer" runs each target in a JVM of its own (one @FuzzTest per
  # JVM), -DskipTests every other test. These variables: fuzzing rather than replaying the seeds,
  # coverage of Jena's and rehabkg's classes, going on after a finding (each is written as it is
  # found; the test fails at the end). Jazzer's regex-injection sanitizer is off: it reports every
  # pattern that does not compile, and SPARQL's REGEX compiles the client's patterns by design (the
  # guards make them a 400 and bound their time, which is what the targets check). The properties:
  # the corpus and findings under bench/work/jazzer/, libFuzzer's -max_total_time (after argv[0]).
  mkdir -p "$home/bench/work/jazzer"
  rm -f app/target/surefire-reports/*JazzerFuzz*
  # One target: an ordinary -Dtest run.
  targets=(-Pjazzer -DskipTests)
  (( ${#jazzer[@]} == 1 )) && targets=(-Dtest="${jazzer[0]}" -Dsurefire.failIfNoSpecifiedTests=false)
  JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='org.apache.jena.**:org.rehabkg.**' \
  JAZZER_DISABLED_HOOKS=com.code_intelligence.jazzer.sanitizers.RegexInjection JAZZER_KEEP_GOING="${JAZZER_KEEP_GOING:-20}" \
  mvn -B -q ${FUZZ_MAVEN_FLAGS:-} test -pl app -am "${targets[@]}" -Dmaven.test.failure.ignore=true \
      -Dmaven.test.redirectTestOutputToFile=true -Djazzer.internal.basedir="$home/bench/work/jazzer" \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$jazzer_seconds" \
      -Dsurefire.timeout="$(( jazzer_seconds + 600 ))" > "$work/jazzer-maven.log" 2>&1 || status=1
  # failure.ignore lets every target run. With JAZZER_KEEP_GOING a finding does not fail its test:
  # it shows as a crash file written (or a timeout, or an out-of-memory).
  for c in "${jazzer[@]}"; do
    grep -q -E 'Tests run: [0-9]+, Failures: 0, Errors: 0' app/target/surefire-reports/org.rehabkg.fuzz."$c".txt 2>/dev/null || status=1
  done
  grep -q -a -E 'Test unit written to .*/(crash|timeout|oom)-' "$work/jazzer-maven.log" && status=1
fi

reports=app/target/surefire-reports
{
  for c in "${seeded[@]}"; do
    f=$(ls "$reports"/org.rehabkg.*."$c"-output.txt 2>/dev/null | head -1)
    [[ -n "$f" ]] || continue
    # The seed, each failure as it happened (its seed, try, answer and input), tries per property.
    grep -a -E '^(fuzz: |  answer: |  input: )' "$f" | cut -c1-600 || true
  done
  # Jazzer writes libFuzzer's lines to the JVM's stderr (Maven's log): per target, the corpus it
  # started from, its last coverage line, its runs, and each finding written.
  (( ${#jazzer[@]} > 0 )) && grep -a -E '^\[INFO\] Running org\.rehabkg\.fuzz\..*JazzerFuzz|files found in|^#[0-9]+.*(DONE|pulse|REDUCE|NEW).*exec/s|^Done [0-9]+ runs|Test unit written|^== Java Exception|^java\.lang\.[A-Za-z]*(Error|Exception)' \
      "$work/jazzer-maven.log" | sed -E 's/^\[INFO\] Running /jazzer: /' | awk '/^#/ { last = $0; next } { if (last != "") print last; last = ""; print } END { if (last != "") print last }' | cut -c1-400
  for c in "${jazzer[@]}"; do
    # Each finding as Jazzer reported it (its first line; the input is the crash file named above).
    grep -a -E '^== Java Exception' "$reports/org.rehabkg.fuzz.$c-output.txt" 2>/dev/null | sed "s/^/jazzer: $c: /" | cut -c1-600 || true
  done
  for c in "${seeded[@]}" "${jazzer[@]}"; do
    f=$(ls "$reports"/org.rehabkg.*."$c".txt 2>/dev/null | head -1)
    [[ -n "$f" ]] && grep -a -E '^(Tests run|org\.rehabkg\.)|tries failed|FuzzTestFindingException' "$f" | cut -c1-800
  done
} > "$work/fuzz.log"
cat "$work/fuzz.log"
if (( status != 0 )); then
  grep -q 'Tests run' "$work/fuzz.log" || tail -40 "$work"/*-maven.log
  echo "fuzz: a property failed or Jazzer found something (details above and in $work/fuzz.log)"
fi
exit $status
