package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * exp, log, sqrt, tanh and sigmoid on {@link BigDecimal} at {@link Precision#WORK}, by series that
 * converge on a reduced argument. A result that is exactly rational (exp(0), sqrt(9/4), sigmoid(0))
 * is returned exact; any other is rounded to {@link Precision#CONTEXT} and marks the evaluation
 * inexact. Stateless.
 */
final class Transcendentals {
  /** exp(10000) has 4343 digits: far beyond any value computed by hand, and still cheap. */
  private static final BigDecimal MAX_EXPONENT = BigDecimal.valueOf(10_000);

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal NEGLIGIBLE =
      BigDecimal.ONE.movePointLeft(Precision.WORK.getPrecision() + 10);
  private static final BigDecimal LN2 =
      atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), Precision.WORK))
          .multiply(TWO, Precision.WORK);

  private Transcendentals() {}

  static Rational exp(Rational x, Exactness exactness) {
    if (x.signum() == 0) {
      return Rational.ONE;
    }
    exactness.lose();
    return Precision.working(exp(bounded(x, "exp")));
  }

  static Rational log(Rational x, Exactness exactness) {
    if (x.signum() <= 0) {
      throw new EquationException("log needs a positive number, found " + x);
    }
    if (x.equals(Rational.ONE)) {
      return Rational.ZERO;
    }
    exactness.lose();
    return Precision.working(ln(x));
  }

  /** The natural logarithm of {@code x} > 0 at {@link Precision#WORK}. */
  static BigDecimal ln(Rational x) {
    // x = 2^k · m with m in [1/2, 2): log x = k·ln 2 + 2·atanh((m - 1)/(m + 1)), |(m - 1)/(m + 1)|
    // ≤ 1/3.
    int k = x.numerator().bitLength() - x.denominator().bitLength();
    Rational m =
        k >= 0
            ? x.divide(Rational.of(BigInteger.ONE.shiftLeft(k)))
            : x.multiply(Rational.of(BigInteger.ONE.shiftLeft(-k)));
    Rational z = m.subtract(Rational.ONE).divide(m.add(Rational.ONE));
    return atanhSeries(Precision.decimal(z))
        .multiply(TWO, Precision.WORK)
        .add(LN2.multiply(BigDecimal.valueOf(k), Precision.WORK), Precision.WORK);
  }

  static Rational sqrt(Rational x, Exactness exactness) {
    if (x.signum() < 0) {
      throw new EquationException("sqrt needs a number of at least 0, found " + x);
    }
    BigInteger p = integerSqrt(x.numerator());
    BigInteger q = integerSqrt(x.denominator());
    if (p.multiply(p).equals(x.numerator()) && q.multiply(q).equals(x.denominator())) {
      return new Rational(p, q);
    }
    exactness.lose();
    return Precision.working(decimalSqrt(Precision.decimal(x)));
  }

  /**
   * The largest integer whose square is at most {@code n}, by Newton's method. Written out rather
   * than BigInteger.sqrt(), which the browser build's class library lacks.
   */
  static BigInteger integerSqrt(BigInteger n) {
    if (n.signum() == 0) {
      return BigInteger.ZERO;
    }
    BigInteger x = BigInteger.ONE.shiftLeft(n.bitLength() / 2 + 1);
    while (true) {
      BigInteger next = x.add(n.divide(x)).shiftRight(1);
      if (next.compareTo(x) >= 0) {
        return x;
      }
      x = next;
    }
  }

  /**
   * The square root of {@code a} > 0 to {@link Precision#WORK}, by Newton's method (BigDecimal.sqrt
   * is missing in the browser).
   */
  private static BigDecimal decimalSqrt(BigDecimal a) {
    // Start at 10^(half the digits): within a factor of 10, so a few dozen iterations at most.
    BigDecimal x = BigDecimal.ONE.scaleByPowerOfTen((a.precision() - a.scale()) / 2);
    for (int i = 0; i < 200; i++) {
      BigDecimal next = x.add(a.divide(x, Precision.WORK)).divide(TWO, Precision.WORK);
      if (next.compareTo(x) == 0) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /** tanh x = expm1(2x) / (expm1(2x) + 2): no cancellation near 0. */
  static Rational tanh(Rational x, Exactness exactness) {
    if (x.signum() == 0) {
      return Rational.ZERO;
    }
    exactness.lose();
    BigDecimal twice = bounded(x.multiply(Rational.of(2)), "tanh");
    if (twice.signum() > 0) {
      // For large x, expm1(2x) overflows nothing but dwarfs 2; the quotient below stays exact
      // enough.
      BigDecimal e = expm1(twice);
      return Precision.working(e.divide(e.add(TWO), Precision.WORK));
    }
    BigDecimal e = expm1(twice.negate());
    return Precision.working(e.divide(e.add(TWO), Precision.WORK).negate());
  }

  /** sigmoid x = 1 / (1 + exp(-x)). */
  static Rational sigmoid(Rational x, Exactness exactness) {
    if (x.signum() == 0) {
      return Rational.of(1, 2);
    }
    exactness.lose();
    BigDecimal e = exp(bounded(x.negate(), "sigmoid"));
    return Precision.working(BigDecimal.ONE.divide(BigDecimal.ONE.add(e), Precision.WORK));
  }

  /** e^x for |x| ≤ 10000: the Taylor series of x / 2^k with |x / 2^k| ≤ 1/2, squared k times. */
  static BigDecimal exp(BigDecimal x) {
    int k = 0;
    BigDecimal r = x;
    while (r.abs().compareTo(HALF) > 0) {
      r = r.divide(TWO, Precision.WORK);
      k++;
    }
    BigDecimal result = BigDecimal.ONE.add(expm1Series(r), Precision.WORK);
    for (int i = 0; i < k; i++) {
      result = result.multiply(result, Precision.WORK);
    }
    return result;
  }

  /** e^x − 1, by its own series near 0 where e^x − 1 would cancel. */
  private static BigDecimal expm1(BigDecimal x) {
    return x.abs().compareTo(HALF) <= 0
        ? expm1Series(x)
        : exp(x).subtract(BigDecimal.ONE, Precision.WORK);
  }

  /** x + x²/2! + x³/3! + …, for |x| ≤ 1/2. */
  private static BigDecimal expm1Series(BigDecimal x) {
    BigDecimal term = x;
    BigDecimal sum = x;
    for (int n = 2; term.abs().compareTo(NEGLIGIBLE) > 0; n++) {
      term = term.multiply(x, Precision.WORK).divide(BigDecimal.valueOf(n), Precision.WORK);
      sum = sum.add(term, Precision.WORK);
    }
    return sum;
  }

  /** atanh z = z + z³/3 + z⁵/5 + …, for |z| ≤ 1/3. */
  private static BigDecimal atanhSeries(BigDecimal z) {
    BigDecimal square = z.multiply(z, Precision.WORK);
    BigDecimal power = z;
    BigDecimal sum = z;
    for (int n = 3; power.abs().compareTo(NEGLIGIBLE) > 0; n += 2) {
      power = power.multiply(square, Precision.WORK);
      sum = sum.add(power.divide(BigDecimal.valueOf(n), Precision.WORK), Precision.WORK);
    }
    return sum;
  }

  private static BigDecimal bounded(Rational x, String function) {
    BigDecimal value = Precision.decimal(x);
    if (value.abs().compareTo(MAX_EXPONENT) > 0) {
      throw new EquationException(
          function
              + " of "
              + value.round(Precision.CONTEXT).toPlainString()
              + " is out of range: its argument must lie between -10000 and 10000");
    }
    return value;
  }
}
