#!/usr/bin/env bash
# Where `byhand grade` spends its CPU: generates N submissions, grades them once under Java Flight
# Recorder (execution samples every 2 ms, full stacks), and prints the share of samples in each phase
# of the run (read, platform, judge, report, results.json, class outputs, ...) with the hottest leaf
# methods of each (bench/src/GradePhases.java). Prints user and system CPU seconds beside it, which
# are steadier than wall time on a shared machine. Not part of `mvn verify`.
#
#   bench/profile-grade.sh [N] [RUBRIC]          (defaults: 10000 rubrics/rnn-by-hand.json)
#   PROFILER=async bench/profile-grade.sh 10000   (async-profiler instead of JFR, Linux x64 or arm64)
#
# Flight Recorder samples Java threads only. With PROFILER=async the run is sampled by async-profiler
# (tools.profiler:async-profiler from Maven Central, fetched into ~/.m2 by Maven) every 1 ms of CPU,
# which also sees the JIT compiler and the garbage collector threads and the kernel's share.
#
# The JVM gets bin/byhand's flags (C1 only, the serial collector) without its class archive;
# JAVA_OPTS come after.
set -euo pipefail
n="${1:-10000}"
rubric="${2:-rubrics/rnn-by-hand.json}"
source "$(dirname "$0")/lib.sh"
bench_setup byhand-profile "$n" "$rubric"

jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
sed 's|<setting name="period" control="method-sampling-java-interval">[^<]*<|<setting name="period" control="method-sampling-java-interval">2 ms<|' \
  "$jdk/lib/jfr/profile.jfc" > "$work/sampling.jfc"
if [ "${PROFILER:-jfr}" = async ]; then
  version=4.1
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform=linux-x64 ;;
    Linux-aarch64) platform=linux-arm64 ;;
    *) echo "PROFILER=async needs Linux on x64 or arm64; use the default (JFR)" >&2; exit 2 ;;
  esac
  case "$work" in *,*) echo "PROFILER=async: TMPDIR must not contain a comma (agent options)" >&2; exit 2 ;; esac
  mvn -q -B dependency:copy -Dartifact="tools.profiler:async-profiler:$version" -DoutputDirectory="$work"
  (cd "$work" && jar xf "async-profiler-$version.jar" "$platform/libasyncProfiler.so")
  recorder="-agentpath:$work/$platform/libasyncProfiler.so=start,event=cpu,interval=1ms,jfr,file=$work/grade.jfr"
else
  recorder="-XX:StartFlightRecording=filename=$work/grade.jfr,settings=$work/sampling.jfc"
fi
/usr/bin/time -f "grade: %e s wall, %U s user, %S s system, %M KB peak RSS" \
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=512 \
  "$recorder" \
  -jar "$jar" grade --rubric "$rubric" --submissions "$work/submissions" --reports "$work/reports" > /dev/null
java -cp "$work/classes" GradePhases "$work/grade.jfr" "${LEAVES:-8}"
