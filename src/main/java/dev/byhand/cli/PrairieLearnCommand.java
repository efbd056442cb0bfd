package dev.byhand.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code byhand prairielearn}: byhand as a PrairieLearn external grader, and its question. */
@Command(
    name = "prairielearn",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Runs byhand as a PrairieLearn external grader, and writes a PrairieLearn question for a"
            + " rubric.",
    subcommands = {PrairieLearnRunCommand.class, PrairieLearnPackageCommand.class},
    footer = {
      "",
      "Examples:",
      "  target/byhand/bin/byhand prairielearn package --rubric rubrics/rnn-by-hand.json -o rnn-by-hand",
      "  target/byhand/bin/byhand prairielearn run --root /grade"
    })
final class PrairieLearnCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("prairielearn: choose 'prairielearn package' or 'prairielearn run'");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
