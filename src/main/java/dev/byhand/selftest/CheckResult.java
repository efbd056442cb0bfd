package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What one self-test found: it held, it did not (with a sentence naming what and where), or it
 * could not apply (with the reason). Immutable.
 */
final class CheckResult {
  enum Outcome {
    PASSED,
    FAILED,
    ABORTED
  }

  private static final CheckResult PASSED = new CheckResult(Outcome.PASSED, null);

  private final Outcome outcome;
  private final String message;

  private CheckResult(Outcome outcome, String message) {
    this.outcome = outcome;
    this.message = message;
  }

  static CheckResult passed() {
    return PASSED;
  }

  /** The check did not hold: {@code why} says what was expected and what grading gave. */
  static CheckResult failed(String why) {
    return new CheckResult(Outcome.FAILED, requireNonNull(why, "why"));
  }

  /**
   * The check does not apply here (JUnit: aborted), e.g. the rubric's numbers do not show a
   * mistake.
   */
  static CheckResult aborted(String reason) {
    return new CheckResult(Outcome.ABORTED, requireNonNull(reason, "reason"));
  }

  Outcome outcome() {
    return outcome;
  }

  /** Why it failed or was skipped; empty when it passed. */
  Optional<String> message() {
    return Optional.ofNullable(message);
  }
}
