#!/usr/bin/env bash
# The cost of variants: (1) drawing and checking a 1,000-student roster's variants, cold in a fresh
# JVM and warm, with the launcher's JVM options (as `bin/byhand` runs) and with none; (2) the
# integrity check's share of the class outputs (IntegrityCost: N students, every 20th handing in the
# previous one's answers); (3) `byhand grade` (through target/byhand/bin/byhand) of N generated
# submissions with the variants rubric against the same rubric without its variants section,
# alternately, R times each (CPU and wall seconds). Each student answers their own numbers, with the
# same mix of mistakes in both folders.
# Not part of `mvn verify`.
#
#   bench/variants.sh [N] [R]     (defaults: 2000 3)
set -euo pipefail
n="${1:-2000}"
rounds="${2:-3}"
source "$(dirname "$0")/lib.sh"
bench_setup byhand-variants "$n" rubrics/rnn-by-hand-variants.json
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; N=$n"
launcher_opts="$(sed -n "s/^DEFAULT_JVM_OPTS='\(.*\)'$/\1/p" "$launcher")"
echo "drawing, JVM options $launcher_opts:"
# shellcheck disable=SC2086
java $launcher_opts -cp "$jar:$work/classes" VariantDrawing rubrics/rnn-by-hand-variants.json 1000 5
echo "drawing, no JVM options:"
java -cp "$jar:$work/classes" VariantDrawing rubrics/rnn-by-hand-variants.json 1000 5
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar:$work/classes" IntegrityCost \
  rubrics/rnn-by-hand-variants.json "$n" 5
grep -v '"variants"' rubrics/rnn-by-hand-variants.json > "$work/plain.json"
mv "$work/submissions" "$work/variants"
java -cp "$jar:$work/classes" GenerateSubmissions "$work/plain.json" "$work/plain" "$n"
# One untimed run of each: the file cache, and the launcher's class-data archive, recorded once.
"$launcher" grade --rubric "$work/plain.json" --submissions "$work/plain" --reports "$work/reports" >/dev/null
"$launcher" grade --rubric rubrics/rnn-by-hand-variants.json --submissions "$work/variants" --reports "$work/reports" >/dev/null
for r in $(seq "$rounds"); do
  for kind in plain variants; do
    rubric="$work/plain.json"
    [ "$kind" = variants ] && rubric=rubrics/rnn-by-hand-variants.json
    sync
    /usr/bin/time -f "%e s wall, %U+%S s cpu" -o "$work/time" \
      "$launcher" grade --rubric "$rubric" --submissions "$work/$kind" --reports "$work/reports" >/dev/null
    echo "round $r $kind: $(cat "$work/time" | tail -1)"
  done
done
