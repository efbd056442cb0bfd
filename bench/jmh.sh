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
java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main "$@"
