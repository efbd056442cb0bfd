package dev.byhand.grading.misconception;

import dev.byhand.rubric.Rubric;
import java.util.Optional;

/**
 * The handout's one mistake that is about the sentence, not the equations: the sentence's actual
 * next word given instead of the model's prediction. Stateless.
 */
public final class NextWord {
  /** The id used in results.json. */
  public static final String ID = "next-word";

  /** One sentence a student can learn from. */
  public static final String EXPLANATION =
      "That is the next word of the sentence, not the model's prediction: the model predicts the"
          + " token whose logit is largest, right or wrong.";

  private NextWord() {}

  /** The word after the one read at {@code step} (from 1); empty at the sentence's last word. */
  public static Optional<Integer> at(Rubric rubric, int step) {
    return step >= rubric.sentence().size()
        ? Optional.empty()
        : Optional.of(rubric.sentence().get(step));
  }
}
