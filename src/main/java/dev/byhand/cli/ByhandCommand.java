package dev.byhand.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; without a subcommand it explains the choices (a usage error). */
@Command(
    name = "byhand",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Grades \"neural network by hand\" homework exactly, and explains every mark.")
final class ByhandCommand implements java.util.concurrent.Callable<Integer> {
  /**
   * The subcommands, in the order help lists them; their picocli models are built only when needed.
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  @Spec CommandSpec spec;

  /**
   * Whether output may be coloured: decided once, in {@link Main}, from the terminal and NO_COLOR.
   */
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

  /**
   * {@code byhand} with its subcommands: only the one the arguments name, when they name one, since
   * picocli reads every subcommand's annotations (a good part of a cold start) and a run uses one;
   * every subcommand otherwise, for help, suggestions and usage errors.
   */
  CommandLine commandLine(String... args) {
    CommandLine commandLine = new CommandLine(this);
    boolean named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]);
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (!named || name.equals(args[0])) {
            commandLine.addSubcommand(name, command.get());
          }
        });
    return commandLine;
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
    subcommands.put("grade", GradeCommand::new);
    subcommands.put("check", CheckCommand::new);
    subcommands.put("template", TemplateCommand::new);
    subcommands.put("reference", ReferenceCommand::new);
    subcommands.put("handout", HandoutCommand::new);
    subcommands.put("test", TestCommand::new);
    subcommands.put("gradescope", GradescopeCommand::new);
    subcommands.put("prairielearn", PrairieLearnCommand::new);
    return Collections.unmodifiableMap(subcommands);
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("byhand: choose a command, e.g. 'byhand grade'");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
