package dev.byhand.grading.misconception;

import dev.byhand.rubric.Rubric;
import java.util.List;

/**
 * A classic mistake, recognised by the numbers it produces. Each implementation is one small class;
 * adding a mistake to the {@link Catalogue} is one file and one test. Implementations are stateless
 * and thread-safe.
 */
public interface Misconception {
  /** The id used in results.json, e.g. {@code no-relu}. */
  String id();

  /** One sentence a student can learn from. */
  String explanation();

  /**
   * What a student making this mistake would write at {@code situation}'s step: one outcome per way
   * the mistake can be made (from the start of the sentence, or from a previous state). Empty when
   * the mistake does not apply.
   */
  default List<Outcome> outcomes(Situation situation) {
    return prepare(situation.rubric(), situation.step()).outcomes(situation);
  }

  /**
   * The outcomes at {@code step} of {@code rubric} as a function of the student's values, with what
   * follows from the reference alone computed now: a grader asks for the same step for every
   * student.
   */
  StepOutcomes prepare(Rubric rubric, int step);
}
