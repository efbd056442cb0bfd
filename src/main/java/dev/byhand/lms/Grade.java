package dev.byhand.lms;

import dev.byhand.exact.Rational;
import dev.byhand.report.StudentSummary;
import java.math.BigDecimal;
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

  /** Exact integers as they are; other points as plain decimals to 4 places, as grades.csv. */
  static String number(Rational value) {
    return (value.isInteger() ? new BigDecimal(value.numerator()) : value.toDecimal(4))
        .toPlainString();
  }
}
