package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A drawn student of a rubric with variants: a container of the generated self-tests over their own
 * numbers. In JUnit XML its tests' class is {@code <rubric>/<key>}.
 */
final class StudentDescriptor extends AbstractTestDescriptor {
  static final String SEGMENT = "student";

  private final String key;
  private final String rubricId;

  StudentDescriptor(UniqueId rubric, String rubricId, String key) {
    super(rubric.append(SEGMENT, key), key);
    this.key = requireNonNull(key, "key");
    this.rubricId = requireNonNull(rubricId, "rubricId");
  }

  /** The key the student's variant is drawn for and their files are graded under. */
  String key() {
    return key;
  }

  @Override
  public String getLegacyReportingName() {
    return rubricId + "/" + key;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }
}
