package dev.byhand.cli;

import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The {@code --rubric} option shared by the commands. */
final class CommonOptions {
  static final String DEFAULT_RUBRIC = "rubrics/rnn-by-hand.json";

  private static final String DESCRIPTION = "The assignment's rubric (default: ${DEFAULT-VALUE}).";

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      defaultValue = DEFAULT_RUBRIC,
      description = DESCRIPTION)
  Path rubric;

  /** The same option for a command built with picocli's programmatic API. */
  static OptionSpec option() {
    return OptionSpec.builder("--rubric")
        .paramLabel("FILE")
        .type(Path.class)
        .defaultValue(DEFAULT_RUBRIC)
        .description(DESCRIPTION)
        .build();
  }

  Rubric loadRubric() {
    return load(rubric);
  }

  static Rubric load(Path rubric) {
    return new RubricLoader().load(rubric);
  }
}
