package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;

/**
 * One mistaken way of running the network. By default a step is computed correctly; a variant
 * overrides the stage it gets wrong.
 */
interface Variant {
  /** The result of one mistaken step: the state carried on, and what the student would write. */
  record StepValues(Vector carried, Vector preActivation, Vector hidden) {}

  /** The correct pre-activation {@code carried·W + E[token]·U}. */
  static Vector preActivation(ElmanRnn model, Vector carried, int tokenId) {
    return carried
        .times(model.recurrent())
        .plus(model.embedding().row(tokenId).times(model.input()));
  }

  default StepValues step(ElmanRnn model, Vector carried, int tokenId) {
    Vector pre = preActivation(model, carried, tokenId);
    Vector hidden = model.activation().apply(pre);
    return new StepValues(hidden, pre, hidden);
  }

  default Vector logits(ElmanRnn model, Vector hidden) {
    return hidden.times(model.output());
  }

  /**
   * Whether the logits stage differs from the correct one (then it is also tried on the student's
   * h).
   */
  default boolean changesLogits() {
    return false;
  }
}
