#!/usr/bin/env bash
# Measures what share of a full build pm:serve's rebuild after one edit takes, inside one JVM with its default
# settings (no flags, as Maven starts pm:serve): bench/pm-runner's RebuildWithPm builds a copy of the corpus as
# pm:serve does, warms up as pm:serve does (a rebuild with nothing changed), then EDITS times rewrites one
# postmortem's title and rebuilds (checking the page shows the new title), then, the preview dropped, builds the
# same site afresh three times as pm:site builds, in the same, by then compiled, JVM. Writes the times to $BENCH_WORK/rebuild.tsv (N, kind: first, warmup, rebuild or full, edit
# or build, ms), which bench/report.sh reads.
#
#   bench/rebuild.sh               N = 1,000 and 10,000, nine edits each
#   EDITS=5 bench/rebuild.sh 100
#
# Needs the corpora and runners of bench/run.sh (run it first, or at least build the runners).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-/tmp/pm-bench}"
EDITS="${EDITS:-9}"
SIZES=("$@")
if [ ${#SIZES[@]} -eq 0 ]; then SIZES=(1000 10000); fi
PM_CP="$ROOT/bench/pm-runner/target/pm-bench-runner-0.1.0-SNAPSHOT.jar:$ROOT/bench/pm-runner/target/lib/*"
unset MAVEN_OPTS JAVA_TOOL_OPTIONS

[ "$EDITS" -ge 1 ] 2>/dev/null || { echo "rebuild: EDITS must be 1 or more, not '$EDITS'" >&2; exit 2; }
mkdir -p "$WORK"
TSV="$WORK/rebuild.tsv"
touch "$TSV"
for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  if [ ! -d "$corpus/yaml" ]; then java -cp "$PM_CP" dev.pm.bench.GenerateCorpus "$n" "$corpus"; fi
  project="$WORK/rebuild-$n"
  rm -rf "$project" && mkdir -p "$project"
  cp -r "$corpus/yaml" "$project/src"
  java -cp "$PM_CP" dev.pm.bench.RebuildWithPm "$project/src" "$project/site" "$EDITS" > "$project/times.txt"
  # N's earlier figures are replaced only once this run has succeeded.
  { awk -F'\t' -v n="$n" '$1 != n' "$TSV"
    awk -F'\t' -v n="$n" 'NF == 2 {print n "\t" $1 "\t0\t" $2} NF == 3 {print n "\t" $1 "\t" $2 "\t" $3}' \
      "$project/times.txt"; } > "$TSV.tmp" && mv "$TSV.tmp" "$TSV"
  echo "rebuild: N=$n: $(tr '\t\n' ' ,' < "$project/times.txt")"
done
