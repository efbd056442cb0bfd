package dev.byhand.selftest;

import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricException;
import dev.byhand.variants.StudentRubrics;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Runs a test plan of rubric self-tests: a rubric's grader is built when its container starts, a
 * drawn student's numbers when theirs does (a draw that cannot keep the guarantees fails that
 * container), and each check reports passed, failed or aborted (does not apply). A bug that escapes
 * a check fails that test alone.
 */
final class RubricExecution {
  private final EngineExecutionListener listener;

  RubricExecution(EngineExecutionListener listener) {
    this.listener = listener;
  }

  void run(TestDescriptor engine) {
    listener.executionStarted(engine);
    for (TestDescriptor rubric : engine.getChildren()) {
      runRubric((RubricDescriptor) rubric);
    }
    listener.executionFinished(engine, TestExecutionResult.successful());
  }

  private void runRubric(RubricDescriptor container) {
    listener.executionStarted(container);
    Scope scope;
    try {
      scope = new Scope(container.rubric());
    } catch (RuntimeException e) {
      listener.executionFinished(container, TestExecutionResult.failed(e));
      return;
    }
    Student own = new Student("student", container.rubric());
    for (TestDescriptor child : container.getChildren()) {
      if (child instanceof StudentDescriptor student) {
        runStudent(student, scope);
      } else {
        runCheck((CheckDescriptor) child, scope, own);
      }
    }
    listener.executionFinished(container, TestExecutionResult.successful());
  }

  private void runStudent(StudentDescriptor container, Scope scope) {
    listener.executionStarted(container);
    Rubric own;
    try {
      own = StudentRubrics.forStudent(scope.rubric(), container.key());
    } catch (RubricException e) {
      listener.executionFinished(
          container, TestExecutionResult.failed(new CheckFailed(e.getMessage())));
      return;
    }
    for (TestDescriptor child : container.getChildren()) {
      runCheck((CheckDescriptor) child, scope, new Student(container.key(), own));
    }
    listener.executionFinished(container, TestExecutionResult.successful());
  }

  private void runCheck(CheckDescriptor test, Scope scope, Student student) {
    listener.executionStarted(test);
    listener.executionFinished(test, result(test.check(), scope, student));
  }

  private static TestExecutionResult result(Check check, Scope scope, Student student) {
    CheckResult result;
    try {
      result = check.run(scope, student);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      // A bug in byhand: that test's error, with its trace, and the others still run.
      return TestExecutionResult.failed(e);
    }
    return switch (result.outcome()) {
      case PASSED -> TestExecutionResult.successful();
      case FAILED -> TestExecutionResult.failed(new CheckFailed(result.message().orElseThrow()));
      case ABORTED ->
          TestExecutionResult.aborted(new NotApplicable(result.message().orElseThrow()));
    };
  }
}
