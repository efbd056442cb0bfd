#!/usr/bin/env bash
# Throughput of `byhand grade` against the I/O floor, in the same run. Generates N synthetic
# submissions (bench/src/GenerateSubmissions.java: CSV and JSON, right and wrong answers), then
# alternately, R times each: the I/O floor (bench/src/IoFloor.java: read every submission, write one
# file of the mean report size per submission) and `java -jar target/byhand.jar grade` with every
# output, each after a `sync`. Prints submissions per second, the ratio to the floor (median of R)
# and peak RSS (`/usr/bin/time -v`). Not part of `mvn verify`.
#
#   bench/grade-throughput.sh [N] [RUBRIC] [R]     (defaults: 10000 rubrics/rnn-by-hand.json 3)
#   JAVA_OPTS="-Xmx256m" bench/grade-throughput.sh 100000
set -euo pipefail
n="${1:-10000}"
rubric="${2:-rubrics/rnn-by-hand.json}"
rounds="${3:-3}"
source "$(dirname "$0")/lib.sh"
bench_setup byhand-bench "$n" "$rubric"
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; N=$n; rubric $rubric; JAVA_OPTS=${JAVA_OPTS:-}"
echo "submissions: $(du -sh "$work/submissions" | cut -f1) in $n files"

# Wall seconds and peak RSS (MB) of a command, from GNU time.
measure() {
  local log="$work/time.log"
  /usr/bin/time -v "$@" > "$work/out.log" 2> "$log" || { cat "$work/out.log" "$log" >&2; exit 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$log")
  cpu=$(awk -F': ' '/Percent of CPU/ {sub("%", "", $2); print $2}' "$log")
  echo "$wall $rss $cpu"
}

# One untimed grade run: warms the file cache and tells the floor how large a report is.
rm -rf "$work/reports"
java ${JAVA_OPTS:-} -jar "$jar" grade --rubric "$rubric" --submissions "$work/submissions" --reports "$work/reports" > /dev/null
size=$(find "$work/reports" -name 'student-*.html' -printf '%s\n' | awk '{s += $1} END {printf "%d", s / NR}')
echo "mean report: $size bytes; results.json $(du -h "$work/reports/results.json" | cut -f1)"

: > "$work/rows"
for ((r = 1; r <= rounds; r++)); do
  rm -rf "$work/floor" "$work/reports"
  # Each command starts with nothing left to write back: otherwise one pays for the other's dirty
  # pages, and the floor alone swung from 0.5 to 3.5 s between rounds.
  sync
  read -r fw frss fcpu < <(measure java -cp "$work/classes" IoFloor "$work/submissions" "$work/floor" "$size")
  sync
  read -r gw grss gcpu < <(measure java ${JAVA_OPTS:-} -jar "$jar" grade --rubric "$rubric" \
    --submissions "$work/submissions" --reports "$work/reports")
  echo "$fw $frss $fcpu $gw $grss $gcpu" >> "$work/rows"
  awk -v n="$n" -v r="$r" '{printf "run %d: floor %.2f s (%d MB); grade %.2f s, %.0f submissions/s, %d MB peak RSS, CPU %d%%; grade / floor = %.2f\n",
    r, $1, $2, $4, n / $4, $5, $6, $4 / $1}' <(tail -1 "$work/rows")
done
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
ratio=$(awk '{print $4 / $1}' "$work/rows" | median)
grade=$(awk '{print $4}' "$work/rows" | median)
rss=$(awk '{print $5}' "$work/rows" | sort -n | tail -1)
awk -v n="$n" -v g="$grade" -v q="$ratio" -v m="$rss" 'BEGIN {
  printf "median of %s: grade %.2f s = %.0f submissions/s; grade / floor = %.2f; peak RSS %d MB\n", "runs", g, n / g, q, m }'
