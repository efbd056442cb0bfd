package dev.byhand.variants;

import dev.byhand.submission.Submission;
import dev.byhand.submission.Submitter;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The key a student's variant is drawn for (docs/VARIANTS.md): the first submitter's email where
 * known, else their student id, else the file or folder name the student was found under, as it was
 * found (not the id made safe as a file name, which turns {@code @} into {@code _}). Keys compare
 * after {@link #normalise}: {@code " Zoë@Example.edu "} and {@code "zoë@example.edu"} are one
 * student. Stateless.
 */
public final class StudentKey {
  /** Longer keys are not emails or ids; refusing them bounds what is hashed. */
  static final int MAX_LENGTH = 320;

  private StudentKey() {}

  public static String of(Submission submission) {
    return of(submission.submitters(), submission.name(), submission.studentId());
  }

  /**
   * The key of a student found under {@code name} (a file or folder name as found, not made safe)
   * and, where an export says so, by who submitted; a name that cannot be a key (only spaces, or
   * longer than any email) gives way to {@code studentId}, the name made safe, which always can.
   */
  public static String of(List<Submitter> submitters, String name, String studentId) {
    for (Submitter submitter : submitters) {
      if (!submitter.email().isBlank()) {
        return submitter.email();
      }
    }
    for (Submitter submitter : submitters) {
      if (!submitter.sid().isBlank()) {
        return submitter.sid();
      }
    }
    return usable(name) ? name : studentId;
  }

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
