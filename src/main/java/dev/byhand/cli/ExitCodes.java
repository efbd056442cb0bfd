package dev.byhand.cli;

/** byhand's exit codes, in one place. */
final class ExitCodes {
  /** The command did its job (a batch with bad student files still counts as graded). */
  static final int OK = 0;

  /** The command could not finish, e.g. the reports folder cannot be written. */
  static final int FAILURE = 1;

  /**
   * {@code check}: the answers file is incomplete or unreadable (the student has something to fix).
   */
  static final int INCOMPLETE = 1;

  /** {@code test}: some self-test of a rubric failed. */
  static final int TESTS_FAILED = 1;

  // Exit code 2 separates usage errors (bad options, missing folders, a broken rubric) from
  // failures.
  static final int USAGE = 2;

  private ExitCodes() {}
}
