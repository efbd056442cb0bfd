# Shared by the bench scripts (sourced, not run): the jar and the launcher, GNU time, a work folder
# removed on exit, the bench programs compiled, and N generated submissions.
#
#   source bench/lib.sh; bench_setup PREFIX N RUBRIC
#     → $jar, $launcher (target/byhand/bin/byhand), $work, $work/classes, $work/submissions

bench_setup() {
  local prefix="$1" n="$2" rubric="$3"
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  jar=target/byhand.jar
  launcher=target/byhand/bin/byhand
  [ -f "$jar" ] || mvn -q -B -DskipTests package
  [ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
  work="$(mktemp -d "${TMPDIR:-/tmp}/$prefix.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  javac -d "$work/classes" -cp "$jar" bench/src/*.java
  java -cp "$jar:$work/classes" GenerateSubmissions "$rubric" "$work/submissions" "$n"
}
