package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.StudentResult;
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

  /** What {@code result} got, in the same terms. */
  static ExpectedStudent of(StudentResult result) {
    Map<String, ExpectedItem> items = new LinkedHashMap<>();
    result.items().forEach(item -> items.put(item.key(), ExpectedItem.of(item)));
    return new ExpectedStudent(result.score(), items);
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
              + ExactText.of(score)
              + ", graded "
              + ExactText.of(result.score())
              + " of "
              + ExactText.of(result.maxScore()));
    }
    return differences;
  }
}
