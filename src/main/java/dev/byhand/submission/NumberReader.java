package dev.byhand.submission;

import dev.byhand.rnn.Rational;

/**
 * Reads one number the way students write it into an exact {@link Rational}: integers, decimals,
 * exponents, fractions, Unicode minus signs, numpy's trailing dot. Implemented by the submission work.
 */
public final class NumberReader {
  private NumberReader() {}

  /**
   * The exact value of {@code text}.
   *
   * @throws NotANumberException with a sentence saying why and how to write it instead
   */
  public static Rational parse(String text) {
    throw new UnsupportedOperationException("implemented in the submission package work");
  }
}
