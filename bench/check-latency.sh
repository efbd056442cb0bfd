#!/usr/bin/env bash
# How long one `byhand check` and one `byhand gradescope run` take, against a hello-world
# `java -jar` on the same machine. Runs the variants alternately (hello, check with `java -jar`,
# check through the launcher target/byhand/bin/byhand with its class-data-sharing archive, gradescope
# run; then hello, check and gradescope run again under `taskset -c 0` with `-Xmx512m` and
# run_autograder's flags, the closest stand-in here for Gradescope's default container of half a CPU
# and 768 MB), N times each, and prints the median wall time of each and the ratios. Not part of
# `mvn verify`. With BASELINE_JAR, another build's `java -jar … check` runs alternately as well,
# and its ratio to this one's is printed.
#
#   bench/check-latency.sh [N]        (default N=20; builds target/byhand.jar if missing)
#   BASELINE_JAR=/tmp/main.jar bench/check-latency.sh 10
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
jar=target/byhand.jar
launcher=target/byhand/bin/byhand
file=submissions/alice.csv
[ -f "$jar" ] && [ -x "$launcher" ] || mvn -q -B -DskipTests package
command -v taskset >/dev/null || { echo "needs taskset (apt-get install util-linux)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A hello-world jar: the floor that any `java -jar` pays.
mkdir -p "$work/src"
cat > "$work/src/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
javac -d "$work/classes" "$work/src/Hello.java"
jar --create --file "$work/hello.jar" --main-class Hello -C "$work/classes" .

# A Gradescope container's folders: the packaged rubric and one student's upload.
root="$work/autograder"
mkdir -p "$root/source" "$root/submission" "$root/results"
cp rubrics/rnn-by-hand.json "$root/source/rubric.json"
cp "$file" "$root/submission/answers.csv"

# The launcher's first grade records its class-data-sharing archive (none is recorded when lib/
# is not writable); later commands map it.
"$launcher" grade --submissions submissions --reports "$work/reports" >/dev/null

run_hello() { java -jar "$work/hello.jar" >/dev/null; }
run_check() { java -jar "$jar" check "$file" >/dev/null; }
run_check_launcher() { "$launcher" check "$file" >/dev/null; }
run_gradescope() { java -jar "$jar" gradescope run --root "$root" >/dev/null; }
# run_autograder's own flags.
one_cpu() { taskset -c 0 java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m "$@" >/dev/null; }
run_hello_1cpu() { one_cpu -jar "$work/hello.jar"; }
run_check_1cpu() { one_cpu -jar "$jar" check "$file"; }
run_gradescope_1cpu() { one_cpu -jar "$jar" gradescope run --root "$root"; }
variants=(hello check check_launcher gradescope hello_1cpu check_1cpu gradescope_1cpu)
baseline="${BASELINE_JAR:-}"
run_check_baseline() { java -jar "$baseline" check "$file" >/dev/null; }
[ -z "$baseline" ] || variants+=(check_baseline)

# Warm the file cache once, untimed.
for v in "${variants[@]}"; do "run_$v" || true; done

for v in "${variants[@]}"; do : > "$work/$v.ms"; done
for ((i = 0; i < runs; i++)); do
  for v in "${variants[@]}"; do
    start=$(date +%s%N)
    "run_$v" || true   # check exits 0 here; a non-zero exit must not stop the timing
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$work/$v.ms"
  done
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; $runs runs each, alternating; median wall time"
hello=$(median "$work/hello.ms")
hello1=$(median "$work/hello_1cpu.ms")
row() { awk -v n="$1" -v m="$2" -v h="$3" 'BEGIN { printf "%-44s %6d ms  %5.1f x hello\n", n, m, m / h }'; }
row "hello-world java -jar" "$hello" "$hello"
row "byhand check" "$(median "$work/check.ms")" "$hello"
row "bin/byhand check (C1, serial GC, CDS)" "$(median "$work/check_launcher.ms")" "$hello"
row "byhand gradescope run" "$(median "$work/gradescope.ms")" "$hello"
row "one CPU, run_autograder's flags: hello-world" "$hello1" "$hello1"
row "one CPU, run_autograder's flags: check" "$(median "$work/check_1cpu.ms")" "$hello1"
row "one CPU, run_autograder's flags: gradescope run" "$(median "$work/gradescope_1cpu.ms")" "$hello1"
if [ -n "$baseline" ]; then
  row "BASELINE_JAR check" "$(median "$work/check_baseline.ms")" "$hello"
  awk -v n="$(median "$work/check.ms")" -v b="$(median "$work/check_baseline.ms")" \
    'BEGIN { printf "%-44s %6.2f\n", "byhand check ÷ BASELINE_JAR check", n / b }'
fi
