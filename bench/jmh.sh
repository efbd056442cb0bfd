#!/usr/bin/env bash
# JMH microbenchmarks of the hot pieces (src/jmh/java, Maven profile `jmh`; never part of
# `mvn verify`): number parsing, one submission's grading, a chunk of 500, one report render.
#
#   bench/jmh.sh                       (every benchmark)
#   bench/jmh.sh renderOneReport -f 1  (any JMH options: a name filter, -wi, -i, -prof gc, …)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Pjmh -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
classpath="target/test-classes:target/classes:$(cat target/jmh.classpath)"
# ClassChunkBenchmarks reads a generated class of 500 (its default -p dir).
if [ ! -d target/bench-submissions ]; then
  javac -d target/bench-classes -cp "$classpath" bench/src/GenerateSubmissions.java
  java -cp "$classpath:target/bench-classes" GenerateSubmissions rubrics/rnn-by-hand.json target/bench-submissions 500
fi
java -cp "$classpath" org.openjdk.jmh.Main "$@"
