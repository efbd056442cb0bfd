#!/usr/bin/env bash
# How long one `byhand check` and one `byhand gradescope run` take, against a hello-world
# `java -jar` on the same machine. Runs the variants alternately (hello, check, check with an AppCDS
# archive, and that with the C1 compiler only, gradescope run; then hello, check and gradescope run
# again under `taskset -c 0` with `-Xmx512m`, the closest stand-in here for Gradescope's default
# container of half a CPU and 768 MB), N times each, and prints the median wall time of each and the
# ratios. Not part of `mvn verify`.
#
#   bench/check-latency.sh [N]        (default N=20; builds target/byhand.jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
jar=target/byhand.jar
file=submissions/alice.csv
[ -f "$jar" ] || mvn -q -B -DskipTests package
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

# AppCDS on JDK 17: one training run writes the archive, later runs map it.
archive="$work/byhand.jsa"
java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" check "$file" >/dev/null 2>&1 || true

run_hello() { java -jar "$work/hello.jar" >/dev/null; }
run_check() { java -jar "$jar" check "$file" >/dev/null; }
run_check_cds() { java -XX:SharedArchiveFile="$archive" -jar "$jar" check "$file" >/dev/null; }
run_check_fast() { java -XX:SharedArchiveFile="$archive" -XX:TieredStopAtLevel=1 -jar "$jar" check "$file" >/dev/null; }
run_gradescope() { java -jar "$jar" gradescope run --root "$root" >/dev/null; }
one_cpu() { taskset -c 0 java -Xmx512m "$@" >/dev/null; }
run_hello_1cpu() { one_cpu -jar "$work/hello.jar"; }
run_check_1cpu() { one_cpu -jar "$jar" check "$file"; }
run_gradescope_1cpu() { one_cpu -jar "$jar" gradescope run --root "$root"; }
variants=(hello check check_cds check_fast gradescope hello_1cpu check_1cpu gradescope_1cpu)

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
row "byhand check + AppCDS" "$(median "$work/check_cds.ms")" "$hello"
row "byhand check + AppCDS + C1" "$(median "$work/check_fast.ms")" "$hello"
row "byhand gradescope run" "$(median "$work/gradescope.ms")" "$hello"
row "taskset -c 0, -Xmx512m: hello-world" "$hello1" "$hello1"
row "taskset -c 0, -Xmx512m: byhand check" "$(median "$work/check_1cpu.ms")" "$hello1"
row "taskset -c 0, -Xmx512m: byhand gradescope run" "$(median "$work/gradescope_1cpu.ms")" "$hello1"
