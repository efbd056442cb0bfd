package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
 * @param accuracy empty for an item compared exactly; else the tolerance its entries are compared
 *     within (an inexact reference, or a tolerance the item sets itself) and the decimals students
 *     are asked to round to
 * @param aliases other names students use for the item, as the rubric declares them ({@code h^1_0},
 *     {@code next1}); matched by their letters and digits, like any key
 */
public record ItemSpec(
    String name,
    boolean manual,
    Rational points,
    Credit credit,
    Rational followThroughCredit,
    Optional<String> label,
    Optional<Tolerance> accuracy,
    List<String> aliases) {
  /** A tolerance an item is compared within, and the decimals answers are rounded to if stated. */
  public record Tolerance(Rational value, OptionalInt decimals) {
    public Tolerance {
      requireNonNull(value, "value");
      requireNonNull(decimals, "decimals");
      if (value.signum() <= 0) {
        throw new IllegalArgumentException("a tolerance must be more than 0");
      }
    }

    /** The decimals the reference is shown with: the tolerance's precision. */
    public int places() {
      return Accuracy.places(value);
    }
  }

  public ItemSpec {
    requireNonNull(name, "name");
    requireNonNull(points, "points");
    requireNonNull(credit, "credit");
    requireNonNull(followThroughCredit, "followThroughCredit");
    requireNonNull(label, "label");
    requireNonNull(accuracy, "accuracy");
    aliases = List.copyOf(requireNonNull(aliases, "aliases"));
    if (points.signum() < 0) {
      throw new IllegalArgumentException("points must not be negative");
    }
    if (followThroughCredit.signum() < 0 || followThroughCredit.compareTo(Rational.ONE) > 0) {
      throw new IllegalArgumentException("followThroughCredit must be between 0 and 1");
    }
  }

  /** An item with no aliases. */
  public ItemSpec(
      String name,
      boolean manual,
      Rational points,
      Credit credit,
      Rational followThroughCredit,
      Optional<String> label,
      Optional<Tolerance> accuracy) {
    this(name, manual, points, credit, followThroughCredit, label, accuracy, List.of());
  }

  /** The same item, also called by {@code names}. */
  public ItemSpec withAliases(List<String> names) {
    return new ItemSpec(name, manual, points, credit, followThroughCredit, label, accuracy, names);
  }

  /** An item compared exactly. */
  public ItemSpec(
      String name,
      boolean manual,
      Rational points,
      Credit credit,
      Rational followThroughCredit,
      Optional<String> label) {
    this(name, manual, points, credit, followThroughCredit, label, Optional.empty());
  }

  /** A computed item with all-or-nothing credit and full credit for follow-through. */
  public static ItemSpec of(String quantity, Rational points) {
    return new ItemSpec(
        quantity, false, points, Credit.ALL_OR_NOTHING, Rational.ONE, Optional.empty());
  }

  /** A manual item, graded by a TA. */
  public static ItemSpec manual(String name, Rational points) {
    return new ItemSpec(name, true, points, Credit.ALL_OR_NOTHING, Rational.ONE, Optional.empty());
  }
}
