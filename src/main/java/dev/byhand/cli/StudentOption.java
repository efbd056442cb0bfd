package dev.byhand.cli;

import dev.byhand.rubric.Rubric;
import dev.byhand.variants.StudentRubrics;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The {@code --student KEY} option: one student's own numbers, when the rubric has variants. */
final class StudentOption {
  private static final String DESCRIPTION =
      "The student's key (their email, else their id) when the rubric gives each student"
          + " their own numbers (variants); ignored for a rubric without variants.";

  @Option(names = "--student", paramLabel = "KEY", description = DESCRIPTION)
  String key;

  /** The same option for a command built with picocli's programmatic API. */
  static OptionSpec option() {
    return OptionSpec.builder("--student")
        .paramLabel("KEY")
        .type(String.class)
        .description(DESCRIPTION)
        .build();
  }

  StudentOption() {}

  StudentOption(String key) {
    this.key = key;
  }

  /**
   * The rubric of the student named by {@code --student}, or {@code rubric} itself when no key is
   * given or the rubric has no variants.
   *
   * @param required whether a rubric with variants needs a key here
   */
  Rubric apply(Rubric rubric, boolean required) {
    if (key == null) {
      if (required && rubric.variants().isPresent()) {
        throw new UsageException(
            "rubric "
                + rubric.id()
                + " gives each student their own numbers; pass"
                + " --student with your email (or your student id if you have no email on file)");
      }
      return rubric;
    }
    try {
      return StudentRubrics.forStudent(rubric, key);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--student: " + e.getMessage());
    }
  }
}
