#!/usr/bin/env bash
# Issue 23's reading budget in the JVM (deliverable 9): `byhand check` on each large and
# pathological write-up of src/test/java/dev/byhand/page/LargeFiles.java (long runs of &, nested
# \begin{bmatrix}, nested parentheses, a one-line LaTeX paragraph, a long write-up; each at the
# issue's size and just under the 1 MiB limit), against `check` on a tiny file (the sample class's
# alice.csv) in the same rounds: what a file costs beyond the JVM's start is its median minus the
# tiny file's. Budget: 1 s. Runs the files in turn, R rounds, through `java -jar` (and through the
# launcher target/byhand/bin/byhand, as a student's `check` runs, when it is built), and reports
# wall time and CPU time (user + system, all the JVM's threads: steadier than wall time on a
# machine shared with other work). The page's figures come from the browser suite
# (LargeFilesPageIT). Not part of `mvn verify`.
#
#   bench/large-files.sh [R]      (default R=5; builds target/byhand.jar if missing)
#   BYHAND_JAR=other.jar bench/large-files.sh [R]   (another build's jar, through java -jar only)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
jar="${BYHAND_JAR:-target/byhand.jar}"
launcher=target/byhand/bin/byhand
[ -n "${BYHAND_JAR:-}" ] && launcher=/nonexistent
[ -f "$jar" ] || mvn -q -B -DskipTests package
work="$(mktemp -d "${TMPDIR:-/tmp}/byhand-large.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# LargeFiles has no dependencies: compiled on its own, it writes the files.
javac -d "$work/classes" src/test/java/dev/byhand/page/LargeFiles.java
java -cp "$work/classes" dev.byhand.page.LargeFiles "$work/files" > "$work/list"
tiny=submissions/alice.csv
files=("$tiny" $(cat "$work/list"))

runners=(java_jar)
run_java_jar() { java -jar "$jar" check "$1" > /dev/null 2>&1 || true; }
if [ -x "$launcher" ]; then
  runners+=(launcher)
  run_launcher() { "$launcher" check "$1" > /dev/null 2>&1 || true; }
fi

for f in "${files[@]}"; do run_java_jar "$f"; done   # warm the file cache, untimed
ticks=$(getconf CLK_TCK)
for r in "${runners[@]}"; do
  for ((i = 0; i < ${#files[@]}; i++)); do : > "$work/$r.$i.ms"; : > "$work/$r.$i.cpu"; done
done
for ((round = 0; round < rounds; round++)); do
  for r in "${runners[@]}"; do
    for ((i = 0; i < ${#files[@]}; i++)); do
      # CPU: this shell's waited-for children's user and system ticks, before and after.
      cpu_start=$(awk '{print $16 + $17}' /proc/$$/stat)
      start=$(date +%s%N)
      "run_$r" "${files[$i]}"
      end=$(date +%s%N)
      cpu_end=$(awk '{print $16 + $17}' /proc/$$/stat)
      echo $(( (end - start) / 1000000 )) >> "$work/$r.$i.ms"
      echo $(( (cpu_end - cpu_start) * 1000 / ticks )) >> "$work/$r.$i.cpu"
    done
  done
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {printf "%d\n", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds; median wall time"
for r in "${runners[@]}"; do
  base=$(median "$work/$r.0.ms")
  base_cpu=$(median "$work/$r.0.cpu")
  echo "$r: tiny file ($tiny) $base ms wall, $base_cpu ms CPU"
  printf '  %-28s %6s %9s %12s %9s %12s\n' file KiB "wall ms" "beyond tiny" "CPU ms" "beyond tiny"
  for ((i = 1; i < ${#files[@]}; i++)); do
    f="${files[$i]}"
    m=$(median "$work/$r.$i.ms")
    c=$(median "$work/$r.$i.cpu")
    printf '  %-28s %6d %9d %12d %9d %12d\n' "$(basename "$f")" $(( $(stat -c %s "$f") / 1024 )) \
      "$m" $(( m - base )) "$c" $(( c - base_cpu ))
  done
done
