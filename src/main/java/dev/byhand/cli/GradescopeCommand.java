package dev.byhand.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code byhand gradescope}: the Gradescope autograder; without a subcommand it lists them. */
@Command(
    name = "gradescope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs byhand as a Gradescope autograder, and builds the autograder zip.",
    subcommands = {GradescopeRunCommand.class, GradescopePackageCommand.class},
    footer = {
      "",
      "Examples:",
      "  target/byhand/bin/byhand gradescope package --rubric rubrics/rnn-by-hand.json",
      "  AUTOGRADER_ROOT=/tmp/ag target/byhand/bin/byhand gradescope run"
    })
final class GradescopeCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("gradescope: choose 'gradescope package' or 'gradescope run'");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
