#!/usr/bin/env bash
# Throughput of `byhand grade` against the I/O floor, in the same run. Generates N synthetic
# submissions (bench/src/GenerateSubmissions.java: CSV and JSON, right and wrong answers), then
# alternately, R times each, every command after a `sync`:
#   floor     bench/src/IoFloor.java: read every submission, write one file of the mean report size
#   launcher  target/byhand/bin/byhand grade (the distribution; skipped when it was not built)
#   java -jar java -jar target/byhand.jar grade, one plain JVM
#   baseline  java -jar $BASELINE_JAR grade, when BASELINE_JAR names another build to compare with
#   busy      bench/src/BusyThreads.java: one thread per core, each burning 1.5 CPU seconds
# Prints each run, then per variant the medians of: wall seconds (submissions per second), CPU
# seconds (user + system), CPU ÷ wall, the ratio to the floor and the ratio to the launcher, each
# ratio taken within a round; and peak RSS (`/usr/bin/time -v`). On a shared machine wall time
# swings with the neighbours' load and CPU seconds much less: read both. `busy` keeps every core
# busy by construction, so its CPU ÷ wall is how many cores the neighbours left in that round: the
# most any variant's CPU ÷ wall could show. Not part of `mvn verify`.
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
    busy) cmd=(java -cp "$work/classes" BusyThreads 1.5) ;;
    launcher) cmd=("$launcher" "${grade_args[@]}" "$2") ;;
    java-jar) cmd=(java ${JAVA_OPTS:-} -jar "$jar" "${grade_args[@]}" "$2") ;;
    baseline) cmd=(java ${JAVA_OPTS:-} -jar "$BASELINE_JAR" "${grade_args[@]}" "$2") ;;
  esac
}

# Wall seconds, peak RSS (MB) and CPU seconds (user + system) of a command, from GNU time.
measure() {
  local log="$work/time.log"
  /usr/bin/time -v "$@" > "$work/out.log" 2> "$log" || { cat "$work/out.log" "$log" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s}
    /Maximum resident set size/ {r = int($2 / 1024)} /User time|System time/ {c += $2}
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

: > "$work/rows"   # one line per timed command: round variant wall rss cpu-seconds
for ((r = 1; r <= rounds; r++)); do
  for v in busy floor "${variants[@]}"; do
    rm -rf "$work/out"
    # Each command starts with nothing left to write back: otherwise one pays for the other's dirty
    # pages, and the floor alone swung from 0.5 to 3.5 s between rounds.
    sync
    command_of "$v" "$work/out"
    read -r wall rss cpu < <(measure "${cmd[@]}")
    echo "$r $v $wall $rss $cpu" >> "$work/rows"
  done
  awk -v r="$r" 'BEGIN {printf "run %d:", r} $1 == r {printf "  %s %.2f s (CPU %.2f s, %d MB)", $2, $3, $5, $4} END {print ""}' "$work/rows"
done

median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
column_of() { awk -v v="$1" -v c="$2" '$2 == v {print $c}' "$work/rows" | median; }
# The median over rounds of variant / other, both from the same round.
ratio_of() { awk -v v="$1" -v o="$2" '$2 == o {d[$1] = $3} $2 == v {n[$1] = $3} END {for (r in n) print n[r] / d[r]}' "$work/rows" | median; }
# The median over rounds of CPU seconds ÷ wall seconds.
parallelism_of() { awk -v v="$1" '$2 == v {print $5 / $3}' "$work/rows" | median; }
reference="${variants[0]}"
echo "medians of $rounds rounds, N=$n:"
printf '  %-9s CPU / wall = %.2f: the cores left to this benchmark by its neighbours\n' busy "$(parallelism_of busy)"
printf '  %-9s %6.2f s wall, %5.2f s CPU\n' floor "$(column_of floor 3)" "$(column_of floor 5)"
for v in "${variants[@]}"; do
  rss=$(awk -v v="$v" '$2 == v {print $4}' "$work/rows" | sort -n | tail -1)
  awk -v v="$v" -v w="$(column_of "$v" 3)" -v c="$(column_of "$v" 5)" -v n="$n" -v q="$(ratio_of "$v" floor)" \
    -v ref="$reference" -v qr="$(ratio_of "$v" "$reference")" -v m="$rss" -v p="$(parallelism_of "$v")" 'BEGIN {
    printf "  %-9s %6.2f s wall (%5.0f submissions/s), %5.2f s CPU, CPU / wall = %.2f; / floor = %.2f; / %s = %.2f; peak RSS %d MB\n",
      v, w, n / w, c, p, q, ref, qr, m }'
done
