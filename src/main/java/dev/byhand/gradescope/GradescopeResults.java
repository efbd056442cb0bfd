package dev.byhand.gradescope;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything Gradescope's {@code results.json} says about one submission, built in memory and
 * written once by {@link GradescopeJson}. Numbers are {@link BigDecimal}, so NaN cannot occur.
 *
 * @param score the submission's autograded score
 * @param executionSeconds how long grading took, whole seconds
 * @param output text about the submission as a whole, rendered in {@code format}
 * @param format the format of {@code output} and of every test's output
 * @param tests one per autograded answer item, in rubric order; empty when nothing could be graded
 * @param extraData facts for instructors (byhand's version, the graded file), stored by Gradescope
 */
public record GradescopeResults(
    BigDecimal score,
    long executionSeconds,
    String output,
    OutputFormat format,
    List<GradescopeTest> tests,
    Map<String, String> extraData) {
  public GradescopeResults {
    requireNonNull(score, "score");
    requireNonNull(output, "output");
    requireNonNull(format, "format");
    tests = List.copyOf(tests);
    extraData = Map.copyOf(extraData);
    if (executionSeconds < 0) {
      throw new IllegalArgumentException("executionSeconds must not be negative");
    }
  }

  /**
   * Results for a run that could not grade at all: score 0, no tests, and {@code why} for the
   * student.
   */
  public static GradescopeResults failure(
      String why, OutputFormat format, long executionSeconds, Map<String, String> extraData) {
    return new GradescopeResults(
        BigDecimal.ZERO,
        executionSeconds,
        format.paragraph(format.text(why)),
        format,
        List.of(),
        extraData);
  }
}
