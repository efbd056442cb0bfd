package dev.byhand.grading;

import java.util.List;

/**
 * How a student's check reports that some items are not correct. Their verdicts are already
 * recorded; a wrong answer is an ordinary outcome, so this carries no stack trace (building one
 * would cost more than judging the items).
 */
final class NotFullMarks extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final transient List<ItemResult> notCorrect;

  NotFullMarks(List<ItemResult> notCorrect) {
    this.notCorrect = notCorrect;
  }

  /** Built only when someone reads it: most failures are never printed. */
  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder();
    for (ItemResult item : notCorrect) {
      message
          .append(message.length() == 0 ? "" : "; ")
          .append(item.key())
          .append(": ")
          .append(item.status().id());
    }
    return message.toString();
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
