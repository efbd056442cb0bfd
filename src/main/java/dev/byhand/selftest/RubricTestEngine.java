package dev.byhand.selftest;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;

/**
 * byhand's test engine for rubric self-tests: each selected rubric a container, each self-test a
 * test ({@link RubricTests}), run in order on the calling thread ({@link RubricExecution}).
 * Stateless.
 */
final class RubricTestEngine implements TestEngine {
  static final String ID = "byhand-rubric";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    return new RubricDiscovery(request, uniqueId).discover();
  }

  @Override
  public void execute(ExecutionRequest request) {
    new RubricExecution(request.getEngineExecutionListener()).run(request.getRootTestDescriptor());
  }
}
