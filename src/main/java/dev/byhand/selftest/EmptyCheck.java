package dev.byhand.selftest;

import dev.byhand.check.AnswerTemplate;
import dev.byhand.grading.Status;
import dev.byhand.grading.StudentResult;
import dev.byhand.network.Evaluation;
import dev.byhand.submission.Format;
import java.util.List;

/**
 * An empty answers file, the blank template {@code byhand template} hands out (every key, no
 * value), scores 0 with every computed item {@code missing}. (A file of no bytes at all is refused
 * as unreadable, every item {@code unparseable}: the hostile corpus pins that.)
 */
record EmptyCheck() implements Check {
  @Override
  public CheckResult run(Scope scope, Student student) {
    String blank =
        new AnswerTemplate(student.rubric()).render(Format.CSV, "byhand check answers.csv");
    StudentResult result = scope.grade(scope.written(student.key(), blank));
    List<String> wrong =
        result.items().stream()
            .filter(item -> !item.item().manual() && item.status() != Status.MISSING)
            .map(item -> item.key() + " " + ExpectedItem.of(item) + ": " + item.feedback())
            .toList();
    if (wrong.isEmpty() && result.score().signum() == 0) {
      return CheckResult.passed();
    }
    return CheckResult.failed(
        "the blank template scores "
            + Evaluation.decimal(result.score())
            + (wrong.isEmpty() ? "" : "; not missing:\n" + String.join("\n", wrong)));
  }
}
