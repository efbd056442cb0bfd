package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import dev.byhand.rubric.Variant;
import dev.byhand.submission.Submitter;
import java.util.List;
import java.util.Optional;

/**
 * One student's graded submission: every rubric item in rubric order, and the problems with the
 * file as a whole. Immutable.
 *
 * @param studentId the student's id (safe as a file name)
 * @param sourceFile the name of the graded file, or the folder when no single file was graded
 * @param items one result per rubric item, in rubric order
 * @param fileProblems sentences about the file as a whole, each with a fix
 * @param submitters who submitted it, when known
 * @param variant the student's own numbers, when the rubric gives each student theirs
 */
public record StudentResult(
    String studentId,
    String sourceFile,
    List<ItemResult> items,
    List<String> fileProblems,
    List<Submitter> submitters,
    Optional<Variant> variant) {
  public StudentResult {
    requireNonNull(variant, "variant");
    requireNonNull(studentId, "studentId");
    requireNonNull(sourceFile, "sourceFile");
    items = List.copyOf(items);
    fileProblems = List.copyOf(fileProblems);
    submitters = List.copyOf(submitters);
  }

  /** A result of a rubric without variants. */
  public StudentResult(
      String studentId,
      String sourceFile,
      List<ItemResult> items,
      List<String> fileProblems,
      List<Submitter> submitters) {
    this(studentId, sourceFile, items, fileProblems, submitters, Optional.empty());
  }

  /** The same result with another source file name. */
  public StudentResult withSourceFile(String file) {
    return new StudentResult(studentId, file, items, fileProblems, submitters, variant);
  }

  // Loops, not streams: reports, results.json and the class summaries each ask several times per
  // student.

  /** Points earned over every item. */
  public Rational score() {
    Rational score = Rational.ZERO;
    for (ItemResult item : items) {
      score = score.add(item.points());
    }
    return score;
  }

  /** Points possible, manual items included. */
  public Rational maxScore() {
    Rational max = Rational.ZERO;
    for (ItemResult item : items) {
      max = max.add(item.maxPoints());
    }
    return max;
  }

  /** Points of items a TA still has to grade. */
  public Rational pendingPoints() {
    Rational pending = Rational.ZERO;
    for (ItemResult item : items) {
      if (item.isAwaitingTa()) {
        pending = pending.add(item.maxPoints());
      }
    }
    return pending;
  }
}
