package dev.byhand.check;

import dev.byhand.grading.Grader;
import dev.byhand.grading.ItemResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import java.util.List;

/**
 * Grades the checked file exactly as {@code grade} would. The only class of this package that
 * touches the {@link Grader}, so a format-only check never loads the JUnit launcher.
 */
final class Correctness {
  private Correctness() {}

  /** Grading's verdicts for the submission, one per rubric item in rubric order. */
  static List<ItemResult> grade(Rubric rubric, Submission submission) {
    return new Grader(rubric).grade(List.of(submission)).get(0).items();
  }
}
