package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.Grader;
import dev.byhand.grading.RubricKeys;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.StudentSource;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionFinder;
import dev.byhand.submission.SubmissionReader;
import java.util.List;

/**
 * What one rubric's self-tests run with, built once when its container starts: the rubric, its
 * grader and a reader that knows its keys, exactly as {@code byhand grade} builds them. Immutable
 * and thread-safe.
 */
final class Scope {
  private final Rubric rubric;
  private final Grader grader;
  private final SubmissionReader reader;

  Scope(Rubric rubric) {
    this.rubric = requireNonNull(rubric, "rubric");
    this.grader = new Grader(rubric);
    this.reader = new SubmissionReader(RubricKeys.of(rubric));
  }

  Rubric rubric() {
    return rubric;
  }

  /**
   * Grades one submission as {@code byhand grade} would (with variants, against its own numbers).
   */
  StudentResult grade(Submission submission) {
    return grader.grade(List.of(submission)).get(0);
  }

  /** A sample student's file, read as {@code byhand grade} reads it. */
  Submission read(StudentSource student) {
    return new SubmissionFinder().read(student, reader);
  }

  /** {@code text}, written as the CSV file of the student whose key is {@code key}. */
  Submission written(String key, String text) {
    return AnswersFile.read(reader, key, text);
  }
}
