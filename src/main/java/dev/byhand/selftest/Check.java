package dev.byhand.selftest;

/** One self-test of a rubric: what it grades and what it requires of the verdicts. */
sealed interface Check permits SampleCheck, ReferenceCheck, EmptyCheck, MistakeCheck {
  /**
   * Runs the check for {@code student} with {@code scope}'s grader; never throws for a check that
   * does not hold (that is {@link CheckResult#failed}).
   */
  CheckResult run(Scope scope, Student student);
}
