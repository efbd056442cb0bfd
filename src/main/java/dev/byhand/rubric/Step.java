package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.SortedIds;
import dev.byhand.exact.Vector;
import java.util.SortedSet;

/**
 * One time step of a trace. {@code position} counts from 1, so step 1 reads the first token and
 * produces h1. {@code predicted} holds every token id tied for the largest logit, in increasing
 * order.
 */
public record Step(
    int position,
    int tokenId,
    Vector input,
    Vector preActivation,
    Vector hidden,
    Vector logits,
    SortedSet<Integer> predicted) {
  public Step {
    requireNonNull(input, "input");
    requireNonNull(preActivation, "preActivation");
    requireNonNull(hidden, "hidden");
    requireNonNull(logits, "logits");
    predicted = SortedIds.copyOf(requireNonNull(predicted, "predicted"));
    if (predicted.isEmpty()) {
      throw new IllegalArgumentException("a step predicts at least one token");
    }
  }

  public boolean isTie() {
    return predicted.size() > 1;
  }
}
