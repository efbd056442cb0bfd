package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.StudentResult;
import dev.byhand.submission.StudentSource;
import java.util.List;
import java.util.Optional;

/**
 * A sample student, graded as {@code byhand grade} grades them, gets exactly the score and verdicts
 * its rubric's expected-verdicts file states.
 *
 * @param id the student's id, as grading names them
 * @param source the student's file or folder; empty when only the expected file names them
 * @param expected what they must get; empty when the expected file does not name them
 */
record SampleCheck(
    String id, Optional<StudentSource> source, Optional<ExpectedStudent> expected, Samples samples)
    implements Check {
  SampleCheck {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(expected, "expected");
    requireNonNull(samples, "samples");
  }

  @Override
  public CheckResult run(Scope scope, Student student) {
    if (source.isEmpty()) {
      return CheckResult.failed(
          samples.expected()
              + " names "
              + id
              + ", but "
              + samples.folder()
              + " holds no such student; add their file or remove the entry");
    }
    if (expected.isEmpty()) {
      return CheckResult.failed(
          "no expected verdicts for "
              + id
              + " in "
              + samples.expected()
              + "; add them (byhand test --write-expected writes what grading gives today)");
    }
    StudentResult result = scope.grade(scope.read(source.get()));
    List<String> differences = expected.get().differences(result);
    return differences.isEmpty()
        ? CheckResult.passed()
        : CheckResult.failed(
            source.get().path()
                + " ("
                + samples.expected()
                + "):\n"
                + String.join("\n", differences));
  }
}
