#!/usr/bin/env bash
# Turns the benchmark's raw lines (N, contender, run, wall seconds, peak RSS KB, files) into bench/RESULTS.md:
# medians per contender and size, the ratio to Hugo, and the machine they were measured on.
set -euo pipefail
RESULTS=$1

median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }

echo "# Benchmark results"
echo
echo "Measured $(date -u +%Y-%m-%d) with \`bench/run.sh\`: medians of the runs listed below; the order of the"
echo "contenders rotates from run to run. Rerun it with \`bench/run.sh\`; see \`bench/README.md\`."
echo
echo "## Machine"
echo
echo "- CPU: $(lscpu | awk -F': +' '/Model name/ {print $2; exit}'), $(nproc) cores"
echo "- Memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "- Java: $(java -version 2>&1 | head -1)"
echo "- Maven: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
echo "- Hugo: $(hugo version | cut -d' ' -f1-2)"
echo "- JBake: 2.7.0 (jbake-core from Maven Central), FreeMarker templates, in-memory store"
echo
echo "## Medians"
echo
echo "| N | contender | wall time (s) | × Hugo | peak memory (MiB) | files written |"
echo "| ---: | --- | ---: | ---: | ---: | ---: |"
for n in $(cut -f1 "$RESULTS" | sort -n -u); do
  hugo=$(awk -F'\t' -v n="$n" '$1==n && $2=="hugo" {print $4}' "$RESULTS" | median)
  for c in pm-java pm-mvn hugo jbake; do
    walls=$(awk -F'\t' -v n="$n" -v c="$c" '$1==n && $2==c {print $4}' "$RESULTS")
    [ -z "$walls" ] && continue
    wall=$(echo "$walls" | median)
    rss=$(awk -F'\t' -v n="$n" -v c="$c" '$1==n && $2==c {print $5}' "$RESULTS" | median)
    files=$(awk -F'\t' -v n="$n" -v c="$c" '$1==n && $2==c {print $6}' "$RESULTS" | median)
    ratio=$(awk -v a="$wall" -v b="$hugo" 'BEGIN {printf "%.2f", a/b}')
    mib=$(awk -v k="$rss" 'BEGIN {printf "%.0f", k/1024}')
    printf '| %s | %s | %.2f | %s | %s | %s |\n' "$n" "$c" "$wall" "$ratio" "$mib" "$files"
  done
done
med() { awk -F'\t' -v n="$1" -v c="$2" -v f="$3" '$1==n && $2==c {print $f}' "$RESULTS" | median; }
if [ -n "$(med 10000 hugo 4)" ] && [ -n "$(med 10000 pm-java 4)" ]; then
  echo
  echo "## Targets (N = 10,000, same run)"
  echo
  check() { if awk -v a="$2" -v b="$3" 'BEGIN {exit !(a <= b)}'; then echo "- met: $1 ($2 <= $3)"; else echo "- missed: $1 ($2 > $3)"; fi; }
  hugo10=$(med 10000 hugo 4)
  check "pm (plain java) wall time <= Hugo's, seconds" "$(med 10000 pm-java 4)" "$hugo10"
  check "mvn pm:site <= 1.5 x Hugo's, seconds" "$(med 10000 pm-mvn 4)" "$(awk -v h="$hugo10" 'BEGIN {printf "%.2f", 1.5*h}')"
  check "pm's peak memory <= 1 GiB, MiB" "$(awk -v k="$(med 10000 pm-java 5)" 'BEGIN {printf "%.0f", k/1024}')" 1024
  if [ -n "$(med 1000 pm-java 4)" ]; then
    check "linear growth: time at 10,000 <= 12 x time at 1,000, seconds" "$(med 10000 pm-java 4)" \
      "$(awk -v t="$(med 1000 pm-java 4)" 'BEGIN {printf "%.2f", 12*t}')"
  fi
  if [ -n "$(med 100000 pm-java 4)" ]; then
    echo "- N = 100,000 completed with -Xmx2g in $(med 100000 pm-java 4) s (pm-java), peak $(awk -v k="$(med 100000 pm-java 5)" 'BEGIN {printf "%.0f", k/1024}') MiB"
  fi
fi
echo
echo "## Every run"
echo
echo "| N | contender | run | wall time (s) | peak memory (KiB) | files |"
echo "| ---: | --- | ---: | ---: | ---: | ---: |"
sort -t$'\t' -k1,1n -k2,2 -k3,3n "$RESULTS" | awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6}'
