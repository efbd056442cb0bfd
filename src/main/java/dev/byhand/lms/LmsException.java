package dev.byhand.lms;

/**
 * A gradebook export or LMS option byhand cannot use; the message names the file and the fix. The
 * run stops before anything is written.
 */
public final class LmsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LmsException(String message) {
    super(message);
  }
}
