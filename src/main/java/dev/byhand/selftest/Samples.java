package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.submission.StudentSource;
import dev.byhand.submission.SubmissionFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rubric's samples: the students in {@code samples/<id>/} (a submissions folder like any other,
 * so {@code byhand grade} can grade it) and the verdicts they must get, in {@code
 * samples/<id>.expected.json} beside it (outside it, so that grading does not take it for a
 * student). {@code samples/} is the folder beside the rubric's own, unless one is given. Immutable.
 */
record Samples(Path folder, Path expected) {
  Samples {
    requireNonNull(folder, "folder");
    requireNonNull(expected, "expected");
  }

  /**
   * The samples of the rubric {@code id} read from {@code rubricFile}, under {@code root} if given.
   */
  static Samples of(Path rubricFile, String id, Optional<Path> root) {
    Path parent = rubricFile.getParent();
    Path base = root.orElse(parent == null ? Path.of("samples") : parent.resolveSibling("samples"));
    return new Samples(base.resolve(id), base.resolve(id + Expectations.SUFFIX));
  }

  /** The sample students, sorted by id; none when there is no folder. */
  List<StudentSource> students() {
    return Files.isDirectory(folder) ? new SubmissionFinder().find(folder) : List.of();
  }

  /**
   * The expected verdicts by student id; none when there is no file.
   *
   * @throws SelfTestException when the file cannot be read as one
   */
  Map<String, ExpectedStudent> expectations() {
    return Files.exists(expected) ? Expectations.read(expected) : Map.of();
  }
}
