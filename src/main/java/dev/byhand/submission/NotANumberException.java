package dev.byhand.submission;

/** A written value that is not a number byhand accepts; the message says why and what to write. */
public final class NotANumberException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotANumberException(String message) {
    super(message);
  }
}
