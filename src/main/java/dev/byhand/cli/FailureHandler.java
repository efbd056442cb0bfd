package dev.byhand.cli;

import dev.byhand.rubric.RubricException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps what a command threw to a one-line message and an exit code. */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    String name = commandLine.getCommandName();
    if (e instanceof UsageException || e instanceof RubricException) {
      commandLine.getErr().println(name + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof IOException io) {
      commandLine.getErr().println(name + ": cannot finish: " + describe(io));
      return ExitCodes.FAILURE;
    }
    if (e instanceof UncheckedIOException io) {
      commandLine.getErr().println(name + ": cannot finish: " + describe(io.getCause()));
      return ExitCodes.FAILURE;
    }
    // Anything else is a bug in byhand: say so plainly, with the trace for the report.
    commandLine.getErr().println(name + ": internal error, please report it: " + e);
    e.printStackTrace(commandLine.getErr());
    return ExitCodes.FAILURE;
  }

  /**
   * What went wrong with a file, in words: the JDK's message for a denied permission or a missing
   * file is the bare path, which left a TA guessing why.
   */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof NotDirectoryException notFolder) {
      return "not a folder: " + notFolder.getFile();
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return "already exists: " + exists.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
