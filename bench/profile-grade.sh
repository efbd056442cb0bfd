#!/usr/bin/env bash
# Where `byhand grade` spends its CPU: generates N submissions, grades them once under Java Flight
# Recorder (execution samples every 2 ms, full stacks), and prints the share of samples in each phase
# of the run (read, platform, judge, report, results.json, class outputs, ...) with the hottest leaf
# methods of each (bench/src/GradePhases.java). Prints user and system CPU seconds beside it, which
# are steadier than wall time on a shared machine. Not part of `mvn verify`.
#
#   bench/profile-grade.sh [N] [RUBRIC]          (defaults: 10000 rubrics/rnn-by-hand.json)
#
# A flight recording keeps grade in one JVM (TunedJvm), so this starts that JVM as the tuned one is
# started (its flags, and -Dbyhand.tunedJvm=true), without the class archive; JAVA_OPTS come after.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
rubric="${2:-rubrics/rnn-by-hand.json}"
jar=target/byhand.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/byhand-profile.XXXXXX")"
trap 'rm -rf "$work"' EXIT
javac -d "$work/classes" -cp "$jar" bench/src/*.java
java -cp "$jar:$work/classes" GenerateSubmissions "$rubric" "$work/submissions" "$n"

jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
sed 's|<setting name="period" control="method-sampling-java-interval">[^<]*<|<setting name="period" control="method-sampling-java-interval">2 ms<|' \
  "$jdk/lib/jfr/profile.jfc" > "$work/sampling.jfc"
/usr/bin/time -f "grade: %e s wall, %U s user, %S s system, %M KB peak RSS" \
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dbyhand.tunedJvm=true ${JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=512 \
  "-XX:StartFlightRecording=filename=$work/grade.jfr,settings=$work/sampling.jfc" \
  -jar "$jar" grade --rubric "$rubric" --submissions "$work/submissions" --reports "$work/reports" > /dev/null
java -cp "$work/classes" GradePhases "$work/grade.jfr" "${LEAVES:-8}"
