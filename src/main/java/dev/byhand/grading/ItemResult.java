package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.RubricItem;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one answer item, made by one factory per {@link Status}: {@link #correct}, {@link
 * #partial}, {@link #followThrough}, {@link #incorrect}, {@link #missing}, {@link #unparseable} and
 * {@link #manual} (or {@link #scoredByTa}). It carries values, not text: what the student wrote as
 * a {@link Reading}, the reference as a {@link Value}; {@link ItemText} shows them. Immutable.
 */
public final class ItemResult {
  private final RubricItem item;
  private final Status status;
  private final Rational points;
  private final String feedback;
  private final Optional<Diagnosis> diagnosis;
  private final List<StudentValues.Own> checkedAgainst;
  private final boolean scoredByTa;
  private final Optional<ToleranceCheck> tolerance;
  private final Reading reading;
  private final Optional<Value> reference;
  private final Optional<TaOverride> override;

  private ItemResult(
      RubricItem item,
      Status status,
      Rational points,
      String feedback,
      Optional<Diagnosis> diagnosis,
      List<StudentValues.Own> checkedAgainst,
      boolean scoredByTa,
      Optional<ToleranceCheck> tolerance,
      Reading reading,
      Optional<Value> reference,
      Optional<TaOverride> override) {
    this.item = requireNonNull(item, "item");
    this.status = requireNonNull(status, "status");
    this.points = requireNonNull(points, "points");
    this.feedback = requireNonNull(feedback, "feedback");
    this.diagnosis = requireNonNull(diagnosis, "diagnosis");
    this.checkedAgainst = List.copyOf(checkedAgainst);
    this.scoredByTa = scoredByTa;
    this.tolerance = requireNonNull(tolerance, "tolerance");
    this.reading = requireNonNull(reading, "reading");
    this.reference = requireNonNull(reference, "reference");
    this.override = requireNonNull(override, "override");
    if (points.signum() < 0 || points.compareTo(item.spec().points()) > 0) {
      throw new IllegalArgumentException(
          "points " + points + " outside 0.." + item.spec().points() + " for " + key());
    }
  }

  /** A value that is right (within the item's tolerance, when it has one): full points. */
  static ItemResult correct(
      RubricItem item, Reading.Read read, String feedback, Optional<ToleranceCheck> tolerance) {
    return judged(
        item,
        Status.CORRECT,
        item.spec().points(),
        read,
        feedback,
        Optional.empty(),
        List.of(),
        tolerance);
  }

  /** A wrong value that earns some of the points ({@code points} above 0), entry by entry. */
  static ItemResult partial(
      RubricItem item,
      Reading.Read read,
      Rational points,
      String feedback,
      Optional<Diagnosis> diagnosis,
      Optional<ToleranceCheck> tolerance) {
    if (points.signum() <= 0) {
      throw new IllegalArgumentException("a partial verdict earns points: " + item.key());
    }
    return judged(item, Status.PARTIAL, points, read, feedback, diagnosis, List.of(), tolerance);
  }

  /** A wrong value: no points; {@code diagnosis} the known mistake it matches, if any. */
  static ItemResult incorrect(
      RubricItem item,
      Reading.Read read,
      String feedback,
      Optional<Diagnosis> diagnosis,
      Optional<ToleranceCheck> tolerance) {
    return judged(
        item, Status.INCORRECT, Rational.ZERO, read, feedback, diagnosis, List.of(), tolerance);
  }

  /**
   * A value that is wrong only because of the student's own earlier answers {@code from}, which it
   * was checked against: the follow-through share of the points.
   */
  static ItemResult followThrough(
      RubricItem item,
      Reading.Read read,
      Rational points,
      String feedback,
      List<StudentValues.Own> from,
      Optional<ToleranceCheck> tolerance) {
    if (from.isEmpty()) {
      throw new IllegalArgumentException(
          "follow-through needs the answers it follows from: " + item.key());
    }
    return judged(
        item, Status.FOLLOWTHROUGH, points, read, feedback, Optional.empty(), from, tolerance);
  }

  /** No answer for the item: no points; the feedback says how to add it. */
  static ItemResult missing(RubricItem item, Reading.Missing missing) {
    return notRead(item, Status.MISSING, missing, missing.why());
  }

  /** An answer that could not be read: no points; the feedback says how to fix it. */
  static ItemResult unparseable(RubricItem item, Reading.Unreadable unreadable) {
    return notRead(item, Status.UNPARSEABLE, unreadable, unreadable.why());
  }

  /**
   * An item a TA grades, still waiting for their points (which count in the total only then): a
   * manual item, or one byhand failed to grade.
   */
  static ItemResult manual(RubricItem item, String feedback) {
    return new ItemResult(
        item,
        Status.MANUAL,
        Rational.ZERO,
        feedback,
        Optional.empty(),
        List.of(),
        false,
        Optional.empty(),
        Reading.nothing(),
        Optional.empty(),
        Optional.empty());
  }

  /** A manual item a TA has given {@code points}, with their comment as the feedback. */
  static ItemResult scoredByTa(RubricItem item, Rational points, String feedback) {
    return new ItemResult(
        item,
        Status.MANUAL,
        points,
        feedback,
        Optional.empty(),
        List.of(),
        true,
        Optional.empty(),
        Reading.nothing(),
        Optional.empty(),
        Optional.empty());
  }

  private static ItemResult judged(
      RubricItem item,
      Status status,
      Rational points,
      Reading.Read read,
      String feedback,
      Optional<Diagnosis> diagnosis,
      List<StudentValues.Own> from,
      Optional<ToleranceCheck> tolerance) {
    return new ItemResult(
        item,
        status,
        points,
        feedback,
        diagnosis,
        from,
        false,
        tolerance,
        read,
        item.reference(),
        Optional.empty());
  }

  private static ItemResult notRead(
      RubricItem item, Status status, Reading found, String feedback) {
    return new ItemResult(
        item,
        status,
        Rational.ZERO,
        feedback,
        Optional.empty(),
        List.of(),
        false,
        Optional.empty(),
        found,
        item.reference(),
        Optional.empty());
  }

  /**
   * The same verdict with a TA's {@code points} in place of byhand's, which the override keeps with
   * the TA's {@code comment}; an item already overridden keeps byhand's original points.
   */
  ItemResult overriddenBy(Rational taPoints, String comment) {
    if (status == Status.MANUAL) {
      throw new IllegalArgumentException(
          "a manual item is scored by a TA, not overridden: " + key());
    }
    return new ItemResult(
        item,
        status,
        taPoints,
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
        item,
        status,
        points,
        text,
        diagnosis,
        checkedAgainst,
        scoredByTa,
        tolerance,
        reading,
        reference,
        override);
  }

  /** The rubric's item this verdict is on: its question, spec, node and key. */
  public RubricItem rubricItem() {
    return item;
  }

  /** The question the item belongs to. */
  public Question question() {
    return item.question();
  }

  /** The rubric's spec of the item. */
  public ItemSpec item() {
    return item.spec();
  }

  /** The verdict. */
  public Status status() {
    return status;
  }

  /** Earned, between 0 and the item's points (a TA's, when {@link #override} is present). */
  public Rational points() {
    return points;
  }

  /** One or two sentences the student can act on. */
  public String feedback() {
    return feedback;
  }

  /** The known mistake this answer matches, if any. */
  public Optional<Diagnosis> diagnosis() {
    return diagnosis;
  }

  /**
   * For {@link Status#FOLLOWTHROUGH}: the student's own earlier answers (their nodes and values)
   * the item was checked against; for a table, the table itself (its cells around each cell). Empty
   * for every other verdict.
   */
  public List<StudentValues.Own> checkedAgainst() {
    return checkedAgainst;
  }

  /** For {@link Status#MANUAL}: whether a TA has given its points (they count only then). */
  public boolean scoredByTa() {
    return scoredByTa;
  }

  /**
   * For an item compared within a tolerance, which it was and which entries lay outside it; empty
   * for an item compared exactly.
   */
  public Optional<ToleranceCheck> tolerance() {
    return tolerance;
  }

  /**
   * What the student wrote, as read: a value and where it was read, unreadable text, or nothing
   * ({@link Reading#nothing()} for manual items).
   */
  public Reading reading() {
    return reading;
  }

  /**
   * The reference the item is judged against (the student's own, with variants); empty only for a
   * verdict left to a TA.
   */
  public Optional<Value> reference() {
    return reference;
  }

  /**
   * A TA's change of byhand's points on an auto-graded item; {@link #points} are then the TA's, and
   * the override keeps byhand's.
   */
  public Optional<TaOverride> override() {
    return override;
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
    return item.key();
  }

  public Rational maxPoints() {
    return item.spec().points();
  }

  @Override
  public String toString() {
    return key() + ": " + status.id() + " " + points + "/" + item.spec().points();
  }
}
