package dev.byhand.lms;

import dev.byhand.exact.Rational;
import dev.byhand.report.Numbers;
import dev.byhand.report.StudentSummary;
import java.util.List;
import java.util.Optional;

/**
 * What goes into the LMS for one matched student: the points (empty when they are not to be written
 * yet) and a one-line summary for an LMS that takes feedback.
 */
record Grade(Optional<String> points, String summary) {
  /**
   * @param pendingEmpty whether a student with items awaiting a TA gets an empty cell rather than
   *     the points graded so far
   */
  static Grade of(StudentSummary student, boolean pendingEmpty) {
    List<String> awaiting =
        student.items().stream()
            .filter(StudentSummary.Item::awaitingTa)
            .map(StudentSummary.Item::key)
            .toList();
    String points = number(student.score());
    String summary =
        "byhand: "
            + points
            + "/"
            + number(student.maxScore())
            + " points"
            + (awaiting.isEmpty() ? "" : "; awaiting a TA: " + String.join(", ", awaiting))
            + "; report "
            + student.reportFile();
    boolean empty = pendingEmpty && !awaiting.isEmpty();
    return new Grade(empty ? Optional.empty() : Optional.of(points), summary);
  }

  /** Points as grades.csv writes them. */
  static String number(Rational value) {
    return Numbers.json(value).toPlainString();
  }
}
