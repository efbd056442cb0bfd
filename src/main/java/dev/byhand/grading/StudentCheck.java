package dev.byhand.grading;

import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One student's checks as one test: every computed item of the rubric, each judged on its own. Its
 * unique id ends in the student's index in the batch, which is how a listener finds the student
 * again.
 */
final class StudentCheck extends AbstractTestDescriptor {
  static final String SEGMENT_TYPE = "student";

  private final CheckBatch batch;
  private final int student;

  StudentCheck(UniqueId engine, CheckBatch batch, int student) {
    super(
        engine.append(SEGMENT_TYPE, Integer.toString(student)),
        displayName(batch.studentId(student), student));
    this.batch = batch;
    this.student = student;
  }

  /** The index in its batch of the student a test plan entry checks, if it is such an entry. */
  static Optional<Integer> student(UniqueId test) {
    UniqueId.Segment last = test.getLastSegment();
    return test.getEngineId().filter(CheckEngine.ID::equals).isPresent()
            && last.getType().equals(SEGMENT_TYPE)
        ? Optional.of(Integer.parseInt(last.getValue()))
        : Optional.empty();
  }

  /**
   * The platform refuses a blank display name, and one student's odd id must not stop the batch.
   */
  private static String displayName(String studentId, int student) {
    return studentId.isBlank() ? "student #" + (student + 1) : studentId;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  TestExecutionResult run() {
    try {
      batch.run(student);
      return TestExecutionResult.successful();
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      return TestExecutionResult.failed(e);
    }
  }
}
