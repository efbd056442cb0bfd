package dev.byhand.cli;

/**
 * Something the user asked for that cannot be done as asked; exits with {@link ExitCodes#USAGE}.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
