package dev.byhand.selftest;

import dev.byhand.exact.Rational;
import dev.byhand.grading.Status;
import dev.byhand.grading.StudentResult;
import dev.byhand.network.Evaluation;
import dev.byhand.rubric.Rubric;
import java.util.List;

/** The reference answers, written as a student would, score full marks on every computed item. */
record ReferenceCheck() implements Check {
  @Override
  public CheckResult run(Scope scope, Student student) {
    Rubric own = student.rubric();
    String text = AnswersFile.csv(own, own.network().reference()::find);
    StudentResult result = scope.grade(scope.written(student.key(), text));
    List<String> wrong =
        result.items().stream()
            .filter(item -> !item.item().manual() && item.status() != Status.CORRECT)
            .map(item -> item.key() + " " + ExpectedItem.of(item) + ": " + item.feedback())
            .toList();
    // Manual items wait for a TA: every computed item's points.
    Rational full = result.maxScore().subtract(result.pendingPoints());
    if (wrong.isEmpty() && result.score().equals(full)) {
      return CheckResult.passed();
    }
    return CheckResult.failed(
        "the reference answers score "
            + Evaluation.decimal(result.score())
            + " of "
            + Evaluation.decimal(full)
            + (wrong.isEmpty() ? "" : "; not correct:\n" + String.join("\n", wrong)));
  }
}
