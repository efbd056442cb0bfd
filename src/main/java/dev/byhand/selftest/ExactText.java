package dev.byhand.selftest;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * An exact number as a person writes it: a decimal where it has a finite one ({@code 18.5}), else a
 * fraction ({@code 37/3}); and back. Stateless.
 */
final class ExactText {
  private ExactText() {}

  static String of(Rational value) {
    if (!terminates(value.denominator())) {
      return value.toString();
    }
    return new BigDecimal(value.numerator())
        .divide(new BigDecimal(value.denominator()))
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * @throws NumberFormatException when {@code text} is neither a decimal nor a fraction
   */
  static Rational parse(String text) {
    String number = text.strip();
    int slash = number.indexOf('/');
    if (slash < 0) {
      return Rational.of(new BigDecimal(number));
    }
    BigInteger denominator = new BigInteger(number.substring(slash + 1).strip());
    if (denominator.signum() == 0) {
      throw new NumberFormatException("a fraction over 0");
    }
    return new Rational(new BigInteger(number.substring(0, slash).strip()), denominator);
  }

  private static boolean terminates(BigInteger denominator) {
    BigInteger d = denominator;
    for (BigInteger p : List.of(BigInteger.TWO, BigInteger.valueOf(5))) {
      while (d.mod(p).signum() == 0) {
        d = d.divide(p);
      }
    }
    return d.equals(BigInteger.ONE);
  }
}
