package dev.byhand.exact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number in lowest terms with a positive denominator. Immutable; nothing
 * overflows or rounds.
 */
public record Rational(BigInteger numerator, BigInteger denominator)
    implements Comparable<Rational> {
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  /** Normalises to lowest terms; rejects a zero denominator. */
  public Rational {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    // Every value of the handout is an integer: skip the gcd, which dominated grading's arithmetic.
    if (!denominator.equals(BigInteger.ONE)) {
      BigInteger gcd = numerator.gcd(denominator);
      if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
        numerator = numerator.divide(gcd);
        denominator = denominator.divide(gcd);
      }
    }
  }

  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  public static Rational of(BigInteger value) {
    return new Rational(value, BigInteger.ONE);
  }

  public static Rational of(long numerator, long denominator) {
    return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** The exact value of a decimal, e.g. {@code 5.7E+1} is 57. */
  public static Rational of(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return of(stripped.toBigIntegerExact());
    }
    return new Rational(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
  }

  public Rational add(Rational other) {
    if (denominator.equals(other.denominator)) {
      return new Rational(numerator.add(other.numerator), denominator);
    }
    return new Rational(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  public Rational multiply(Rational other) {
    return new Rational(
        numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Rational divide(Rational other) {
    return new Rational(
        numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** This number to the power {@code k} ≥ 0; {@code 0^0} is 1. */
  public Rational pow(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("a power from 0, not " + k);
    }
    return new Rational(numerator.pow(k), denominator.pow(k));
  }

  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  public int signum() {
    return numerator.signum();
  }

  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  @Override
  public int compareTo(Rational other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * A decimal rounded half-up to {@code places} digits, trailing zeros dropped: for display and for
   * JSON, never for comparison.
   */
  public BigDecimal toDecimal(int places) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), places, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  /**
   * Equal values have equal numerators and denominators (both are in lowest terms). Written out,
   * with the record's own hash formula: the generated methods go through method handles, which C1,
   * the only compiler `grade` uses, does not inline, and grading compares rationals all the time.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Rational that
        && numerator.equals(that.numerator)
        && denominator.equals(that.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code 57}, {@code -92} or {@code 1/3}: the exact value, the way a student would write it. */
  @Override
  public String toString() {
    return isInteger() ? digits(numerator) : digits(numerator) + "/" + digits(denominator);
  }

  /**
   * BigInteger prints even a one-word value by long division; a value that fits a long need not.
   */
  private static String digits(BigInteger value) {
    return value.bitLength() < Long.SIZE ? Long.toString(value.longValue()) : value.toString();
  }
}
