package dev.byhand.cli;

import dev.byhand.gradescope.AutograderRoot;
import dev.byhand.gradescope.ContainerRun;
import dev.byhand.gradescope.OutputFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byhand gradescope run}: grades the upload inside a Gradescope container. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Grades <root>/submission with the rubric in <root>/source and writes <root>/results/results.json"
          + " in Gradescope's format. <root> is /autograder unless AUTOGRADER_ROOT names another folder.",
      "Always writes results.json, even for an empty, binary or ambiguous upload; exits 1 only when"
          + " byhand itself failed (results.json then says the submission was not graded)."
    })
final class GradescopeRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "The autograder root (default: $AUTOGRADER_ROOT, else /autograder).")
  Path root;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description =
          "The rubric (default: <root>/source/rubric.json, where 'gradescope package' puts it).")
  Path rubric;

  @Option(
      names = "--format",
      paramLabel = "html|md",
      defaultValue = "html",
      description =
          "How feedback is written for Gradescope: html, escaped (default), or md (Markdown, every punctuation mark backslash-escaped).")
  String format;

  @Override
  public Integer call() throws IOException {
    OutputFormat outputFormat =
        OutputFormat.fromId(format)
            .orElseThrow(
                () ->
                    new UsageException("--format " + format + " is not a format; use md or html"));
    AutograderRoot autograderRoot = new AutograderRoot(root != null ? root : defaultRoot());
    Path rubricFile = rubric != null ? rubric : autograderRoot.rubric();
    ContainerRun.Outcome outcome =
        new ContainerRun(autograderRoot, rubricFile, outputFormat, VersionProvider.version()).run();
    // Gradescope shows standard output to instructors only: it is the log of the run.
    spec.commandLine()
        .getOut()
        .println("byhand: " + outcome.summary() + "; wrote " + autograderRoot.results());
    return outcome.graded() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private static Path defaultRoot() {
    String fromEnvironment = System.getenv(AutograderRoot.ENVIRONMENT_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank()
        ? AutograderRoot.DEFAULT
        : Path.of(fromEnvironment);
  }
}
