package dev.byhand.grading;

/** Whether grading can read an answer, without saying whether it is right. */
public enum Readability {
  /** Grading reads a value (right or wrong: that is not said here). */
  READABLE,
  /** No answer, or the key with nothing after it. */
  MISSING,
  /** Written, but grading cannot read it (a word inside a vector, two different answers, …). */
  UNREADABLE;

  /** What a verdict says about readability alone. */
  static Readability of(Status status) {
    return switch (status) {
      case MISSING -> MISSING;
      case UNPARSEABLE -> UNREADABLE;
      case CORRECT, PARTIAL, FOLLOWTHROUGH, INCORRECT, MANUAL -> READABLE;
    };
  }
}
