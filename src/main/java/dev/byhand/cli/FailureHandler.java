package dev.byhand.cli;

import dev.byhand.rubric.RubricException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps what a command threw to a one-line message and an exit code. */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    String name = commandLine.getCommandName();
    if (e instanceof UsageException || e instanceof RubricException) {
      commandLine.getErr().println(name + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      commandLine.getErr().println(name + ": cannot finish: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    // Anything else is a bug in byhand: say so plainly, with the trace for the report.
    commandLine.getErr().println(name + ": internal error, please report it: " + e);
    e.printStackTrace(commandLine.getErr());
    return ExitCodes.FAILURE;
  }
}
