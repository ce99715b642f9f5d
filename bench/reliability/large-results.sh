#!/usr/bin/env bash
# Issue item 5: large results from a server with a small heap (default -Xmx256m): each answer is
# streamed to its end or cut by the timeout, never an OutOfMemoryError; a client that disconnects
# mid-stream frees its query (the server's CPU goes back to idle).
# Usage: large-results.sh   (REHABKG_JAVA_OPTS overrides -Xmx256m)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
export REHABKG_JAVA_OPTS="${REHABKG_JAVA_OPTS:--Xmx256m}"

start_server large ${SERVE_OPTS:-}
trap stop_server EXIT
echo "server pid $SERVER_PID at $BASE (JVM options: $REHABKG_JAVA_OPTS)"

fetch() {   # fetch LABEL ACCEPT QUERY
  local rc=0
  local stats
  stats=$(curl -s -o "$work/large.body" -w '%{http_code} %{size_download} %{time_total}' \
          -H "Accept: $2" --data-urlencode "query=$3" "${BASE}rehab/sparql") || rc=$?
  read -r code bytes secs <<< "$stats"
  printf '%-34s HTTP %s, %s bytes in %s s, curl exit %s: %s; ends with: %s\n' "$1" "$code" "$bytes" "$secs" "$rc" \
    "$(if [[ $rc != 0 ]]; then echo "connection cut"; elif tail -c 100 "$work/large.body" | grep -q 'Incomplete results'; then echo "cut by the timeout"; else echo complete; fi)" \
    "$(tail -c 40 "$work/large.body" | tr -d '\n' | tr -s ' ')"
}

fetch "whole graph, 1 pattern, JSON"      application/sparql-results+json 'SELECT * WHERE { ?s ?p ?o }'
fetch "cross product 2, JSON"             application/sparql-results+json 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }'
fetch "cross product 2, TSV"              text/tab-separated-values        'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }'
fetch "cross product 2, XML"              application/sparql-results+xml   'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }'
fetch "CONSTRUCT from cross product, NT"  application/n-triples            'CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }'
fetch "CONSTRUCT from cross product, TTL" text/turtle                      'CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }'
fetch "ORDER BY over cross product, JSON" application/sparql-results+json 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c'

echo "-- a client that disconnects after 2 s of a large answer"
for i in 1 2 3; do
  curl -s -o /dev/null --max-time 2 --data-urlencode 'query=SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }' "${BASE}rehab/sparql" || true
done
start=$(date +%s.%N); prev=$(cpu_seconds "$SERVER_PID"); idle="not within 10 s"
for i in $(seq 1 20); do
  sleep 0.5
  now=$(cpu_seconds "$SERVER_PID")
  if (( $(echo "$now - $prev < 0.05" | bc) )); then idle="idle $(echo "$(date +%s.%N) - $start" | bc | cut -c1-4) s after the disconnects"; break; fi
  prev=$now
done
echo "server CPU: $idle"

kill -0 "$SERVER_PID" && echo "server alive"
echo "ping: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "${BASE}\$/ping")"
echo "OutOfMemoryError lines in the server log: $(grep -c OutOfMemoryError "$work/large.err" || true)"
