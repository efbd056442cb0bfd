package dev.byhand.grading;

import java.util.List;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The test engine that grading runs on: one test per student of the batch that the request's {@link
 * BatchSelector} carries, run in order on the calling thread. A test passes when every computed
 * item is correct and fails with {@link NotFullMarks} otherwise; anything else that escapes a check
 * fails that student's test alone, by the platform's rule (everything but running out of memory is
 * that test's failure).
 *
 * <p>A plain engine rather than Jupiter dynamic tests: Jupiter's per-test machinery (extension
 * registry, interceptor chain, a test source per check) cost about 30 µs a student, more than
 * judging all of the student's items.
 */
final class CheckEngine implements TestEngine {
  static final String ID = "byhand-checks";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineDescriptor engine = new EngineDescriptor(uniqueId, "byhand checks");
    List<BatchSelector> selectors = request.getSelectorsByType(BatchSelector.class);
    // Students are told apart by their index in the batch: two batches in one request would
    // collide.
    if (selectors.size() > 1) {
      throw new IllegalArgumentException("one batch per launcher request, not " + selectors.size());
    }
    for (BatchSelector selector : selectors) {
      CheckBatch batch = selector.batch();
      for (int student = 0; student < batch.size(); student++) {
        engine.addChild(new StudentCheck(uniqueId, batch, student));
      }
    }
    return engine;
  }

  @Override
  public void execute(ExecutionRequest request) {
    EngineExecutionListener listener = request.getEngineExecutionListener();
    TestDescriptor engine = request.getRootTestDescriptor();
    listener.executionStarted(engine);
    for (TestDescriptor child : engine.getChildren()) {
      StudentCheck check = (StudentCheck) child;
      listener.executionStarted(check);
      listener.executionFinished(check, check.run());
    }
    listener.executionFinished(engine, TestExecutionResult.successful());
  }
}
