package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Quantities;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.RubricItem;
import java.util.Optional;

/** Sentences and a verdict shared by the judges. */
final class Verdicts {
  private Verdicts() {}

  /** A manual item, waiting for a TA. */
  static ItemResult manual(RubricItem item) {
    return ItemResult.manual(
        item, "A TA grades this question by hand; its points are not included yet.");
  }

  /**
   * Follow-through from the student's own earlier answers in {@code target}: its share of the
   * points, and feedback naming where the error is.
   */
  static ItemResult followThrough(
      RubricItem item, Reading.Read read, FollowThrough.Target target, ItemText text) {
    return ItemResult.followThrough(
        item,
        read,
        item.spec().points().multiply(item.spec().followThroughCredit()),
        "Correct for your "
            + text.describe(target.from())
            + "; the error is in "
            + target.root().key()
            + ", not here.",
        target.from(),
        Optional.empty());
  }

  /**
   * A wrong answer: partly correct when it earns {@code points} (entry by entry), else incorrect.
   */
  static ItemResult wrong(
      RubricItem item,
      Reading.Read read,
      Rational points,
      String feedback,
      Optional<Diagnosis> diagnosis,
      Optional<ToleranceCheck> tolerance) {
    return points.signum() > 0
        ? ItemResult.partial(item, read, points, feedback, diagnosis, tolerance)
        : ItemResult.incorrect(item, read, feedback, diagnosis, tolerance);
  }

  /** {@code feedback}, then the mistake's explanation when one is known. */
  static String withDiagnosis(String feedback, Optional<Diagnosis> diagnosis) {
    return diagnosis
        .map(d -> feedback + " Likely mistake (" + d.id() + "): " + d.explanation())
        .orElse(feedback);
  }

  /** {@code h1}, {@code the logits at step 2}, {@code dW1}: the item inside a sentence. */
  static String describe(Question question, ItemSpec item) {
    return Quantities.phrase(item.name(), question.position());
  }

  /**
   * {@code entry 2}, {@code entries 2 and 4}, {@code entries 1, 2 and 5}: positions count from 1.
   */
  static String entries(java.util.List<Integer> positions) {
    if (positions.size() == 1) {
      return "entry " + positions.get(0);
    }
    java.util.List<String> text = positions.stream().map(String::valueOf).toList();
    return "entries "
        + String.join(", ", text.subList(0, text.size() - 1))
        + " and "
        + text.get(text.size() - 1);
  }
}
