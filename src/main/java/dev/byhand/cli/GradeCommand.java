package dev.byhand.cli;

import dev.byhand.grading.ManualScoresException;
import dev.byhand.lms.Lms;
import dev.byhand.lms.LmsException;
import dev.byhand.lms.LmsExport;
import dev.byhand.report.ResultsComparison;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byhand grade}: grades a folder of submissions into a folder of reports. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Grades every student in the submissions folder and writes <student>.html, results.json,"
          + " index.html (class overview), grades.csv (gradebook) and identical-answers.html (TAs only)"
          + " into the reports folder.",
      "A student is a file (alice.csv, bob.json) or a folder (carol/answers.csv).",
      "Exits 0 when the batch was graded, even if some students' files could not be read."
    },
    footer = {
      "",
      "Examples:",
      "  target/byhand/bin/byhand grade --submissions submissions --reports reports",
      "  target/byhand/bin/byhand grade --manual scores.csv --compare old/results.json --excel",
      "  target/byhand/bin/byhand grade --lms canvas --roster canvas-export.csv --assignment 'RNN by hand'"
    })
final class GradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand ByhandCommand parent;

  @Mixin CommonOptions common;

  @Option(
      names = "--submissions",
      paramLabel = "DIR",
      defaultValue = "submissions",
      description = "The folder of student submissions (default: ${DEFAULT-VALUE}).")
  Path submissions;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      defaultValue = "reports",
      description = "Where reports are written (default: ${DEFAULT-VALUE}); created if missing.")
  Path reports;

  @Option(
      names = "--manual",
      paramLabel = "FILE",
      description =
          "A TA's scores for manual questions, and overrides of byhand's marks on other items:"
              + " CSV with columns student,question,points,comment.")
  Path manual;

  @Option(
      names = "--compare",
      paramLabel = "RESULTS_JSON",
      description =
          "An earlier run's results.json: prints whose scores changed, by how much, on which items.")
  Path compare;

  @Option(
      names = "--excel",
      description = "Start grades.csv with a UTF-8 BOM, so Excel shows accents right.")
  boolean excel;

  @Option(
      names = "--lms",
      paramLabel = "LMS",
      description =
          "Also write an import file for the course's LMS beside grades.csv: canvas, moodle,"
              + " blackboard or brightspace (needs --roster).")
  String lms;

  @Option(
      names = "--roster",
      paramLabel = "EXPORT",
      description =
          "The gradebook exported from the LMS (CSV, or Blackboard's tab-delimited download):"
              + " its students, ids and columns fill the import file.")
  Path roster;

  @Option(
      names = "--assignment",
      paramLabel = "NAME",
      description = "The assignment's name in the LMS (default: the rubric's title).")
  String assignment;

  @Option(
      names = "--lms-pending",
      paramLabel = "WHAT",
      description =
          "A student with points awaiting a TA: 'graded' writes the points graded so far"
              + " (default), 'empty' leaves the cell empty.")
  String lmsPending;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(submissions)) {
      throw new UsageException(
          "submissions folder "
              + submissions
              + " does not exist or is not a folder;"
              + " pass --submissions DIR");
    }
    if (Files.exists(reports) && !Files.isDirectory(reports)) {
      throw new UsageException("--reports " + reports + " is a file, not a folder");
    }
    Rubric rubric = common.loadRubric();
    Optional<LmsExport> lmsExport = lmsExport(rubric);
    // Read before grading: the earlier results.json is usually the one this run replaces.
    Optional<ResultsComparison> earlier =
        compare == null ? Optional.empty() : Optional.of(readEarlier());
    ProgressBar progress =
        parent != null && parent.terminal()
            ? new ProgressBar(spec.commandLine().getErr(), true, System::nanoTime)
            : ProgressBar.disabled();
    GradeTask.ClassOptions options =
        new GradeTask.ClassOptions(Optional.ofNullable(manual), excel, progress, lmsExport);
    GradeSummary summary;
    try {
      summary =
          new GradeTask(rubric, common.rubric.toString(), submissions, reports, options).run();
    } catch (ManualScoresException e) {
      throw new UsageException("--manual " + e.getMessage());
    }
    summary.print(spec.commandLine().getOut());
    earlier.ifPresent(
        e -> e.changes(summary.students()).forEach(spec.commandLine().getOut()::println));
    return ExitCodes.OK;
  }

  /** The LMS's gradebook export, read and checked before anything is graded. */
  private Optional<LmsExport> lmsExport(Rubric rubric) throws IOException {
    if (lms == null) {
      refuseLmsOptionsWithoutLms();
      return Optional.empty();
    }
    Lms which =
        Lms.fromId(lms)
            .orElseThrow(
                () ->
                    new UsageException(
                        "--lms "
                            + lms
                            + " is not an LMS byhand writes for; use canvas, moodle, blackboard"
                            + " or brightspace"));
    if (roster == null) {
      throw new UsageException(
          "--lms "
              + which.id()
              + " needs --roster EXPORT.csv, the gradebook exported from "
              + which.title()
              + ", so that the import file has its students and ids");
    }
    String name = assignment == null ? rubric.title() : assignment;
    if (name.isBlank()) {
      throw new UsageException("--assignment is empty; pass the assignment's name in the LMS");
    }
    try {
      return Optional.of(LmsExport.prepare(which, roster, name, pendingEmpty()));
    } catch (LmsException e) {
      throw new UsageException("--roster " + e.getMessage());
    }
  }

  private void refuseLmsOptionsWithoutLms() {
    String stray =
        roster != null
            ? "--roster"
            : assignment != null ? "--assignment" : lmsPending != null ? "--lms-pending" : "";
    if (!stray.isEmpty()) {
      throw new UsageException(
          stray + " is for an LMS import file; add --lms canvas|moodle|blackboard|brightspace");
    }
  }

  /** {@code --lms-pending}: graded (the default) or empty. */
  private boolean pendingEmpty() {
    if (lmsPending == null || lmsPending.equals("graded")) {
      return false;
    }
    if (lmsPending.equals("empty")) {
      return true;
    }
    throw new UsageException("--lms-pending " + lmsPending + " is not 'graded' or 'empty'");
  }

  private ResultsComparison readEarlier() throws IOException {
    try {
      return ResultsComparison.read(compare);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--compare " + e.getMessage());
    }
  }
}
