package dev.byhand.cli;

import dev.byhand.prairielearn.ExternalGrader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byhand prairielearn run}: grades one PrairieLearn submission in the grading container. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Grades the answers in <root>/data/data.json (or the files in <root>/student/) with the rubric"
          + " in <root>/tests/rubric.json and writes <root>/results/results.json in PrairieLearn's"
          + " format.",
      "Always writes results.json and exits 0: a submission that cannot be graded, or a broken"
          + " rubric, is 'gradable: false' with the reason, so the student keeps the attempt."
    })
final class PrairieLearnRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      defaultValue = "/grade",
      description = "Where PrairieLearn mounts the grading job (default: ${DEFAULT-VALUE}).")
  Path root;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description =
          "The rubric (default: <root>/tests/rubric.json, else the one rubric.json under"
              + " <root>/serverFilesCourse).")
  Path rubric;

  @Override
  public Integer call() throws IOException {
    ExternalGrader grader = new ExternalGrader(root, Optional.ofNullable(rubric));
    ExternalGrader.Outcome outcome = grader.run();
    // The job's log, for the instructor; PrairieLearn reads only results.json.
    spec.commandLine()
        .getOut()
        .println("byhand: " + outcome.summary() + "; wrote " + grader.results());
    return ExitCodes.OK;
  }
}
