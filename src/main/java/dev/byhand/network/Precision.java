package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place that says how precise an inexact value is. A value an inexact function gives (or
 * one computed from such a value) is the exact rational of a decimal rounded to {@link #CONTEXT}:
 * 40 significant digits, so sizes stay bounded however many steps a network runs. The functions
 * work with {@link #WORK}'s 20 guard digits before rounding. Never {@code double}.
 */
final class Precision {
  /** Inexact values keep 40 significant digits, half-even. */
  static final MathContext CONTEXT = new MathContext(40, RoundingMode.HALF_EVEN);

  /** The working precision of the functions: 20 digits more than {@link #CONTEXT}. */
  static final MathContext WORK =
      new MathContext(CONTEXT.getPrecision() + 20, RoundingMode.HALF_EVEN);

  private Precision() {}

  /** {@code value} as a decimal of {@link #WORK}'s precision. */
  static BigDecimal decimal(Rational value) {
    return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), WORK);
  }

  /** A decimal rounded to {@link #CONTEXT}, as the exact rational it then is. */
  static Rational rounded(BigDecimal value) {
    return Rational.of(value.round(CONTEXT));
  }

  /**
   * What an inexact function gives inside an equation: its decimal rounded to {@link #WORK}, so
   * that the equation's value, rounded to {@link #CONTEXT} once at its end, is right to its last
   * digit ({@code q @ k / sqrt(2)} is not rounded twice).
   */
  static Rational working(BigDecimal value) {
    return Rational.of(value.round(WORK));
  }

  /** A rational rounded to {@link #CONTEXT}; an integer stays as it is. */
  static Rational rounded(Rational value) {
    return value.isInteger() ? value : rounded(decimal(value));
  }

  /** Every entry rounded to {@link #CONTEXT}; a token stays as it is. */
  static Value rounded(Value value) {
    return value instanceof Value.Token ? value : Ops.map(value, Precision::rounded);
  }
}
