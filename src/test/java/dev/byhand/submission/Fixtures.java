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

  private static final SubmissionReader HANDOUT =
      new SubmissionReader(
          dev.byhand.grading.RubricKeys.of(
              new dev.byhand.rubric.RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"))));

  /** Reads {@code text} as the file {@code name} of student {@code s}, with the handout's keys. */
  static Submission readForHandout(String name, String text) {
    return HANDOUT.read("s", Path.of(name), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Reads {@code text} as if it were the file {@code name}, without the file system. */
  static Submission readText(String name, String text) {
    return new SubmissionReader()
        .read("student", Path.of(name), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** {@code q1.hidden=[5, 4, 0]} for every answer, in file order. */
  static List<String> answers(Submission submission) {
    return submission.answers().stream().map(a -> a.key() + "=" + a.values()).toList();
  }

  /** {@code q1.hidden=[5, 4, 0]} for every answer read with a value that will be judged. */
  static List<String> judged(Submission submission) {
    return submission.answers().stream()
        .filter(a -> a.refusal().isEmpty())
        .map(a -> a.key() + "=" + a.values())
        .toList();
  }

  /** {@code q1.hidden@3} for every item refused, with the line its refusal quotes. */
  static List<String> refused(Submission submission) {
    return submission.answers().stream()
        .filter(a -> a.refusal().isPresent())
        .map(a -> a.key() + "@" + a.location().line().orElse(0))
        .toList();
  }

  static List<String> problems(Submission submission) {
    return submission.problems().stream().map(Problem::toString).toList();
  }
}
