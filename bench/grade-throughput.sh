#!/usr/bin/env bash
# Throughput of `byhand grade` against the I/O floor, in the same run. Generates N synthetic
# submissions (bench/src/GenerateSubmissions.java: CSV and JSON, right and wrong answers), then
# alternately, R times each, every command after a `sync`:
#   floor     bench/src/IoFloor.java: read every submission, write one file of the mean report size
#   launcher  target/byhand/bin/byhand grade (the distribution; skipped when it was not built)
#   java -jar java -jar target/byhand.jar grade, one plain JVM
#   baseline  java -jar $BASELINE_JAR grade, when BASELINE_JAR names another build to compare with
# Prints each run, then the medians: seconds, submissions per second, the ratio to the floor, the
# ratio of each variant to the launcher, and peak RSS (`/usr/bin/time -v`). Not part of `mvn verify`.
#
#   bench/grade-throughput.sh [N] [RUBRIC] [R]     (defaults: 10000 rubrics/rnn-by-hand.json 3)
#   JAVA_OPTS="-Xmx256m" bench/grade-throughput.sh 100000 rubrics/rnn-by-hand.json 1
#   BASELINE_JAR=/tmp/main/byhand.jar bench/grade-throughput.sh
set -euo pipefail
n="${1:-10000}"
rubric="${2:-rubrics/rnn-by-hand.json}"
rounds="${3:-3}"
source "$(dirname "$0")/lib.sh"
bench_setup byhand-bench "$n" "$rubric"
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; N=$n; rubric $rubric; JAVA_OPTS=${JAVA_OPTS:-}"
echo "submissions: $(du -sh "$work/submissions" | cut -f1) in $n files"

# The commands compared, each given the reports folder last.
variants=()
[ -x "$launcher" ] && variants+=(launcher)
variants+=(java-jar)
[ -n "${BASELINE_JAR:-}" ] && variants+=(baseline)
grade_args=(grade --rubric "$rubric" --submissions "$work/submissions" --reports)
# The command of a variant, into the array `cmd`. The launcher reads JAVA_OPTS itself.
command_of() {
  case "$1" in
    floor) cmd=(java -cp "$work/classes" IoFloor "$work/submissions" "$2" "$size") ;;
    launcher) cmd=("$launcher" "${grade_args[@]}" "$2") ;;
    java-jar) cmd=(java ${JAVA_OPTS:-} -jar "$jar" "${grade_args[@]}" "$2") ;;
    baseline) cmd=(java ${JAVA_OPTS:-} -jar "$BASELINE_JAR" "${grade_args[@]}" "$2") ;;
  esac
}

# Wall seconds, peak RSS (MB) and CPU (%) of a command, from GNU time.
measure() {
  local log="$work/time.log"
  /usr/bin/time -v "$@" > "$work/out.log" 2> "$log" || { cat "$work/out.log" "$log" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s}
    /Maximum resident set size/ {r = int($2 / 1024)} /Percent of CPU/ {sub("%", "", $2); c = $2}
    END {print w, r, c}' "$log"
}

# One untimed run of each: warms the file cache, lets the launcher record its class-data archive,
# and tells the floor how large a report is.
for v in "${variants[@]}"; do
  rm -rf "$work/reports"
  command_of "$v" "$work/reports"
  "${cmd[@]}" > /dev/null
done
size=$(find "$work/reports" -name 'student-*.html' -printf '%s\n' | awk '{s += $1} END {printf "%d", s / NR}')
echo "mean report: $size bytes; results.json $(du -h "$work/reports/results.json" | cut -f1); compared: floor ${variants[*]}"

: > "$work/rows"   # one line per timed command: round variant wall rss cpu
for ((r = 1; r <= rounds; r++)); do
  for v in floor "${variants[@]}"; do
    rm -rf "$work/out"
    # Each command starts with nothing left to write back: otherwise one pays for the other's dirty
    # pages, and the floor alone swung from 0.5 to 3.5 s between rounds.
    sync
    command_of "$v" "$work/out"
    read -r wall rss cpu < <(measure "${cmd[@]}")
    echo "$r $v $wall $rss $cpu" >> "$work/rows"
  done
  awk -v r="$r" 'BEGIN {printf "run %d:", r} $1 == r {printf "  %s %.2f s (%d MB, CPU %d%%)", $2, $3, $4, $5} END {print ""}' "$work/rows"
done

median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
wall_of() { awk -v v="$1" '$2 == v {print $3}' "$work/rows" | median; }
floor=$(wall_of floor)
reference="${variants[0]}"
ref_wall=$(wall_of "$reference")
echo "medians of $rounds rounds, N=$n:"
printf '  %-9s %6.2f s\n' floor "$floor"
for v in "${variants[@]}"; do
  wall=$(wall_of "$v")
  # The ratio to the floor is taken round by round (both measured minutes apart at most), then the median.
  ratio=$(awk -v v="$v" '$2 == "floor" {f[$1] = $3} $2 == v {print $3 / f[$1]}' "$work/rows" | median)
  rss=$(awk -v v="$v" '$2 == v {print $4}' "$work/rows" | sort -n | tail -1)
  awk -v v="$v" -v w="$wall" -v n="$n" -v q="$ratio" -v ref="$reference" -v rw="$ref_wall" -v m="$rss" 'BEGIN {
    printf "  %-9s %6.2f s = %5.0f submissions/s; / floor = %.2f; / %s = %.2f; peak RSS %d MB\n", v, w, n / w, q, ref, w / rw, m }'
done
