#!/usr/bin/env bash
# Issue 18's hostile probes in a loop against `bin/rehabkg serve` (its default heap bound and query
# timeout), while a watcher records every 200 ms: /$/ping latency, a normal query's latency and the
# server's RSS. Per probe class: count, HTTP statuses, time to answer (max). Then the server is
# asked once more, and its log searched for OutOfMemoryError. docs/reliability.md has a run.
# Usage: probes.sh [SECONDS [CLASSES]]   (default 60, every class; --smoke: 10 s)
#   CLASSES: a space-separated subset of: regex replace concat groupconcat sprintf name wait
# The attackers connect from 127.0.0.1, the watcher from WATCH_FROM (default 127.0.0.2): a user is
# not the attacker's address, and the server keeps a share of its request slots per client address.
# WATCH_FROM=127.0.0.1 measures a user who shares the attacker's address (e.g. behind one NAT).
set -uo pipefail   # not -e: a probe or sample that fails is recorded, not fatal
source "$(dirname "$0")/lib.sh"
duration="${1:-60}"
[[ "$duration" == --smoke ]] && duration=10
classes="${2:-regex replace concat groupconcat sprintf name wait}"

command -v curl >/dev/null || { echo "probes.sh needs curl" >&2; exit 1; }
start_server probes ${SERVE_OPTS:-}
trap stop_server EXIT
out="$work/probes"
mkdir -p "$out"
rm -f "$out"/*.csv
echo "server pid $SERVER_PID at $BASE, probing for $duration s: $classes (watcher from ${WATCH_FROM:-127.0.0.2})"

a() { printf 'a%.0s' $(seq "$1"); }
nested_concat() {
  local q="SELECT (STRLEN(?s29) AS ?n) { VALUES ?s0 { \"a\" \"bb\" \"ccc\" \"dddd\" } " i
  for i in $(seq 29); do q+="BIND(CONCAT(?s$((i - 1)), ?s$((i - 1))) AS ?s$i) "; done
  echo "$q}"
}
declare -A probe
probe[regex]="SELECT ?x { BIND(REGEX(\"$(a 200)\", \"(.*a){12}b\") AS ?x) }"
probe[replace]="SELECT ?x { BIND(REPLACE(\"$(a 200)\", \"(.*a){12}b\", \"x\") AS ?x) }"
probe[concat]="$(nested_concat)"
probe[groupconcat]="SELECT (GROUP_CONCAT(?o) AS ?all) { ?s ?p ?o . ?a ?b ?c }"
probe[sprintf]="PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT ?x { BIND(afn:sprintf(\"%100000000s\", \"a\") AS ?x) }"
probe[wait]="SELECT ?x { BIND(<http://jena.apache.org/ARQ/function#wait>(60000) AS ?x) }"
normal="SELECT ?p ?l { ?p a <https://w3id.org/rehabkg/Profession> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"

# One attacker per class, each sending its probe again as soon as the last one is answered.
attack() {
  local class="$1" end=$((SECONDS + duration)) w
  while (( SECONDS < end )); do
    if [[ "$class" == name ]]; then
      w=$(get_long_name)
    else
      w=$(curl -s -o /dev/null -m 120 -w '%{http_code},%{time_total}' --data-urlencode "query=${probe[$class]}" \
            -H 'Accept: application/sparql-results+json' "${BASE}rehab/sparql?timeout=1" || echo "000,120")
    fi
    echo "$class,$w" >> "$out/probes.csv"
  done
}

watch_from="${WATCH_FROM:-127.0.0.2}"
sample_health() {
  local end=$((SECONDS + duration)) ping query rss
  while (( SECONDS < end )); do
    ping=$(curl -s --interface "$watch_from" -o /dev/null -m 10 -w '%{http_code},%{time_total}' "${BASE}\$/ping" || echo "000,10")
    query=$(curl -s --interface "$watch_from" -o /dev/null -m 10 -w '%{http_code},%{time_total}' --data-urlencode "query=$normal" \
              -H 'Accept: application/sparql-results+json' "${BASE}rehab/sparql" || echo "000,10")
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")
    echo "$ping,$query,$rss" >> "$out/watch.csv"
    sleep 0.2
  done
}

# 500,000 characters are more than one command-line argument may hold (curl's URL): bash's /dev/tcp.
long_name="$(a 500000)"
port="${BASE##*:}"; port="${port%/}"
get_long_name() {
  local t0=$EPOCHREALTIME status=""
  exec 3<>"/dev/tcp/127.0.0.1/$port" || { echo "000,0"; return; }
  printf 'GET /rehabkg/%s HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n' "$long_name" >&3
  IFS=' ' read -r -t 120 _ status _ <&3 || true
  cat <&3 > /dev/null || true
  exec 3<&- 3>&-
  awk -v s="${status:-000}" -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%s,%.3f\n", s, b - a }'
}

# A baseline before the attack.
baseline=$(curl -s -o /dev/null -w '%{time_total}' --data-urlencode "query=$normal" "${BASE}rehab/sparql")
attackers=()
for class in $classes; do attack "$class" & attackers+=($!); done
sample_health
wait "${attackers[@]}"   # not a bare wait: the server is a background job too

echo
echo "baseline: normal query $(awk -v t="$baseline" 'BEGIN { printf "%.0f ms", t * 1000 }'), RSS $(awk '/^VmRSS:/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$SERVER_PID/status") now"
echo "| probe class | sent | statuses | time to answer (median / max) |"
echo "|---|---|---|---|"
# median and max of a column of numbers (seconds), in ms
med_max() { sort -g | awk '{ v[NR] = $1 } END { if (NR) printf "%.0f ms / %.0f ms", v[int((NR + 1) / 2)] * 1000, v[NR] * 1000 }'; }
for class in $classes; do
  rows=$(grep "^$class," "$out/probes.csv")
  statuses=$(echo "$rows" | cut -d, -f2 | sort | uniq -c | awk '{ printf "%s%d × %s", (NR > 1 ? ", " : ""), $1, $2 }')
  echo "| $class | $(echo "$rows" | grep -c .) | $statuses | $(echo "$rows" | cut -d, -f3 | med_max) |"
done
echo
n=$(grep -c . "$out/watch.csv")
echo "during the attack ($n samples, one every 200 ms plus the requests' own time):"
echo "  /\$/ping: $(awk -F, '$1 != 200' "$out/watch.csv" | grep -c .) failed, $(awk -F, '$2 > 0.1' "$out/watch.csv" | grep -c .) over 100 ms, median / max $(cut -d, -f2 "$out/watch.csv" | med_max)"
echo "  normal query: $(awk -F, '$3 != 200' "$out/watch.csv" | grep -c .) failed, $(awk -F, '$4 > 0.1' "$out/watch.csv" | grep -c .) over 100 ms, median / max $(cut -d, -f4 "$out/watch.csv" | med_max)"
echo "  RSS max: $(cut -d, -f5 "$out/watch.csv" | sort -n | tail -1 | awk '{ printf "%.0f MiB", $1 / 1024 }')"
echo "after: ping $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "${BASE}\$/ping"), heap after GC $(gc_and_heap) B"
echo "heap bound: $(tr '\0' ' ' < "/proc/$SERVER_PID/cmdline" | grep -o -- '-Xmx[^ ]*' || echo none)"
echo "OutOfMemoryError lines in the server log: $(grep -c OutOfMemoryError "$work/probes.err" || true)"
