#!/usr/bin/env bash
# Measures pm:serve's edit latency: the time from saving an edit to a postmortem until the changed page is
# served. For each N it copies the benchmark's corpus (so the edits never touch it), starts
# 'mvn -o pm:serve -Dpm.port=<free port>' on the copy with Maven's default JVM settings, waits until the page
# is served, then EDITS times: rewrites that postmortem's title and polls
# http://127.0.0.1:<port>/postmortems/<slug>.html every 20 ms until the new title appears (bench/poll-page.py, one
# process for the whole wait, so that the polling takes little of the CPU the rebuild needs). Prints each latency and the
# median, and writes them to $BENCH_WORK/serve.tsv (N, run, latency s, first build s, peak RSS KiB).
#
#   bench/serve-latency.sh             N = 100 and 1,000, five edits each
#   EDITS=9 bench/serve-latency.sh 10000
#
# Needs the corpora and runners of bench/run.sh (run it first, or at least build the runners) and curl.
# Every wait is bounded; the server is always stopped at the end, also on failure or Ctrl-C.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-/tmp/pm-bench}"
EDITS="${EDITS:-5}"
START_TIMEOUT="${START_TIMEOUT:-600}"   # seconds for Maven's start and the first build
EDIT_TIMEOUT="${EDIT_TIMEOUT:-120}"     # seconds for one edit to show
SIZES=("$@")
if [ ${#SIZES[@]} -eq 0 ]; then SIZES=(100 1000); fi
PM_CP="$ROOT/bench/pm-runner/target/pm-bench-runner-0.1.0-SNAPSHOT.jar:$ROOT/bench/pm-runner/target/lib/*"
unset MAVEN_OPTS

for tool in mvn java curl python3; do
  command -v "$tool" >/dev/null || { echo "serve-latency: $tool is missing" >&2; exit 2; }
done

SERVER=""
stop_server() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
    kill -- "-$SERVER" 2>/dev/null || kill "$SERVER" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
    kill -9 -- "-$SERVER" 2>/dev/null || true
  fi
  SERVER=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }

TSV="$WORK/serve.tsv"
touch "$TSV"
for n in "${SIZES[@]}"; do
  awk -F'\t' -v n="$n" '$1 != n' "$TSV" > "$TSV.tmp" && mv "$TSV.tmp" "$TSV"
  corpus="$WORK/corpus-$n"
  if [ ! -d "$corpus/yaml" ]; then java -cp "$PM_CP" dev.pm.bench.GenerateCorpus "$n" "$corpus"; fi
  project="$WORK/serve-$n"
  rm -rf "$project" && mkdir -p "$project"
  cp -r "$corpus/yaml" "$project/src"
  sed -e "s|@SOURCES@|$project/src|" -e "s|@OUTPUT@|$project/site|" "$ROOT/bench/maven/pom.xml" > "$project/pom.xml"
  # The postmortem in the middle of the archive (by file name) is the one edited.
  file=$(find "$project/src/postmortems" -name '*.md' | sort | awk -v n="$n" 'NR == int(n / 2) + 1')
  slug=$(basename "$file" .md)
  port=$(free_port)
  url="http://127.0.0.1:$port/postmortems/$slug.html"
  log="$project/serve.log"

  started=$(now)
  # setsid: the server (Maven's java, which the mvn script execs) leads its own process group, stopped as one.
  setsid mvn -o -B -f "$project/pom.xml" pm:serve -Dpm.port="$port" > "$log" 2>&1 &
  SERVER=$!
  deadline=$(( $(date +%s) + START_TIMEOUT ))
  until curl -sf -o /dev/null --max-time 5 "$url"; do
    kill -0 "$SERVER" 2>/dev/null || { echo "serve-latency: pm:serve exited at N=$n; see $log" >&2; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "serve-latency: not served within ${START_TIMEOUT}s at N=$n; see $log" >&2; exit 1; }
    sleep 0.2
  done
  first=$(awk -v a="$started" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}')
  listen=$(ss -ltn 2>/dev/null | awk -v p=":$port" '$4 ~ p"$" {print $4}' | paste -sd' ')
  echo "serve-latency: N=$n serving $url after ${first}s (Maven's start and the first build), listening on ${listen:-?}"
  sleep 2

  latencies=""
  for i in $(seq 1 "$EDITS"); do
    title="Latency probe $i at $(date +%s%N)"
    # One poller process for the whole wait, started before the save so that Python's start is not timed; it
    # prints when it saw the new title (see bench/poll-page.py).
    "$ROOT/bench/poll-page.py" "$url" "$title" "$EDIT_TIMEOUT" > "$project/seen.txt" &
    poller=$!
    sleep 0.5
    saved=$(now)
    sed -i "s/^title: .*/title: $title/" "$file"
    # kill -0 is a shell builtin: watching the server this way takes next to no CPU from its rebuild.
    while kill -0 "$poller" 2>/dev/null; do
      kill -0 "$SERVER" 2>/dev/null || { kill "$poller"; echo "serve-latency: pm:serve exited at N=$n; see $log" >&2; exit 1; }
      sleep 0.1
    done
    if ! wait "$poller"; then
      echo "serve-latency: edit $i not served within ${EDIT_TIMEOUT}s at N=$n; see $log" >&2
      exit 1
    fi
    latency=$(awk -v a="$saved" -v b="$(cat "$project/seen.txt")" 'BEGIN {printf "%.3f", b - a}')
    latencies+="$latency"$'\n'
    echo "serve-latency: N=$n edit $i: ${latency}s"
    sleep 2   # let the rebuild finish settling before the next save
  done
  # Peak memory of the server's JVM (the mvn script execs java, so it is the process started above).
  peak=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status" 2>/dev/null || echo "")
  stop_server
  i=0
  while read -r latency; do
    [ -z "$latency" ] && continue
    i=$((i + 1))
    printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$i" "$latency" "$first" "$peak" >> "$TSV"
  done <<< "$latencies"
  echo "serve-latency: N=$n median of $EDITS edits: $(printf '%s' "$latencies" | median)s (peak RSS ${peak:-?} KiB)"
done
