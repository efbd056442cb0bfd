package dev.byhand.check;

import dev.byhand.grading.KeyAdvice;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Answer;
import dev.byhand.submission.Problem;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The self-check's sentences about the rest of the file: skipped rows and keys nobody asked for.
 */
final class FileNotes {
  private final KeyAdvice advice;

  FileNotes(Rubric rubric) {
    this.advice = new KeyAdvice(rubric);
  }

  List<String> of(Submission submission) {
    List<String> notes = new ArrayList<>();
    for (Problem problem : submission.problems()) {
      notes.add(Checker.where(problem.location()) + ": " + problem.message());
    }
    Set<String> answered = new HashSet<>();
    submission.answers().forEach(a -> answered.add(a.key().toString()));
    for (Answer answer : submission.answers()) {
      advice
          .about(answer, answered)
          .ifPresent(
              why ->
                  notes.add(
                      Checker.where(answer.location()) + ": " + why + "; it will not be graded"));
    }
    return notes;
  }
}
