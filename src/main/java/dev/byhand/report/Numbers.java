package dev.byhand.report;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;

/**
 * How points are shown: exact integers as they are, other values as decimals to two places in pages
 * and to four in files other programs read.
 */
public final class Numbers {
  private Numbers() {}

  static String points(Rational value) {
    if (isSmallInteger(value)) {
      // The usual case, a few times per report: int formatting is several times cheaper than
      // BigInteger's.
      return Integer.toString(value.numerator().intValue());
    }
    return value.isInteger() ? value.toString() : value.toDecimal(2).toPlainString();
  }

  /** For JSON: exact integers as integers, other values to 4 decimal places. */
  public static BigDecimal json(Rational value) {
    return value.isInteger() ? new BigDecimal(value.numerator()) : value.toDecimal(4);
  }

  /** {@code 83%}, rounded half-up; {@code 0%} when nothing is possible. */
  static String percent(Rational score, Rational max) {
    if (max.signum() == 0) {
      return "0%";
    }
    if (isSmallInteger(score) && isSmallInteger(max) && score.signum() >= 0 && max.signum() > 0) {
      // The usual case, twice per student: the same half-up rounding in long arithmetic, where the
      // exact path costs two gcds and a BigDecimal division.
      long hundredfold = score.numerator().longValue() * 100;
      long whole = max.numerator().longValue();
      long rounded = hundredfold / whole + (2 * (hundredfold % whole) >= whole ? 1 : 0);
      return rounded + "%";
    }
    return score.divide(max).multiply(Rational.of(100)).toDecimal(0).toPlainString() + "%";
  }

  /** An integer that fits an int, so that int and long arithmetic on it cannot overflow. */
  private static boolean isSmallInteger(Rational value) {
    return value.isInteger() && value.numerator().bitLength() < Integer.SIZE;
  }
}
