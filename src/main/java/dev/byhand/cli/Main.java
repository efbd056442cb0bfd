package dev.byhand.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code byhand} command line. The only class that touches {@code System.*}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs one command with the given streams and returns its exit code; never calls {@code exit}. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    // A progress bar only where a person watches: the real standard error, attached to a terminal.
    boolean terminal = err == System.err && System.console() != null;
    CommandLine commandLine = new CommandLine(new ByhandCommand(terminal))
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
