package dev.byhand.submission;

/**
 * Nothing in a file can be used; the message is the sentence for {@link Submission#unreadable()}.
 * Thrown only inside this package and caught by {@link SubmissionReader}.
 */
final class Unreadable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unreadable(String message) {
    super(message, null, false, false);
  }
}
