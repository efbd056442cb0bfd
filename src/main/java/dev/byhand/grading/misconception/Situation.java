package dev.byhand.grading.misconception;

import static java.util.Objects.requireNonNull;

import dev.byhand.rnn.Step;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.Rubric;
import java.util.Optional;

/**
 * Where a wrong answer was given: the rubric, the step (from 1), and the student's own values that
 * a mistake may have started from, each present only when the student wrote it readably.
 *
 * @param studentPrevious the student's hidden state of the step before
 * @param studentHidden the student's hidden state at this step
 * @param studentLogits the student's logits at this step
 */
public record Situation(
    Rubric rubric,
    int step,
    Optional<Vector> studentPrevious,
    Optional<Vector> studentHidden,
    Optional<Vector> studentLogits) {
  public Situation {
    requireNonNull(rubric, "rubric");
    requireNonNull(studentPrevious, "studentPrevious");
    requireNonNull(studentHidden, "studentHidden");
    requireNonNull(studentLogits, "studentLogits");
  }

  public Step reference() {
    return rubric.elman().orElseThrow().trace().step(step);
  }

  /** The reference hidden state before this step ({@code h0} at step 1). */
  public Vector referencePrevious() {
    return step == 1
        ? rubric.elman().orElseThrow().trace().initialHidden()
        : rubric.elman().orElseThrow().trace().step(step - 1).hidden();
  }

  public int tokenId() {
    return rubric.sentence().get(step - 1);
  }
}
