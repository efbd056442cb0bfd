package dev.byhand.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byhand grade}: grades a folder of submissions into a folder of reports. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Grades every student in the submissions folder and writes <student>.html and results.json"
          + " into the reports folder.",
      "A student is a file (alice.csv, bob.json) or a folder (carol/answers.csv).",
      "Exits 0 when the batch was graded, even if some students' files could not be read."
    },
    footer = {"", "Example:", "  java -jar target/byhand.jar grade --submissions submissions --reports reports"})
final class GradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--submissions", paramLabel = "DIR", defaultValue = "submissions",
      description = "The folder of student submissions (default: ${DEFAULT-VALUE}).")
  Path submissions;

  @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
      description = "Where reports are written (default: ${DEFAULT-VALUE}); created if missing.")
  Path reports;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(submissions)) {
      throw new UsageException("submissions folder " + submissions + " does not exist or is not a folder;"
          + " pass --submissions DIR");
    }
    if (Files.exists(reports) && !Files.isDirectory(reports)) {
      throw new UsageException("--reports " + reports + " is a file, not a folder");
    }
    GradeSummary summary = new GradeTask(common.loadRubric(), common.rubric.toString(), submissions, reports).run();
    summary.print(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
