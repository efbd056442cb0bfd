package dev.byhand.selftest;

/**
 * Self-tests that cannot run as asked: a rubric that does not load, an expected-verdicts file that
 * does not parse, a path that holds no rubric, or a selection that matches no test. The message
 * names the file (and field) and the fix.
 */
public final class SelfTestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SelfTestException(String message) {
    super(message);
  }

  public SelfTestException(String message, Throwable cause) {
    super(message, cause);
  }
}
