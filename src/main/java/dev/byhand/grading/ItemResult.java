package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
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
 * @param reading what the student wrote, as read: a value and where it was read, unreadable text,
 *     or nothing ({@link Reading#nothing()} for manual items)
 * @param reference the reference it was judged against (the student's own, with variants); present
 *     exactly when {@code reading} is a {@link Reading.Read}
 * @param override a TA's change of byhand's points on an auto-graded item; {@code points} are then
 *     the TA's, and the override keeps byhand's
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
    Optional<ToleranceCheck> tolerance,
    Reading reading,
    Optional<Value> reference,
    Optional<TaOverride> override) {
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
    requireNonNull(reading, "reading");
    requireNonNull(reference, "reference");
    requireNonNull(override, "override");
    if (override.isPresent() && status == Status.MANUAL) {
      throw new IllegalArgumentException(
          "a manual item is scored by a TA, not overridden: " + question.key(item));
    }
    if (reference.isPresent() != reading instanceof Reading.Read) {
      throw new IllegalArgumentException(
          "a reference goes with a value read, not with " + reading + " for " + question.key(item));
    }
    if (points.signum() < 0 || points.compareTo(item.points()) > 0) {
      throw new IllegalArgumentException(
          "points " + points + " outside 0.." + item.points() + " for " + question.key(item));
    }
  }

  /** A verdict without its values attached: see {@link #withValues}. */
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
      boolean scoredByTa,
      Optional<ToleranceCheck> tolerance) {
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
        tolerance,
        Reading.nothing(),
        Optional.empty(),
        Optional.empty());
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

  /**
   * The same verdict with what it compared: {@code read}, the student's answer as read, and the
   * {@code reference} it was judged against.
   */
  ItemResult withValues(Reading.Read read, Value reference) {
    return with(read, Optional.of(reference));
  }

  /** The same verdict with what was found instead of a value: unreadable text, or nothing. */
  ItemResult withReading(Reading notRead) {
    return with(notRead, Optional.empty());
  }

  private ItemResult with(Reading found, Optional<Value> judgedAgainst) {
    return new ItemResult(
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
        tolerance,
        found,
        judgedAgainst,
        override);
  }

  /**
   * The same verdict with a TA's {@code points} in place of byhand's, which the override keeps with
   * the TA's {@code comment}; an item already overridden keeps byhand's original points.
   */
  ItemResult overriddenBy(Rational taPoints, String comment) {
    return new ItemResult(
        question,
        item,
        status,
        taPoints,
        given,
        expected,
        feedback,
        diagnosis,
        checkedAgainst,
        scoredByTa,
        tolerance,
        reading,
        reference,
        Optional.of(new TaOverride(byhandPoints(), comment)));
  }

  /** The same verdict with another feedback sentence. */
  ItemResult withFeedback(String text) {
    return new ItemResult(
        question,
        item,
        status,
        points,
        given,
        expected,
        text,
        diagnosis,
        checkedAgainst,
        scoredByTa,
        tolerance,
        reading,
        reference,
        override);
  }

  /** The points byhand gave, before any TA override. */
  public Rational byhandPoints() {
    return override.map(TaOverride::byhandPoints).orElse(points);
  }

  /** What the student wrote, as read and judged (numbers or a token); empty when nothing was. */
  public Optional<Value> written() {
    return reading instanceof Reading.Read read ? Optional.of(read.value()) : Optional.empty();
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
