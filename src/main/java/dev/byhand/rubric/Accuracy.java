package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How close an answer must be, as the rubric, a question or an item states it; the innermost
 * statement wins.
 *
 * @param tolerance the largest absolute difference from the reference an entry may have, exact
 * @param decimals how many decimals students are asked to round to, when the rubric says
 */
public record Accuracy(Optional<Rational> tolerance, OptionalInt decimals) {
  static final Accuracy NONE = new Accuracy(Optional.empty(), OptionalInt.empty());
  private static final int MAX_DECIMALS = 20;

  public Accuracy {
    requireNonNull(tolerance, "tolerance");
    requireNonNull(decimals, "decimals");
  }

  /** What {@code fields} state, else what {@code outer} does. */
  static Accuracy read(Fields fields, Accuracy outer) {
    Optional<Rational> tolerance = outer.tolerance;
    if (fields.has("tolerance")) {
      Rational value = fields.number(fields.child("tolerance"), fields.require("tolerance"));
      if (value.signum() <= 0) {
        throw fields.error(
            fields.child("tolerance")
                + " is "
                + value
                + "; a tolerance is the largest absolute"
                + " difference accepted, more than 0 (e.g. 0.01); leave it out to compare exactly");
      }
      tolerance = Optional.of(value);
    }
    OptionalInt decimals = outer.decimals;
    if (fields.has("decimals")) {
      Rational value = fields.number(fields.child("decimals"), fields.require("decimals"));
      if (!value.isInteger()
          || value.signum() < 0
          || value.compareTo(Rational.of(MAX_DECIMALS)) > 0) {
        throw fields.error(
            fields.child("decimals")
                + " is "
                + value
                + "; give the number of decimals answers"
                + " are rounded to, a whole number from 0 to "
                + MAX_DECIMALS);
      }
      decimals = OptionalInt.of(value.numerator().intValueExact());
    }
    return new Accuracy(tolerance, decimals);
  }

  /**
   * The decimals a value compared within {@code tolerance} is shown with: the fewest whose last
   * place is no larger than the tolerance (0.01 and 0.05 give 2, 0.005 gives 3).
   */
  public static int places(Rational tolerance) {
    int places = 0;
    Rational unit = Rational.ONE;
    while (unit.compareTo(tolerance) > 0 && places < 40) {
      places++;
      unit = unit.divide(Rational.of(BigInteger.TEN));
    }
    return places;
  }
}
