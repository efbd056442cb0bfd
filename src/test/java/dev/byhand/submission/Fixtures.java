package dev.byhand.submission;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Reads the realistic answers files in {@code src/test/resources/submission/}. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/submission/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Submission read(String name) {
    return new SubmissionReader().read("student", path(name));
  }

  static Submission read(Path file) {
    return new SubmissionReader().read("student", file);
  }

  /** {@code q1.hidden=[5, 4, 0]} for every answer, in file order. */
  static List<String> answers(Submission submission) {
    return submission.answers().stream().map(a -> a.key() + "=" + a.values()).toList();
  }

  static List<String> problems(Submission submission) {
    return submission.problems().stream().map(Problem::toString).toList();
  }
}
