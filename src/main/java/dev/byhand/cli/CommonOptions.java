package dev.byhand.cli;

import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rubric} option shared by the commands. */
final class CommonOptions {
  static final String DEFAULT_RUBRIC = "rubrics/rnn-by-hand.json";

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      defaultValue = DEFAULT_RUBRIC,
      description = "The assignment's rubric (default: ${DEFAULT-VALUE}).")
  Path rubric;

  Rubric loadRubric() {
    return new RubricLoader().load(rubric);
  }
}
