package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.StudentResult;
import dev.byhand.network.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What grading must give one sample: its score, and every item's verdict by key ({@code q1.z1}).
 * Immutable.
 */
record ExpectedStudent(Rational score, Map<String, ExpectedItem> items) {
  ExpectedStudent {
    requireNonNull(score, "score");
    items = Map.copyOf(items);
  }

  /** Every way {@code result} differs from this, one sentence each; empty when it does not. */
  List<String> differences(StudentResult result) {
    List<String> differences = new ArrayList<>();
    Map<String, ItemResult> graded = new LinkedHashMap<>();
    result.items().forEach(item -> graded.put(item.key(), item));
    graded.forEach(
        (key, item) -> {
          ExpectedItem want = items.get(key);
          ExpectedItem got = ExpectedItem.of(item);
          if (want == null) {
            differences.add(key + ": not in the expected file; grading gave " + got);
          } else if (!want.equals(got)) {
            differences.add(
                key + ": expected " + want + ", graded " + got + " (" + item.feedback() + ")");
          }
        });
    items.keySet().stream()
        .filter(key -> !graded.containsKey(key))
        .sorted()
        .forEach(key -> differences.add(key + ": not an item of the rubric; remove it"));
    if (!score.equals(result.score())) {
      differences.add(
          "score: expected "
              + Evaluation.decimal(score)
              + ", graded "
              + Evaluation.decimal(result.score())
              + " of "
              + Evaluation.decimal(result.maxScore()));
    }
    return differences;
  }
}
