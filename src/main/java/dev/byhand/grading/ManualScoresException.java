package dev.byhand.grading;

/**
 * A manual-scores file that cannot be used as written; the message names the file, the lines and
 * the fix.
 */
public final class ManualScoresException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ManualScoresException(String message) {
    super(message);
  }
}
