#!/usr/bin/env bash
# Times pm against Hugo and JBake on the same synthetic archive and writes bench/RESULTS.md.
#
#   bench/run.sh                 N = 100, 1,000 and 10,000, three runs each
#   bench/run.sh 100000          N = 100,000 only (JBake only runs at N <= 1,000, hugo-full at N <= 10,000)
#   RUNS=5 bench/run.sh 1000     more runs
#   SKIP_BUILD=1 bench/run.sh    reuse pm as last installed in ~/.m2 and the runners in bench/*/target
#
# Needs JDK 17, Maven, Debian's hugo and GNU time (apt-get install -y hugo time). Every contender is a whole
# process, timed by GNU time (wall time, user + system CPU time, peak resident memory); the order of the
# contenders rotates from run to run, so that none always runs on a warm (or a cold) page cache. Each output
# folder is deleted before its run, outside the timing. MAVEN_OPTS is cleared: 'pm-mvn' runs with Maven's
# default JVM settings, 'pm-mvn-tuned' with the options of .mvn/jvm.config that the README suggests.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-/tmp/pm-bench}"
RUNS="${RUNS:-3}"
SIZES=("$@")
if [ ${#SIZES[@]} -eq 0 ]; then SIZES=(100 1000 10000); fi
TIME=/usr/bin/time
JBAKE_LIMIT=1000
# The feature-equivalent Hugo's related pages grow with the square of N (355 s at N = 10,000 on a busy machine,
# against 9 s without them): it runs up to 10,000 unless HUGO_FULL_LIMIT says otherwise.
HUGO_FULL_LIMIT="${HUGO_FULL_LIMIT:-10000}"
unset MAVEN_OPTS

for tool in hugo java mvn "$TIME"; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y hugo time)" >&2; exit 2; }
done
mkdir -p "$WORK"
# Earlier results for other sizes are kept, so that 'bench/run.sh 100000' adds to the default run's report.
RESULTS="$WORK/results.tsv"
touch "$RESULTS"
for n in "${SIZES[@]}"; do
  awk -F'\t' -v n="$n" '$1 != n' "$RESULTS" > "$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
done

if [ "${SKIP_BUILD:-0}" = 1 ]; then
  echo "bench: reusing pm from ~/.m2 and the runners in bench/*/target (SKIP_BUILD=1)"
else
  echo "bench: building pm and the benchmark runners"
  (cd "$ROOT" && mvn -q -B -ntp install -DskipTests -Dinvoker.skip=true)
  (cd "$ROOT" && mvn -q -B -ntp -f bench/pom.xml package)
fi
PM_CP="$ROOT/bench/pm-runner/target/pm-bench-runner-0.1.0-SNAPSHOT.jar:$ROOT/bench/pm-runner/target/lib/*"
JBAKE_CP="$ROOT/bench/jbake-runner/target/pm-bench-jbake-0.1.0-SNAPSHOT.jar:$ROOT/bench/jbake-runner/target/lib/*"

heap_for() { if [ "$1" -ge 100000 ]; then echo "-Xmx2g"; else echo "-Xmx1g"; fi; }

prepare() {
  local n=$1 corpus="$WORK/corpus-$1"
  if [ ! -d "$corpus/yaml" ]; then
    java -cp "$PM_CP" dev.pm.bench.GenerateCorpus "$n" "$corpus"
  fi
  # pm through Maven: a project that declares the plugin as a user would. 'pm-mvn' has no .mvn/jvm.config
  # (Maven's default JVM settings: the targets are checked on it); 'pm-mvn-tuned' has the README's options.
  for variant in mvn mvn-tuned; do
    mkdir -p "$WORK/$variant-$n"
    sed -e "s|@SOURCES@|$corpus/yaml|" -e "s|@OUTPUT@|$WORK/out-$n/pm-$variant|" "$ROOT/bench/maven/pom.xml" \
      > "$WORK/$variant-$n/pom.xml"
  done
  rm -rf "$WORK/mvn-$n/.mvn"
  mkdir -p "$WORK/mvn-tuned-$n/.mvn"
  echo "$(heap_for "$n") -XX:TieredStopAtLevel=1" > "$WORK/mvn-tuned-$n/.mvn/jvm.config"
  # JBake: its configuration and templates, and the corpus with JBake headers as content.
  mkdir -p "$WORK/jbake-$n"
  cp "$ROOT/bench/jbake/jbake.properties" "$WORK/jbake-$n/"
  rm -rf "$WORK/jbake-$n/templates" && cp -r "$ROOT/bench/jbake/templates" "$WORK/jbake-$n/"
  ln -sfn "$corpus/jbake" "$WORK/jbake-$n/content"
}

command_for() {
  local contender=$1 n=$2 out="$WORK/out-$2/$1"
  case "$contender" in
    pm-java) echo "java $(heap_for "$n") -XX:TieredStopAtLevel=1 -cp $PM_CP dev.pm.bench.RenderWithPm $WORK/corpus-$n/yaml $out" ;;
    pm-mvn) echo "mvn -o -q -B -f $WORK/mvn-$n/pom.xml pm:site" ;;
    pm-mvn-tuned) echo "mvn -o -q -B -f $WORK/mvn-tuned-$n/pom.xml pm:site" ;;
    mvn-help) echo "mvn -o -q -B -f $WORK/mvn-$n/pom.xml pm:help" ;;
    hugo) echo "hugo --quiet --source $ROOT/bench/hugo --contentDir $WORK/corpus-$n/yaml --destination $out" ;;
    hugo-full) echo "hugo --quiet --source $ROOT/bench/hugo-full --contentDir $WORK/corpus-$n/yaml --destination $out" ;;
    jbake) echo "java -cp $JBAKE_CP dev.pm.bench.RunJBake $WORK/jbake-$n $out" ;;
  esac
}

for n in "${SIZES[@]}"; do
  prepare "$n"
  contenders=(mvn-help pm-java pm-mvn pm-mvn-tuned hugo)
  if [ "$n" -le "$HUGO_FULL_LIMIT" ]; then contenders+=(hugo-full); fi
  if [ "$n" -le "$JBAKE_LIMIT" ]; then contenders+=(jbake); fi
  count=${#contenders[@]}
  for run in $(seq 1 "$RUNS"); do
    for i in $(seq 0 $((count - 1))); do
      contender=${contenders[$(((i + run - 1) % count))]}
      rm -rf "$WORK/out-$n/$contender"
      mkdir -p "$WORK/out-$n"
      log="$WORK/out-$n/$contender.log"
      # shellcheck disable=SC2046
      if ! "$TIME" -v -o "$WORK/time.txt" $(command_for "$contender" "$n") > "$log" 2>&1; then
        echo "bench: $contender failed at N=$n; see $log" >&2
        exit 1
      fi
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
      cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$WORK/time.txt")
      files=0
      if [ -d "$WORK/out-$n/$contender" ]; then files=$(find "$WORK/out-$n/$contender" -type f | wc -l); fi
      load=$(cut -d' ' -f1 /proc/loadavg)
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$contender" "$run" "$wall" "$rss" "$files" "$cpu" "$load" \
        | tee -a "$RESULTS"
    done
  done
done

"$ROOT/bench/report.sh" "$RESULTS" > "$ROOT/bench/RESULTS.md"
echo "bench: wrote bench/RESULTS.md"
