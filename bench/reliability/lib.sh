# Shared by the reliability benchmarks: find a JDK >= 21, start and stop `bin/rehabkg serve` on a
# free loopback port. Source it; set -euo pipefail is the caller's.
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${WORK:-$home/bench/work/reliability}"
mkdir -p "$work"

# A JDK >= 21 (for java, jcmd): JAVA_HOME, the java on PATH, then the usual install folders.
find_jdk() {
  local d v
  for d in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java || echo /nonexistent)")")")" /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [[ -n "$d" && -x "$d/bin/java" && -x "$d/bin/jcmd" ]] || continue
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$d/release" 2>/dev/null)
    if [[ -n "$v" ]] && (( v >= 21 )); then echo "$d"; return 0; fi
  done
  echo "no JDK >= 21 found (set JAVA_HOME)" >&2; return 1
}
jdk="$(find_jdk)"
# Bench.java compiled once (a single-file launch compiles on every run, a second or two).
mkdir -p "$work/classes"
if [[ ! -f "$work/classes/Bench.class" || "$home/bench/reliability/Bench.java" -nt "$work/classes/Bench.class" ]]; then
  "$jdk/bin/javac" -d "$work/classes" "$home/bench/reliability/Bench.java"
fi
bench() { "$jdk/bin/java" -cp "$work/classes" Bench "$@"; }

# start_server NAME [serve options...]: sets SERVER_PID and BASE (http://127.0.0.1:PORT/).
# JVM flags through REHABKG_JAVA_OPTS, as bin/rehabkg takes them.
start_server() {
  local name="$1"; shift
  : > "$work/$name.out"; : > "$work/$name.err"
  "$home/bin/rehabkg" serve --port 0 "$@" > "$work/$name.out" 2> "$work/$name.err" &
  SERVER_PID=$!
  local i
  for i in $(seq 1 600); do
    if grep -q 'rehab/sparql' "$work/$name.out"; then
      BASE="$(sed -n 's|.*\(http://[^ ]*/\)rehab/sparql.*|\1|p' "$work/$name.out" | head -n 1)"
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server $name died:" >&2; cat "$work/$name.err" >&2; return 1; }
    sleep 0.1
  done
  echo "server $name did not start in 60 s" >&2; return 1
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}

# CPU seconds (user + system) the process has used so far, from /proc.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f\n", ($14 + $15) / hz }' "/proc/$1/stat"
}

gc_and_heap() {
  "$jdk/bin/jcmd" "$SERVER_PID" GC.run > /dev/null
  sleep 1
  bench heap "$BASE"
}
