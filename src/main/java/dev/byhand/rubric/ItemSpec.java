package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.rnn.Rational;
import java.util.Optional;

/**
 * One answer item of a question: the quantity it asks for (or, for a manual item, the rubric's own
 * name such as {@code diagram}), what it is worth, and how it earns credit.
 *
 * @param name the quantity's name, which is also the item's half of the answer key
 * @param manual whether a TA grades it outside byhand
 * @param credit how a vector or matrix earns points when only some entries are right
 * @param followThroughCredit the share of the points (0 to 1) for an answer that is wrong only
 *     because an earlier answer of the student's was wrong, and right given it
 * @param label how people call it ("hidden state h1"), when the rubric says so
 */
public record ItemSpec(
    String name, boolean manual, Rational points, Credit credit, Rational followThroughCredit,
    Optional<String> label) {
  public ItemSpec {
    requireNonNull(name, "name");
    requireNonNull(points, "points");
    requireNonNull(credit, "credit");
    requireNonNull(followThroughCredit, "followThroughCredit");
    requireNonNull(label, "label");
    if (points.signum() < 0) {
      throw new IllegalArgumentException("points must not be negative");
    }
    if (followThroughCredit.signum() < 0 || followThroughCredit.compareTo(Rational.ONE) > 0) {
      throw new IllegalArgumentException("followThroughCredit must be between 0 and 1");
    }
  }

  /** A computed item with all-or-nothing credit and full credit for follow-through. */
  public static ItemSpec of(String quantity, Rational points) {
    return new ItemSpec(quantity, false, points, Credit.ALL_OR_NOTHING, Rational.ONE, Optional.empty());
  }

  /** A manual item, graded by a TA. */
  public static ItemSpec manual(String name, Rational points) {
    return new ItemSpec(name, true, points, Credit.ALL_OR_NOTHING, Rational.ONE, Optional.empty());
  }
}
