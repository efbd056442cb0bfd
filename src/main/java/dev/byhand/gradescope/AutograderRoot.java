package dev.byhand.gradescope;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The folder Gradescope lays out for one run ({@code /autograder} in its container): {@code
 * source/} holds the unpacked autograder zip, {@code submission/} the student's upload, {@code
 * submission_metadata.json} who submitted, and {@code results/results.json} is the answer.
 */
public record AutograderRoot(Path path) {
  /** Where Gradescope puts everything. */
  public static final Path DEFAULT = Path.of("/autograder");

  /** The environment variable that names another root (tests, instructors trying it locally). */
  public static final String ENVIRONMENT_VARIABLE = "AUTOGRADER_ROOT";

  /** The rubric's name inside the autograder zip, and so inside {@code source/}. */
  public static final String RUBRIC_FILE = "rubric.json";

  public AutograderRoot {
    requireNonNull(path, "path");
  }

  public Path source() {
    return path.resolve("source");
  }

  public Path submission() {
    return path.resolve("submission");
  }

  public Path metadata() {
    return path.resolve("submission_metadata.json");
  }

  public Path results() {
    return path.resolve("results").resolve("results.json");
  }

  /** The rubric packaged by {@code gradescope package}. */
  public Path rubric() {
    return source().resolve(RUBRIC_FILE);
  }
}
