#!/usr/bin/env bash
# Turns the benchmark's raw lines into bench/RESULTS.md: what each contender builds, medians per contender and
# size, the ratios to both Hugo sites, the targets (met / not met, with the numbers), pm:serve's edit latency
# and rebuild share, and the machine and its load.
#
#   bench/report.sh RESULTS.tsv [SERVE.tsv [REBUILD.tsv]]
#
# RESULTS.tsv lines (bench/run.sh): N, contender, run, wall s, peak RSS KiB, files, user+system CPU s, 1-minute
# load average when the run ended. SERVE.tsv lines (bench/serve-latency.sh): N, edit, latency s, first build
# s, peak RSS KiB; by default serve.tsv beside RESULTS.tsv. REBUILD.tsv lines (bench/rebuild.sh): N, kind
# (first, warmup, rebuild or full), edit or build, ms; by default rebuild.tsv beside RESULTS.tsv. BENCH_NOTE, if set, is printed
# under "Conditions".
set -euo pipefail
RESULTS=$1
SERVE=${2:-$(dirname "$RESULTS")/serve.tsv}
REBUILD=${3:-$(dirname "$RESULTS")/rebuild.tsv}

median() { sort -g | awk 'NF {v[++n]=$1} END {if (!n) exit; if (n%2) print v[(n+1)/2]; else print (v[n/2]+v[n/2+1])/2}'; }
med() { awk -F'\t' -v n="$1" -v c="$2" -v f="$3" '$1==n && $2==c {print $f}' "$RESULTS" | median; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }
calc() { awk "BEGIN {printf \"%.2f\", $1}"; }
# A rebuild's share of a full build in per cent, two decimals, rounded up: a share just over a limit never reads as
# within it, in the targets or in the table.
share() { awk -v r="$1" -v f="$2" 'BEGIN {v = 100 * r / f; c = int(v * 100); if (c < v * 100) c++; printf "%.2f", c / 100}'; }
check() { # label, value, limit, unit
  if awk -v a="$2" -v b="$3" 'BEGIN {exit !(a <= b)}'; then
    echo "- **met**: $1: $2 $4 ≤ $3 $4"
  else
    echo "- **not met**: $1: $2 $4 > $3 $4"
  fi
}
sizes=$(cut -f1 "$RESULTS" | sort -n -u)

echo "# Benchmark results"
echo
echo "Written $(date -u +%Y-%m-%d) by \`bench/report.sh\` from the runs listed at the end (\`bench/run.sh\`): medians"
echo "of the runs; the order of the contenders rotates from run to run. See \`bench/README.md\` to rerun."
echo
echo "## Conditions"
echo
echo "- CPU: $(lscpu | awk -F': +' '/Model name/ {print $2; exit}'), $(nproc) cores"
echo "- Memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "- Java: $(java -version 2>&1 | head -1)"
echo "- Maven: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
echo "- Hugo: $(hugo version | cut -d' ' -f1-2)"
echo "- JBake: 2.7.0 (jbake-core from Maven Central), FreeMarker templates, in-memory store"
# Every contender writes its output there, after the output of its last run was deleted: on ext4 without a journal,
# the kernel skips inodes deleted in the last few seconds (minutes, while their blocks are dirty) when it
# allocates one, so a file created then costs more system time, and a site of more files pays more of it.
# The kernel's name of the device (dm-0 for /dev/mapper/...), as /proc/fs/jbd2 names its journals.
device=$(basename "$(readlink -f "$(df -P "$(dirname "$RESULTS")" | awk 'NR == 2 {print $1}')")")
fstype=$(df -PT "$(dirname "$RESULTS")" | awk 'NR == 2 {print $2}')
journal=""
if [ "$fstype" = ext4 ]; then
  if ls /proc/fs/jbd2 2>/dev/null | grep -q "^$device-"; then journal=", with a journal"; else journal=", without a journal"; fi
