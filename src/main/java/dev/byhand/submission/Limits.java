package dev.byhand.submission;

/**
 * Bounds on untrusted input, in the spirit of Gson's {@code NumberLimits}: an answers file is a few
 * hundred bytes, so anything far beyond these is a mistake, and every message that hits one names
 * it.
 */
final class Limits {
  static final long MAX_FILE_BYTES = 1024 * 1024;
  static final String FILE_SIZE = "1 MiB";
  static final int MAX_ROWS = 10_000;
  static final int MAX_VALUES = 1_000;
  static final int MAX_VALUE_CHARS = 100;

  /**
   * The longest text one answer can take within the two limits above, a separator and a few
   * characters of decoration between values included; longer text is refused before it is split.
   */
  static final int MAX_ANSWER_CHARS = MAX_VALUES * (MAX_VALUE_CHARS + 8);

  static final int MAX_DEPTH = 16;
  static final int MAX_EXPONENT = 1_000;

  private Limits() {}
}
