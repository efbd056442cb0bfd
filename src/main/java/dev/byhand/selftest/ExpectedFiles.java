package dev.byhand.selftest;

import dev.byhand.grading.StudentResult;
import dev.byhand.io.AtomicFile;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricException;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.StudentSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes a rubric's expected-verdicts file from what grading gives its samples today. */
final class ExpectedFiles {
  private ExpectedFiles() {}

  /**
   * The file written for the rubric in {@code file}; empty when it has no samples folder.
   *
   * @throws SelfTestException when the rubric does not load
   */
  static Optional<Path> write(Path file, Optional<Path> samplesRoot) throws IOException {
    Rubric rubric;
    try {
      rubric = new RubricLoader().load(file);
    } catch (RubricException e) {
      throw new SelfTestException(e.getMessage(), e);
    }
    Samples samples = Samples.of(file, rubric.id(), samplesRoot);
    if (!Files.isDirectory(samples.folder())) {
      return Optional.empty();
    }
    Scope scope = new Scope(rubric);
    List<StudentResult> results = new ArrayList<>();
    for (StudentSource student : samples.students()) {
      results.add(scope.grade(scope.read(student)));
    }
    // An instructor may have edited the file by hand: it survives a power cut, whole or not at all.
    AtomicFile.write(
        samples.expected(), Expectations.render(results), AtomicFile.Durability.SYNCED);
    return Optional.of(samples.expected());
  }
}
