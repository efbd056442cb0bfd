package dev.byhand.submission;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one number the way students write it into an exact {@link Rational}: integers, decimals
 * ({@code 57.0}, numpy's {@code 57.}, {@code .5}), exponents ({@code 5.7e1}), fractions ({@code
 * 114/2}) and the minus signs PDFs and word processors produce. The syntax is whitelisted: {@code
 * NaN}, infinities, hex floats, type suffixes and thousands separators are refused with a sentence
 * saying what to write instead. Stateless and thread-safe.
 */
public final class NumberReader {
  private static final String DECIMAL = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?";
  private static final Pattern NUMBER = Pattern.compile(DECIMAL);
  private static final Pattern FRACTION =
      Pattern.compile("(" + DECIMAL + ")\\s*/\\s*(" + DECIMAL + ")");
  private static final Pattern EXPONENT = Pattern.compile("[eE]([+-]?\\d+)$");
  private static final String MINUS_SIGNS = "\u2212\u2013\u2012\uFE63\uFF0D";

  private NumberReader() {}

  /** Whether {@code text} is one number as {@link #parse} reads it. */
  public static boolean isNumber(String text) {
    if (!hasDigit(text)) {
      // Every number has an ASCII digit ({@link #NUMBER}, {@link #FRACTION}): a word is not one,
      // found without building the sentence a refusal would need (costly in the page).
      return false;
    }
    try {
      parse(text);
      return true;
    } catch (NotANumberException e) {
      return false;
    }
  }

  private static boolean hasDigit(String text) {
    return hasDigit(text, 0, text.length());
  }

  /**
   * Whether {@code text} has a digit 0-9 from {@code start} to {@code end}: every number has one,
   * so text without one needs no parse (nor, in the page, a substring or a matcher).
   */
  static boolean hasDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether every one of {@code values} is a number as {@link #parse} reads it (true for none). */
  public static boolean allNumbers(List<String> values) {
    for (String value : values) {
      if (!isNumber(value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The exact value of {@code text}; surrounding spaces (including no-break and thin spaces) and
   * quotes are ignored.
   *
   * @throws NotANumberException with a sentence saying why and how to write it instead
   */
  public static Rational parse(String text) {
    if (isPlainInteger(text)) {
      // Nothing to strip or unify in it: what nearly every answer is.
      return Rational.of(Long.parseLong(text));
    }
    String written = Clean.strip(text);
    if (written.length() > Limits.MAX_VALUE_CHARS) {
      throw new NotANumberException(
          "a number of "
              + written.length()
              + " characters is longer than the limit of "
              + Limits.MAX_VALUE_CHARS
              + "; write it shorter, e.g. as a fraction like 1/3");
    }
    String plain = unifyMinus(written);
    if (NUMBER.matcher(plain).matches()) {
      return decimal(plain, written);
    }
    Matcher fraction = FRACTION.matcher(plain);
    if (fraction.matches()) {
      return fraction(fraction.group(1), fraction.group(2), written);
    }
    throw new NotANumberException(NumberComplaint.about(written));
  }

  /**
   * A sign and at most 18 ASCII digits: read without the regexes and BigDecimal, and it fits a
   * long.
   */
  private static boolean isPlainInteger(String text) {
    int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    if (text.length() == start || text.length() - start > 18) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String unifyMinus(String text) {
    // String.replace returns the text itself when the sign is absent, as it nearly always is.
    String plain = text;
    for (char sign : MINUS_SIGNS.toCharArray()) {
      plain = plain.replace(sign, '-');
    }
    return plain;
  }

  private static Rational decimal(String plain, String written) {
    Matcher exponent = EXPONENT.matcher(plain);
    if (exponent.find()) {
      BigInteger value = new BigInteger(exponent.group(1));
      if (value.abs().compareTo(BigInteger.valueOf(Limits.MAX_EXPONENT)) > 0) {
        throw new NotANumberException(
            "'"
                + written
                + "': exponent too large (the limit is "
                + Limits.MAX_EXPONENT
                + "); no answer in this homework needs it, so check the number");
      }
    }
    return Rational.of(new BigDecimal(plain));
  }

  private static Rational fraction(String top, String bottom, String written) {
    Rational denominator = decimal(bottom, written);
    if (denominator.signum() == 0) {
      throw new NotANumberException(
          "'" + written + "' is a division by zero; write the number itself");
    }
    return decimal(top, written).divide(denominator);
  }
}
