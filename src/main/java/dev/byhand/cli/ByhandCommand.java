package dev.byhand.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; without a subcommand it explains the choices (a usage error). */
@Command(
    name = "byhand",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Grades \"neural network by hand\" homework exactly, and explains every mark.",
    subcommands = {
      GradeCommand.class, CheckCommand.class, TemplateCommand.class, ReferenceCommand.class,
      GradescopeCommand.class
    })
final class ByhandCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  /** Whether output may be coloured: decided once, in {@link Main}, from the terminal and NO_COLOR. */
  final boolean colour;
  private final boolean terminal;

  ByhandCommand(boolean terminal, boolean colour) {
    this.terminal = terminal;
    this.colour = colour;
  }

  /** Whether standard error is a terminal a person watches (progress bars are drawn only then). */
  boolean terminal() {
    return terminal;
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("byhand: choose a command, e.g. 'byhand grade'");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
