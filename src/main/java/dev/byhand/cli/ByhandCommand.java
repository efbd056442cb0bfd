package dev.byhand.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level command; without a subcommand it explains the choices (a usage error). Built with
 * picocli's programmatic API, as {@code check} is: reading annotations is a good part of a cold
 * start.
 */
final class ByhandCommand implements java.util.concurrent.Callable<Integer> {
  /** The subcommands, in the order help lists them; their picocli models are built when needed. */
  static final List<String> SUBCOMMANDS =
      List.of(
          "grade",
          "check",
          "template",
          "reference",
          "handout",
          "test",
          "gradescope",
          "prairielearn");

  private final CommandSpec spec;

  /**
   * Whether output may be coloured: decided once, in {@link Main}, from the terminal and NO_COLOR.
   */
  final boolean colour;

  private final boolean terminal;

  ByhandCommand(boolean terminal, boolean colour) {
    this.terminal = terminal;
    this.colour = colour;
    this.spec = StandardOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("byhand"));
    spec.usageMessage()
        .description(
            "Grades \"neural network by hand\" homework exactly, and explains every mark.");
  }

  /** Whether standard error is a terminal a person watches (progress bars are drawn only then). */
  boolean terminal() {
    return terminal;
  }

  /**
   * {@code byhand} with its subcommands: only the one the arguments name, when they name one, since
   * picocli reads every annotated subcommand's annotations and a run uses one; every subcommand
   * otherwise, for help, suggestions and usage errors.
   */
  CommandLine commandLine(String... args) {
    CommandLine commandLine = new CommandLine(spec);
    boolean named = args.length > 0 && SUBCOMMANDS.contains(args[0]);
    for (String name : SUBCOMMANDS) {
      if (!named || name.equals(args[0])) {
        commandLine.addSubcommand(name, subcommand(name));
      }
    }
    return commandLine;
  }

  /** A new subcommand: its programmatic model, or the object whose annotations picocli reads. */
  private Object subcommand(String name) {
    return switch (name) {
      case "grade" -> new GradeCommand();
      case "check" -> new CheckCommand(colour).spec();
      case "template" -> new TemplateCommand();
      case "reference" -> new ReferenceCommand();
      case "handout" -> new HandoutCommand();
      case "test" -> new TestCommand();
      case "gradescope" -> new GradescopeCommand();
      case "prairielearn" -> new PrairieLearnCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("byhand: choose a command, e.g. 'byhand grade'");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
