package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.rnn.Rational;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import java.util.Optional;

/**
 * The verdict on one answer item.
 *
 * @param question the question the item belongs to
 * @param item the rubric's item
 * @param status the verdict
 * @param points earned, between 0 and the item's points
 * @param given what the student wrote, normalised for display ({@code [5, 4, 0]}, {@code is});
 *     empty when nothing usable was written
 * @param expected the reference for display; empty for manual items
 * @param feedback one or two sentences the student can act on
 * @param diagnosis the known mistake this answer matches, if any
 * @param checkedAgainst for {@link Status#FOLLOWTHROUGH}: the student's own earlier answer the item
 *     was checked against, e.g. {@code q1.hidden = [5, 3, 0]}
 * @param scoredByTa for {@link Status#MANUAL}: whether a TA has given its points (they count in the
 *     total only then)
 * @param tolerance for an item compared within a tolerance, which it was and which entries lay
 *     outside it; empty for an item compared exactly
 */
public record ItemResult(
    Question question,
    ItemSpec item,
    Status status,
    Rational points,
    String given,
    String expected,
    String feedback,
    Optional<Diagnosis> diagnosis,
    Optional<String> checkedAgainst,
    boolean scoredByTa,
    Optional<ToleranceCheck> tolerance) {
  public ItemResult {
    requireNonNull(question, "question");
    requireNonNull(item, "item");
    requireNonNull(status, "status");
    requireNonNull(points, "points");
    requireNonNull(given, "given");
    requireNonNull(expected, "expected");
    requireNonNull(feedback, "feedback");
    requireNonNull(diagnosis, "diagnosis");
    requireNonNull(checkedAgainst, "checkedAgainst");
    requireNonNull(tolerance, "tolerance");
    if (points.signum() < 0 || points.compareTo(item.points()) > 0) {
      throw new IllegalArgumentException(
          "points " + points + " outside 0.." + item.points() + " for " + question.key(item));
    }
  }

  /** A verdict compared exactly, or not compared at all. */
  public ItemResult(
      Question question,
      ItemSpec item,
      Status status,
      Rational points,
      String given,
      String expected,
      String feedback,
      Optional<Diagnosis> diagnosis,
      Optional<String> checkedAgainst,
      boolean scoredByTa) {
    this(
        question,
        item,
        status,
        points,
        given,
        expected,
        feedback,
        diagnosis,
        checkedAgainst,
        scoredByTa,
        Optional.empty());
  }

  /** A verdict with no diagnosis and no follow-through. */
  public ItemResult(
      Question question,
      ItemSpec item,
      Status status,
      Rational points,
      String given,
      String expected,
      String feedback) {
    this(
        question,
        item,
        status,
        points,
        given,
        expected,
        feedback,
        Optional.empty(),
        Optional.empty());
  }

  /** A computed verdict (never scored by a TA). */
  public ItemResult(
      Question question,
      ItemSpec item,
      Status status,
      Rational points,
      String given,
      String expected,
      String feedback,
      Optional<Diagnosis> diagnosis,
      Optional<String> checkedAgainst) {
    this(
        question,
        item,
        status,
        points,
        given,
        expected,
        feedback,
        diagnosis,
        checkedAgainst,
        false);
  }

  /** A manual item that still waits for a TA's points. */
  public boolean isAwaitingTa() {
    return status == Status.MANUAL && !scoredByTa;
  }

  /** {@code q1.hidden}. */
  public String key() {
    return question.key(item);
  }

  public Rational maxPoints() {
    return item.points();
  }
}
