package dev.byhand.gradescope;

/** A Gradescope export that cannot be read; the message names the file, the place and the fix. */
public final class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ExportException(String message) {
    super(message);
  }

  ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
