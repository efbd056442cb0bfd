package dev.byhand.grading;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Watches each student's check finish. The verdicts are recorded by the check itself; a check that
 * failed for any reason other than wrong answers (a bug that escaped its per-item guard) hands that
 * student's unjudged items to a TA, never the batch's. Should the engine itself fail, every item
 * still unjudged goes to a TA with that cause.
 */
final class VerdictCollector implements TestExecutionListener {
  private final CheckBatch batch;

  VerdictCollector(CheckBatch batch) {
    this.batch = batch;
  }

  /** The outcome first: wrong answers are the common case, and need no lookup of the check. */
  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult outcome) {
    Throwable thrown = outcome.getThrowable().orElse(null);
    if (outcome.getStatus() == TestExecutionResult.Status.SUCCESSFUL
        || thrown instanceof NotFullMarks) {
      return;
    }
    if (test.isTest()) {
      StudentCheck.student(test.getUniqueIdObject())
          .ifPresent(student -> batch.failed(student, thrown));
    } else {
      batch.failedAll(thrown);
    }
  }
}
