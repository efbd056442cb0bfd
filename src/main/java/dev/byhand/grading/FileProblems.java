package dev.byhand.grading;

import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Answer;
import dev.byhand.submission.Problem;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentences about a file as a whole: why it could not be read, rows the reader skipped, and
 * answers whose key the rubric does not ask for (with the nearest key it does ask for).
 */
final class FileProblems {
  private final KeyAdvice advice;

  FileProblems(Rubric rubric) {
    this.advice = new KeyAdvice(rubric);
  }

  List<String> of(Submission submission) {
    List<String> problems = new ArrayList<>();
    Set<String> answered = new HashSet<>();
    submission.answers().forEach(a -> answered.add(a.key().toString()));
    submission.unreadable().ifPresent(why -> problems.add(named(submission, why)));
    submission.problems().stream().map(Problem::toString).forEach(problems::add);
    for (Answer answer : submission.answers()) {
      advice
          .about(answer, answered)
          .ifPresent(why -> problems.add(answer.location() + ": " + why + "; it was not graded."));
    }
    return problems;
  }

  /**
   * {@code mateo.csv: this is a PNG image…}; a sentence that already names its folder stays as it
   * is.
   */
  private static String named(Submission submission, String why) {
    String name = String.valueOf(submission.source().getFileName());
    return why.contains(name + "/") ? why : name + ": " + why;
  }
}
