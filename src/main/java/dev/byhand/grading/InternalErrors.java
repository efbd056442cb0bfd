package dev.byhand.grading;

import dev.byhand.rubric.RubricItem;
import dev.byhand.submission.ExceptionNames;

/**
 * The verdict for an item that byhand itself failed to grade: it goes to a TA, at no cost to the
 * student.
 */
final class InternalErrors {
  private InternalErrors() {}

  static ItemResult result(RubricItem item, Throwable cause) {
    String reason =
        ExceptionNames.of(cause) + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return ItemResult.manual(
        item, "byhand could not grade this item (" + reason + "); a TA will grade it by hand.");
  }
}
