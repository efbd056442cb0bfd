package dev.byhand.grading;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test class the launcher runs: one dynamic test per student of the batch it is given. */
@ExtendWith(BatchResolver.class)
class GradingChecks {
  @TestFactory
  Stream<DynamicTest> checks(CheckBatch batch) {
    return batch.tests();
  }
}
