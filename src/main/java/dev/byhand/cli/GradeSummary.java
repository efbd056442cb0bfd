package dev.byhand.cli;

import dev.byhand.exact.Rational;
import dev.byhand.grading.StudentResult;
import dev.byhand.report.ClassOutputs;
import dev.byhand.report.ClassStatistics;
import dev.byhand.report.ReportSet;
import dev.byhand.report.StudentSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a grading run tells the TA when it ends. */
final class GradeSummary {
  private final Path reports;
  private final Rational maxScore;

  /**
   * Problem lines printed; the rest are counted, so a MOOC's broken files cannot fill the heap or
   * the terminal.
   */
  static final int PROBLEMS_SHOWN = 50;

  private final List<String> problems = new ArrayList<>();
  private int problemCount;
  private int awaitingTa;
  private long elapsedNanos;
  private List<StudentSummary> students = List.of();
  private int manualScores;
  private List<String> lmsLines = List.of();
  private int overrides;

  GradeSummary(Path reports, Rational maxScore) {
    this.reports = reports;
    this.maxScore = maxScore;
  }

  void add(StudentResult result) {
    if (result.pendingPoints().signum() > 0) {
      awaitingTa++;
    }
    for (var item : result.items()) {
      if (item.override().isPresent()) {
        overrides++;
      }
    }
    if (!result.fileProblems().isEmpty() && problemCount++ < PROBLEMS_SHOWN) {
      problems.add(
          result.studentId()
              + ": "
              + result.fileProblems().get(0)
              + (result.fileProblems().size() > 1
                  ? " (+" + (result.fileProblems().size() - 1) + " more)"
                  : ""));
    }
  }

  GradeSummary finish(
      long elapsedNanos, List<StudentSummary> students, int manualScores, List<String> lmsLines) {
    this.elapsedNanos = elapsedNanos;
    this.lmsLines = List.copyOf(lmsLines);
    this.students = List.copyOf(students);
    // The scores file holds both: manual scores, and overrides of byhand's marks.
    this.manualScores = manualScores - overrides;
    return this;
  }

  /** The graded students' summaries, e.g. to compare with an earlier run. */
  List<StudentSummary> students() {
    return students;
  }

  void print(PrintWriter out) {
    List<Rational> scores = students.stream().map(StudentSummary::score).toList();
    int count = scores.size();
    out.printf(
        "Graded %d student%s in %.1f s; reports in %s%n",
        count, count == 1 ? "" : "s", elapsedNanos / 1e9, reports);
    if (count > 0) {
      out.println(
          "Mean score: "
              + decimal(ClassStatistics.mean(scores))
              + " / "
              + decimal(maxScore)
              + ", median "
              + decimal(ClassStatistics.median(scores)));
    }
    if (manualScores > 0 || awaitingTa > 0) {
      out.println(
          "TA scores applied: "
              + manualScores
              + "; "
              + awaitingTa
              + " student"
              + (awaitingTa == 1 ? "" : "s")
              + " still awaiting a TA");
    }
    if (overrides > 0) {
      out.println(
          "TA overrides of byhand's marks: "
              + overrides
              + " (listed in the student reports and results.json)");
    }
    out.println(
        "Class overview: "
            + reports.resolve(ClassOutputs.INDEX_FILE)
            + "; gradebook: "
            + reports.resolve(ClassOutputs.GRADES_FILE));
    lmsLines.forEach(out::println);
    if (problemCount > 0) {
      out.println(problemCount + " file" + (problemCount == 1 ? " has" : "s have") + " problems:");
      problems.forEach(problem -> out.println("  " + problem));
    }
    if (problemCount > problems.size()) {
      out.println(
          "  … and "
              + (problemCount - problems.size())
              + " more; every student's problems are in "
              + reports.resolve(ReportSet.RESULTS_FILE));
    }
  }

  private static String decimal(Rational value) {
    return value.toDecimal(2).toPlainString();
  }
}
