package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * Values of items compared within a tolerance, as decimals: the reference rounded half-up to the
 * tolerance's precision ({@code [0.49, 0.51]}), and a student's numbers as they wrote them ({@code
 * 0.488}; a fraction without a decimal form stays a fraction). Display only: verdicts compare the
 * exact values.
 */
final class DecimalText {
  private DecimalText() {}

  /** {@code 0.49}, {@code [0.49, 0.51]}: every entry rounded to {@code places} decimals. */
  static String rounded(Value value, int places) {
    return text(value, x -> rounded(x, places));
  }

  /** {@code 0.49}: one number rounded half-up to {@code places} decimals. */
  static String rounded(Rational x, int places) {
    return new BigDecimal(x.numerator())
        .divide(new BigDecimal(x.denominator()), places, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** The student's numbers: exact decimals where they have one. */
  static String written(Value value) {
    return text(value, DecimalText::written);
  }

  /** One number as the student wrote it: its exact decimal where it has one, else a fraction. */
  static String written(Rational x) {
    if (x.isInteger()) {
      return x.toString();
    }
    try {
      return new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator())).toPlainString();
    } catch (ArithmeticException notTerminating) {
      return x.toString();
    }
  }

  private static String text(Value value, Function<Rational, String> entry) {
    if (value instanceof Value.Scalar s) {
      return entry.apply(s.value());
    }
    if (value instanceof Value.Vec v) {
      return vector(v.value(), entry);
    }
    if (value instanceof Value.Mat m) {
      StringBuilder text = new StringBuilder("[");
      for (int r = 0; r < m.value().rowCount(); r++) {
        text.append(r == 0 ? "" : ", ").append(vector(m.value().row(r), entry));
      }
      return text.append(']').toString();
    }
    return value.toString();
  }

  private static String vector(Vector vector, Function<Rational, String> entry) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < vector.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(entry.apply(vector.get(i)));
    }
    return text.append(']').toString();
  }
}
