package dev.byhand.selftest;

import org.opentest4j.TestAbortedException;

/**
 * A self-test that does not apply, as the platform reports it: aborted (JUnit XML's {@code
 * <skipped>}), with the reason and no stack trace.
 */
final class NotApplicable extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  NotApplicable(String reason) {
    super(reason);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
