#!/usr/bin/env bash
# The cost of variants: (1) drawing and checking a 1,000-student roster's variants, cold in a fresh
# JVM and warm; (2) `byhand grade` of N generated submissions with the variants rubric against the
# same rubric without its variants section, alternately, R times each (CPU and wall seconds);
# (3) the integrity check's share of the class outputs (IntegrityCost: N students, every 20th
# handing in the previous one's answers).
# Not part of `mvn verify`.
#
#   bench/variants.sh [N] [R]     (defaults: 2000 3)
set -euo pipefail
n="${1:-2000}"
rounds="${2:-3}"
source "$(dirname "$0")/lib.sh"
bench_setup byhand-variants "$n" rubrics/rnn-by-hand-variants.json
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; N=$n"
java -cp "$jar:$work/classes" VariantDrawing rubrics/rnn-by-hand-variants.json 1000 5
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar:$work/classes" IntegrityCost \
  rubrics/rnn-by-hand-variants.json "$n" 5
grep -v '"variants"' rubrics/rnn-by-hand-variants.json > "$work/plain.json"
for r in $(seq "$rounds"); do
  for rubric in "$work/plain.json" rubrics/rnn-by-hand-variants.json; do
    /usr/bin/time -f "%e s wall, %U+%S s cpu" -o "$work/time" \
      java -jar "$jar" grade --rubric "$rubric" --submissions "$work/submissions" --reports "$work/reports" >/dev/null
    echo "round $r $(basename "$rubric"): $(cat "$work/time")"
  done
done