fi
echo "- Output file system: $fstype$journal"
loads=$(awk -F'\t' '$8 != "" {print $8}' "$RESULTS" | sort -g)
if [ -n "$loads" ]; then
  echo "- Load (1-minute average at the end of each run, on $(nproc) cores): median $(echo "$loads" | median)," \
    "from $(echo "$loads" | head -1) to $(echo "$loads" | tail -1)"
fi
if [ -n "${BENCH_NOTE:-}" ]; then echo "- $BENCH_NOTE"; fi
echo
echo "## Contenders"
echo
echo "| contender | command | what it builds |"
echo "| --- | --- | --- |"
echo "| \`mvn-help\` | \`mvn -o -q pm:help\` in the same project | nothing: Maven's own start, resolving the plugin and printing its help; the reference for N = 100 |"
echo "| \`pm-java\` | \`java -Xmx1g -XX:TieredStopAtLevel=1 -cp … RenderWithPm\` | everything \`pm:site\` builds by default: checks; home paginated by 20; a page per postmortem with related incidents, older and newer; tag, service, severity and year indexes and pages; RSS, Atom and JSON feeds for the archive, RSS and Atom for every tag and service; search index; stats; remedy tracker; sitemap, robots.txt, 404 |"
echo "| \`pm-mvn\` | \`mvn -o -q pm:site\` in \`maven/pom.xml\`, no \`.mvn/jvm.config\`, no \`MAVEN_OPTS\` | the same, through Maven with its default JVM settings and pm's defaults (which keep C2 out while the goal runs, \`pm.shortRunCompilation\`): the targets are checked on this one |"
echo "| \`pm-mvn-tuned\` | the same with \`-Xmx1g -XX:TieredStopAtLevel=1\` (\`-Xmx2g\` at N ≥ 100,000) in \`.mvn/jvm.config\` | the same, with the options the README suggests for large archives |"
echo "| \`hugo\` | \`hugo --quiet\` with \`hugo/\` (minimal) | home paginated by 20, a page per postmortem, a page per tag and the tags index, RSS (50 items) for the home page and each tag |"
echo "| \`hugo-full\` | \`hugo --quiet\` with \`hugo-full/\` (feature-equivalent) | home paginated by 20; a page per postmortem with its severity, services and tags, 5 related pages (\`.Site.RegularPages.Related\`, indices on tags and services), older and newer; tags, services and severity taxonomies: an index with counts, and a page and an RSS feed (50 items) per term; a year archive (one page, by year and month); RSS for the home page; a JSON search index (an output format of the home page); sitemap, robots.txt, 404. Not built: Atom and JSON feeds, per-year pages, stats, remedy tracker, quality checks, medians of time to resolve |"
echo "| \`jbake\` | JBake 2.7.0's \`Oven\` (\`jbake-runner\`), templates in \`jbake/\` | home paginated by 20, a page per postmortem, a page per tag, RSS; only at N ≤ 1,000 |"
echo
echo "## Medians"
echo
echo "Wall and CPU (user + system) time in seconds; the ratios are of wall times."
echo
echo "| N | contender | wall (s) | CPU (s) | × hugo | × hugo-full | peak memory (MiB) | files written |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in $sizes; do
  hugo=$(med "$n" hugo 4)
  full=$(med "$n" hugo-full 4)
  for c in mvn-help pm-java pm-mvn pm-mvn-tuned hugo hugo-full jbake; do
    wall=$(med "$n" "$c" 4)
    [ -z "$wall" ] && continue
    cpu=$(med "$n" "$c" 7)
    ratio() { if [ -n "$2" ]; then awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; else echo "–"; fi; }
    printf '| %s | %s | %.2f | %s | %s | %s | %s | %s |\n' "$n" "$c" "$wall" "${cpu:-–}" "$(ratio "$wall" "$hugo")" \
      "$(ratio "$wall" "$full")" "$(mib "$(med "$n" "$c" 5)")" "$(med "$n" "$c" 6)"
  done
