package dev.byhand.report;

import dev.byhand.rnn.Rational;
import java.math.BigDecimal;

/** How points are shown: exact integers as they are, other values as decimals to two places. */
final class Numbers {
  private Numbers() {}

  static String points(Rational value) {
    if (value.isInteger() && value.numerator().bitLength() < Integer.SIZE) {
      // The usual case, a few times per report: int formatting is several times cheaper than BigInteger's.
      return Integer.toString(value.numerator().intValue());
    }
    return value.isInteger() ? value.toString() : value.toDecimal(2).toPlainString();
  }

  /** For JSON: exact integers as integers, other values to 4 decimal places. */
  static BigDecimal json(Rational value) {
    return value.isInteger() ? new BigDecimal(value.numerator()) : value.toDecimal(4);
  }

  /** {@code 83%}, rounded half-up; {@code 0%} when nothing is possible. */
  static String percent(Rational score, Rational max) {
    if (max.signum() == 0) {
      return "0%";
    }
    return score.divide(max).multiply(Rational.of(100)).toDecimal(0).toPlainString() + "%";
  }
}
