package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.rnn.Rational;

/**
 * One answer item of a question: what it asks for, what it is worth, and how it earns credit. For a
 * {@link ItemKind#MANUAL} item {@code name} is the rubric's own name (e.g. {@code diagram});
 * otherwise it is the kind's id.
 *
 * @param credit how a vector earns points when only some entries are right
 * @param followThroughCredit the share of the points (0 to 1) for an answer that is wrong only
 *     because an earlier answer of the student's was wrong, and right given it
 */
public record ItemSpec(ItemKind kind, String name, Rational points, Credit credit, Rational followThroughCredit) {
  public ItemSpec {
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    requireNonNull(points, "points");
    requireNonNull(credit, "credit");
    requireNonNull(followThroughCredit, "followThroughCredit");
    if (points.signum() < 0) {
      throw new IllegalArgumentException("points must not be negative");
    }
    if (followThroughCredit.signum() < 0 || followThroughCredit.compareTo(Rational.ONE) > 0) {
      throw new IllegalArgumentException("followThroughCredit must be between 0 and 1");
    }
  }

  /** All-or-nothing credit and full credit for follow-through. */
  public static ItemSpec of(ItemKind kind, String name, Rational points) {
    return new ItemSpec(kind, name, points, Credit.ALL_OR_NOTHING, Rational.ONE);
  }
}
