package dev.byhand.gradescope;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.Visibility;
import java.math.BigDecimal;
import java.util.List;

/**
 * One entry of {@code tests[]} in Gradescope's results.json: one answer item. Immutable.
 *
 * @param name e.g. {@code q1.hidden — hidden state h1}
 * @param number e.g. {@code 1.1}: question number, then the item's position in the question
 * @param score points earned, exact to 4 decimal places
 * @param maxScore points possible
 * @param output feedback, already rendered in the results' {@link OutputFormat}
 * @param tags ids of known mistakes the answer matches; empty if none
 * @param visibility when the student may see it
 */
public record GradescopeTest(
    String name,
    String number,
    BigDecimal score,
    BigDecimal maxScore,
    String output,
    List<String> tags,
    Visibility visibility) {
  public GradescopeTest {
    requireNonNull(name, "name");
    requireNonNull(number, "number");
    requireNonNull(score, "score");
    requireNonNull(maxScore, "maxScore");
    requireNonNull(output, "output");
    tags = List.copyOf(tags);
    requireNonNull(visibility, "visibility");
    if (score.signum() < 0 || score.compareTo(maxScore) > 0) {
      throw new IllegalArgumentException(
          "score " + score + " outside 0.." + maxScore + " for " + name);
    }
  }

  /** Gradescope's {@code status}: {@code passed} only for full credit. */
  public String status() {
    return score.compareTo(maxScore) == 0 ? "passed" : "failed";
  }
}
