package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.Rubric;
import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

/** A rubric in the test plan: a container named by its id, its file the source. */
final class RubricDescriptor extends AbstractTestDescriptor {
  static final String SEGMENT = "rubric";

  private final Rubric rubric;

  RubricDescriptor(UniqueId engine, Path file, Rubric rubric) {
    super(
        engine.append(SEGMENT, rubric.id()),
        rubric.id(),
        FileSource.from(file.toAbsolutePath().toFile()));
    this.rubric = requireNonNull(rubric, "rubric");
  }

  Rubric rubric() {
    return rubric;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }
}
