package dev.byhand.rubric;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key a student's variant is drawn for: the first submitter's email where known, else the
 * student id. Keys compare after {@link #normalise}: {@code " Zoë@Example.edu "} and {@code
 * "zoë@example.edu"} are one student.
 */
public final class StudentKey {
  /** Longer keys are not emails or ids; refusing them bounds what is hashed. */
  static final int MAX_LENGTH = 320;

  private StudentKey() {}

  /**
   * Unicode NFC (an accent typed as one character or two is the same name), spaces stripped at both
   * ends (whitespace, no-break spaces and a byte-order mark, as spreadsheets leave them),
   * lower-cased by {@link Locale#ROOT} rules.
   *
   * @throws IllegalArgumentException for a blank key or one longer than 320 characters
   */
  public static String normalise(String key) {
    String normal = trim(Normalizer.normalize(key, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    if (normal.isEmpty()) {
      throw new IllegalArgumentException("a student key is blank; use the student's email or id");
    }
    if (normal.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a student key has "
              + normal.length()
              + " characters; at most "
              + MAX_LENGTH
              + " (an email or an id)");
    }
    return normal;
  }

  /** Whether {@code key} can be a student key: not blank and not too long once normalised. */
  public static boolean usable(String key) {
    String normal = trim(Normalizer.normalize(key, Normalizer.Form.NFC));
    return !normal.isEmpty() && normal.length() <= MAX_LENGTH;
  }

  private static String trim(String key) {
    int start = 0;
    int end = key.length();
    while (start < end && blank(key.charAt(start))) {
      start++;
    }
    while (end > start && blank(key.charAt(end - 1))) {
      end--;
    }
    return key.substring(start, end);
  }

  /** String.strip() keeps U+00A0 and U+202F, which a key pasted from a web page or PDF carries. */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
