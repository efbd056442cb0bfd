package dev.byhand.grading;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Turns each finished check into its verdict. A check that failed for any reason other than a wrong
 * answer (a bug, an unexpected exception) becomes that item's problem, never the batch's.
 */
final class VerdictCollector implements TestExecutionListener {
  private final CheckBatch batch;

  VerdictCollector(CheckBatch batch) {
    this.batch = batch;
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult outcome) {
    if (!test.isTest()) {
      return;
    }
    test.getSource()
        .filter(UriSource.class::isInstance)
        .flatMap(source -> batch.check(((UriSource) source).getUri()))
        .ifPresent(check -> collect(check, outcome));
  }

  private void collect(Check check, TestExecutionResult outcome) {
    Throwable thrown = outcome.getThrowable().orElse(null);
    if (thrown instanceof ItemNotCorrect notCorrect) {
      batch.record(check, notCorrect.result());
    } else if (outcome.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      batch.record(check, InternalErrors.result(check, thrown));
    }
  }
}