done

echo
echo "## Targets"
echo
echo "Checked on wall-clock medians of the runs above, \`pm-mvn\` (Maven's default JVM settings)."
echo
if [ -n "$(med 100 pm-mvn 4)" ] && [ -n "$(med 100 mvn-help 4)" ]; then
  check "N = 100: mvn pm:site ≤ Maven's start (mvn pm:help) + 1 s" "$(calc "$(med 100 pm-mvn 4)")" \
    "$(calc "$(med 100 mvn-help 4) + 1")" s
else echo "- not measured: N = 100, mvn pm:site ≤ mvn pm:help + 1 s"; fi
if [ -n "$(med 1000 pm-mvn 4)" ] && [ -n "$(med 1000 hugo-full 4)" ]; then
  check "N = 1,000: mvn pm:site ≤ 2 × feature-equivalent Hugo" "$(calc "$(med 1000 pm-mvn 4)")" \
    "$(calc "2 * $(med 1000 hugo-full 4)")" s
else echo "- not measured: N = 1,000, mvn pm:site ≤ 2 × feature-equivalent Hugo"; fi
if [ -n "$(med 10000 pm-mvn 4)" ] && [ -n "$(med 10000 hugo 4)" ]; then
  check "N = 10,000: mvn pm:site ≤ minimal Hugo" "$(calc "$(med 10000 pm-mvn 4)")" "$(calc "$(med 10000 hugo 4)")" s
  check "N = 10,000: mvn pm:site's peak memory (Maven's JVM included) ≤ 1 GiB" "$(mib "$(med 10000 pm-mvn 5)")" 1024 MiB
else echo "- not measured: N = 10,000, mvn pm:site ≤ minimal Hugo and peak memory ≤ 1 GiB"; fi
# Linear growth: the time per postmortem at the larger of two consecutive sizes (from N = 1,000 up) is at most
# 1.5 × that at the smaller one. Below 1,000 the fixed costs (Maven's and the JVM's start) dominate, and they
# only make the larger size look better.
for c in pm-mvn pm-java hugo hugo-full; do
  prev=""
  for n in $sizes; do
    wall=$(med "$n" "$c" 4)
    { [ -z "$wall" ] || [ "$n" -lt 1000 ]; } && continue
    if [ -n "$prev" ]; then
      set -- $prev
      check "linear growth, $c, N = $1 → $n: time per postmortem ≤ 1.5 × that at N = $1" \
        "$(awk -v w="$wall" -v n="$n" 'BEGIN {printf "%.3f", 1000*w/n}')" \
        "$(awk -v w="$2" -v n="$1" 'BEGIN {printf "%.3f", 1.5*1000*w/n}')" "ms"
    fi
    prev="$n $wall"
  done
done

# pm:serve at N = 10,000: the edited page served within 1 s of the save (median of the edits), and the rebuild
# at most 10 % of a full build, both measured in the same JVM once it has compiled what pm runs.
serve_10k=$( [ -s "$SERVE" ] && awk -F'\t' '$1==10000 {print $3}' "$SERVE" | median || true)
if [ -n "$serve_10k" ]; then
  check "N = 10,000: pm:serve serves the edited page within 1 s of the save (median)" "$serve_10k" 1 s
else echo "- not measured: N = 10,000, pm:serve's edit latency (bench/serve-latency.sh 10000)"; fi
rebuild_10k=$( [ -s "$REBUILD" ] && awk -F'\t' '$1==10000 && $2=="rebuild" {print $4}' "$REBUILD" | median || true)
full_10k=$( [ -s "$REBUILD" ] && awk -F'\t' '$1==10000 && $2=="full" {print $4}' "$REBUILD" | median || true)
if [ -n "$rebuild_10k" ] && [ -n "$full_10k" ]; then
  check "N = 10,000: a rebuild after one edit (median $(calc "$rebuild_10k / 1000") s) against a full build in the same JVM ($(calc "$full_10k / 1000") s)" \
    "$(share "$rebuild_10k" "$full_10k")" 10 %
