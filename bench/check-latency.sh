#!/usr/bin/env bash
# How long one `byhand check` takes, against a hello-world `java -jar` on the same machine.
# Runs the variants alternately (hello, check, check with an AppCDS archive, and that with the C1
# compiler only), N times each, and
# prints the median wall time of each and the ratios. Not part of `mvn verify`.
#
#   bench/check-latency.sh [N]        (default N=20; builds target/byhand.jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
jar=target/byhand.jar
file=submissions/alice.csv
[ -f "$jar" ] || mvn -q -B -DskipTests package

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

# AppCDS on JDK 17: one training run writes the archive, later runs map it.
archive="$work/byhand.jsa"
java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" check "$file" >/dev/null 2>&1 || true

run_hello() { java -jar "$work/hello.jar" >/dev/null; }
run_check() { java -jar "$jar" check "$file" >/dev/null; }
run_check_cds() { java -XX:SharedArchiveFile="$archive" -jar "$jar" check "$file" >/dev/null; }
run_check_fast() { java -XX:SharedArchiveFile="$archive" -XX:TieredStopAtLevel=1 -jar "$jar" check "$file" >/dev/null; }
variants=(hello check check_cds check_fast)

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
hello=$(median "$work/hello.ms")
check=$(median "$work/check.ms")
cds=$(median "$work/check_cds.ms")
fast=$(median "$work/check_fast.ms")
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; $runs runs each, alternating; median wall time"
printf '%-28s %6s ms\n' "hello-world java -jar" "$hello" "byhand check" "$check" "byhand check + AppCDS" "$cds" \
  "byhand check + AppCDS + C1" "$fast"
awk -v h="$hello" -v c="$check" -v d="$cds" -v f="$fast" 'BEGIN {
  printf "check / hello = %.2f; +AppCDS / hello = %.2f; +AppCDS+C1 / hello = %.2f\n", c / h, d / h, f / h }'
