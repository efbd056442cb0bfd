package dev.byhand.cli;

import dev.byhand.grading.StudentResult;
import dev.byhand.rnn.Rational;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a grading run tells the TA when it ends. */
final class GradeSummary {
  private final Path reports;
  private final Rational maxScore;
  private final List<String> problems = new ArrayList<>();
  private Rational total = Rational.ZERO;
  private int students;
  private long elapsedNanos;

  GradeSummary(Path reports, Rational maxScore) {
    this.reports = reports;
    this.maxScore = maxScore;
  }

  void add(StudentResult result) {
    students++;
    total = total.add(result.score());
    if (!result.fileProblems().isEmpty()) {
      problems.add(result.studentId() + ": " + result.fileProblems().get(0)
          + (result.fileProblems().size() > 1 ? " (+" + (result.fileProblems().size() - 1) + " more)" : ""));
    }
  }

  GradeSummary finish(long elapsedNanos) {
    this.elapsedNanos = elapsedNanos;
    return this;
  }

  void print(PrintWriter out) {
    out.printf("Graded %d student%s in %.1f s; reports in %s%n", students, students == 1 ? "" : "s",
        elapsedNanos / 1e9, reports);
    if (students > 0) {
      Rational mean = total.divide(Rational.of(students));
      out.println("Mean score: " + mean.toDecimal(2).toPlainString() + " / " + maxScore.toDecimal(2).toPlainString());
    }
    if (!problems.isEmpty()) {
      out.println(problems.size() + " file" + (problems.size() == 1 ? " has" : "s have") + " problems:");
      problems.forEach(problem -> out.println("  " + problem));
    }
  }
}