else echo "- not measured: N = 10,000, rebuild share (bench/rebuild.sh 10000)"; fi

if [ -s "$SERVE" ]; then
  echo
  echo "## pm:serve: from saving an edit to the changed page being served"
  echo
  echo "\`bench/serve-latency.sh\`: \`mvn -o pm:serve\` (Maven's default JVM settings) on a copy of the corpus; each edit"
  echo "rewrites one postmortem's title, then one poller process (\`bench/poll-page.py\`) fetches its page every 20 ms"
  echo "until the new title is served."
  echo
  echo "| N | edits | median latency (s) | min – max (s) | start and first build (s) | server's peak memory (MiB) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  for n in $(cut -f1 "$SERVE" | sort -n -u); do
    lat=$(awk -F'\t' -v n="$n" '$1==n {print $3}' "$SERVE" | sort -g)
    first=$(awk -F'\t' -v n="$n" '$1==n {print $4; exit}' "$SERVE")
    peak=$(awk -F'\t' -v n="$n" '$1==n {print $5; exit}' "$SERVE")
    printf '| %s | %s | %s | %s – %s | %s | %s |\n' "$n" "$(echo "$lat" | wc -l)" "$(echo "$lat" | median)" \
      "$(echo "$lat" | head -1)" "$(echo "$lat" | tail -1)" "$first" "$( [ -n "$peak" ] && mib "$peak" || echo "–")"
  done
fi

if [ -s "$REBUILD" ]; then
  echo
  echo "## pm:serve's rebuild against a full build, in one JVM"
  echo
  echo "\`bench/rebuild.sh\`: \`RebuildWithPm\` (\`java\` with its default settings, as Maven starts pm:serve) builds a copy"
  echo "of the corpus as pm:serve does, warms up as pm:serve does (a rebuild with nothing changed), then rewrites one"
  echo "postmortem's title and rebuilds, once per edit, checking"
  echo "that the page shows the new title; last, the preview dropped, it builds the same site afresh three times as"
  echo "pm:site builds, in the same JVM (the table gives the median of the three)."
  echo
  echo "| N | first build (s) | warm-up (s) | edits | median rebuild (s) | min – max (s) | full build, same JVM (s) | rebuild share |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for n in $(cut -f1 "$REBUILD" | sort -n -u); do
    times=$(awk -F'\t' -v n="$n" '$1==n && $2=="rebuild" {print $4}' "$REBUILD" | sort -g)
    first=$(awk -F'\t' -v n="$n" '$1==n && $2=="first" {print $4}' "$REBUILD" | median)
    full=$(awk -F'\t' -v n="$n" '$1==n && $2=="full" {print $4}' "$REBUILD" | median)
    warmup=$(awk -F'\t' -v n="$n" '$1==n && $2=="warmup" {print $4}' "$REBUILD" | median)
    rebuild=$(echo "$times" | median)
    printf '| %s | %s | %s | %s | %s | %s – %s | %s | %s %% |\n' "$n" "$(calc "$first / 1000")" \
      "$( [ -n "$warmup" ] && calc "$warmup / 1000" || echo "–")" "$(echo "$times" | wc -l)" \
      "$(calc "$rebuild / 1000")" "$(calc "$(echo "$times" | head -1) / 1000")" \
      "$(calc "$(echo "$times" | tail -1) / 1000")" "$(calc "$full / 1000")" "$(share "$rebuild" "$full")"
  done
fi

echo
echo "## Every run"
echo
echo "| N | contender | run | wall (s) | CPU (s) | peak memory (KiB) | files | load |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
sort -t$'\t' -k1,1n -k2,2 -k3,3n "$RESULTS" \
  | awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $7, $5, $6, $8}'
