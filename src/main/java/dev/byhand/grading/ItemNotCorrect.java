package dev.byhand.grading;

/**
 * How a check reports a verdict other than correct. A wrong answer is an ordinary outcome, so this
 * carries no stack trace (building one would dominate the cost of a failing check).
 */
final class ItemNotCorrect extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final transient ItemResult result;

  ItemNotCorrect(ItemResult result) {
    super(result.key() + ": " + result.status().id() + ": " + result.feedback());
    this.result = result;
  }

  ItemResult result() {
    return result;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
