package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * log2, log10, xlogx (x·ln x, with 0·ln 0 = 0) and entropy (−Σ p·log2 p, with 0·log 0 = 0). A power
 * of the base has an exact logarithm (log2(1/8) = −3, entropy([1/2, 1/2]) = 1); any other result is
 * rounded as {@link Transcendentals} rounds and marks the evaluation inexact. Stateless.
 */
final class Logarithms {
  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigDecimal LN2 = Transcendentals.ln(Rational.of(2));
  private static final BigDecimal LN10 = Transcendentals.ln(Rational.of(10));

  private Logarithms() {}

  static Rational log2(Rational x, Exactness exactness) {
    return log(x, TWO, LN2, "log2", exactness);
  }

  static Rational log10(Rational x, Exactness exactness) {
    return log(x, BigInteger.TEN, LN10, "log10", exactness);
  }

  private static Rational log(
      Rational x, BigInteger base, BigDecimal lnBase, String function, Exactness exactness) {
    if (x.signum() <= 0) {
      throw new EquationException(function + " needs a positive number, found " + x);
    }
    Optional<Integer> power = exponent(x, base);
    if (power.isPresent()) {
      return Rational.of(power.get());
    }
    exactness.lose();
    return Precision.working(Transcendentals.ln(x).divide(lnBase, Precision.WORK));
  }

  /** x·ln x for x ≥ 0, with 0·ln 0 = 0 (its limit), as entropy and cross-entropy need it. */
  static Rational xlogx(Rational x, Exactness exactness) {
    if (x.signum() < 0) {
      throw new EquationException("xlogx needs a number of at least 0, found " + x);
    }
    if (x.signum() == 0 || x.equals(Rational.ONE)) {
      return Rational.ZERO;
    }
    exactness.lose();
    return Precision.working(Precision.decimal(x).multiply(Transcendentals.ln(x), Precision.WORK));
  }

  /** −Σ p·log2 p over a distribution's entries (a vector, or one number), in bits. */
  static Value entropy(Value value, Exactness exactness) {
    Value number = Ops.number(value, "take the entropy of");
    if (number instanceof Value.Mat m) {
      throw new EquationException(
          "entropy takes a vector (a distribution), found a "
              + m.shape()
              + " matrix; take it row by row, as entropy(P[0])");
    }
    List<Rational> entries = number.entries();
    Rational exact = Rational.ZERO;
    BigDecimal rounded = BigDecimal.ZERO;
    boolean inexact = false;
    for (Rational p : entries) {
      if (p.signum() < 0) {
        throw new EquationException("entropy needs entries of at least 0, found " + p);
      }
      if (p.signum() == 0) {
        continue;
      }
      Optional<Integer> power = exponent(p, TWO);
      if (power.isPresent()) {
        exact = exact.subtract(p.multiply(Rational.of(power.get())));
      } else {
        inexact = true;
        BigDecimal bits = Transcendentals.ln(p).divide(LN2, Precision.WORK);
        rounded = rounded.subtract(Precision.decimal(p).multiply(bits, Precision.WORK));
      }
    }
    if (!inexact) {
      return new Value.Scalar(exact);
    }
    exactness.lose();
    return new Value.Scalar(
        Precision.working(rounded.add(Precision.decimal(exact), Precision.WORK)));
  }

  /** k when {@code x} is base^k for a whole k (negative for 1/base^k); else nothing. */
  private static Optional<Integer> exponent(Rational x, BigInteger base) {
    if (x.numerator().equals(BigInteger.ONE)) {
      return power(x.denominator(), base).map(k -> -k);
    }
    return x.denominator().equals(BigInteger.ONE) ? power(x.numerator(), base) : Optional.empty();
  }

  private static Optional<Integer> power(BigInteger n, BigInteger base) {
    int k = 0;
    BigInteger rest = n;
    while (rest.compareTo(BigInteger.ONE) > 0) {
      BigInteger[] division = rest.divideAndRemainder(base);
      if (division[1].signum() != 0) {
        return Optional.empty();
      }
      rest = division[0];
      k++;
    }
    return rest.equals(BigInteger.ONE) ? Optional.of(k) : Optional.empty();
  }
}
