package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The values one way of making a mistake produces at a step; each is empty when that way says
 * nothing about it. The prediction is the argmax of the logits unless the mistake names tokens
 * itself.
 */
public record Outcome(
    Optional<Vector> preActivation,
    Optional<Vector> hidden,
    Optional<Vector> logits,
    Optional<SortedSet<Integer>> predicted) {

  static Outcome ofStep(Vector preActivation, Vector hidden, Vector logits) {
    return new Outcome(
        Optional.of(preActivation),
        Optional.of(hidden),
        Optional.of(logits),
        Optional.of(ElmanRnn.argmax(logits)));
  }

  static Outcome ofLogits(Vector logits) {
    return new Outcome(
        Optional.empty(),
        Optional.empty(),
        Optional.of(logits),
        Optional.of(ElmanRnn.argmax(logits)));
  }

  static Outcome ofPrediction(SortedSet<Integer> tokens) {
    return new Outcome(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(tokens));
  }
}
