package dev.byhand.grading.misconception;

import java.util.List;

/**
 * What one mistake gives at one step of one rubric, for any student: {@link Misconception#outcomes}
 * with the work that depends on the reference alone already done. Immutable and thread-safe; made
 * by {@link Misconception#prepare} and kept for a whole class.
 */
@FunctionalInterface
public interface StepOutcomes {
  /**
   * The outcomes at {@code situation}, which must be at the rubric and step this was prepared for.
   */
  List<Outcome> outcomes(Situation situation);
}
