package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;

/**
 * One TA score from a manual-scores file.
 *
 * @param student the student id as matched against the submissions folder
 * @param key the item, e.g. {@code q0.diagram} (manual) or {@code q1.logits} (graded by byhand)
 * @param points the TA's points, between 0 and the item's points; for an item byhand grades, they
 *     replace byhand's (an override)
 * @param comment the TA's comment for the student, {@code ""} when none
 * @param line the file line it came from, for messages
 */
public record ManualScore(String student, String key, Rational points, String comment, int line) {
  public ManualScore {
    requireNonNull(student, "student");
    requireNonNull(key, "key");
    requireNonNull(points, "points");
    requireNonNull(comment, "comment");
  }
}
