package dev.byhand.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code byhand} command line. The only class that touches {@code System.*}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(
        run(
            System.out,
            System.err,
            colour(System.console() != null, System.getenv("NO_COLOR")),
            args));
  }

  /** Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
  static boolean colour(boolean terminal, String noColor) {
    return terminal && (noColor == null || noColor.isEmpty());
  }

  /**
   * Runs one command with the given streams and returns its exit code; never calls {@code exit}.
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(out, err, false, args);
  }

  /** As {@link #run(PrintStream, PrintStream, String...)}, colouring output when {@code colour}. */
  static int run(PrintStream out, PrintStream err, boolean colour, String... args) {
    PrintWriter outWriter =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    // A progress bar only where a person watches: the real standard error, attached to a terminal.
    boolean terminal = err == System.err && System.console() != null;
    CommandLine commandLine =
        new ByhandCommand(terminal, colour)
            .commandLine(args)
            .setOut(outWriter)
            .setErr(errWriter)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(new FailureHandler())
            .setParameterExceptionHandler(new UsageErrorHandler());
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }
}
