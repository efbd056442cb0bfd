package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;

/** The token with the smallest logit was picked. */
final class Argmin implements Misconception {
  @Override
  public String id() {
    return "argmin";
  }

  @Override
  public String explanation() {
    return "That is the token with the smallest logit; the model predicts the one with the largest.";
  }

  @Override
  public StepOutcomes prepare(Rubric rubric, int step) {
    Outcome reference =
        Outcome.ofPrediction(
            ElmanRnn.argmax(
                rubric.elman().orElseThrow().trace().step(step).logits().map(v -> v.negate())));
    return situation -> {
      List<Outcome> outcomes = new ArrayList<>();
      outcomes.add(reference);
      situation
          .studentLogits()
          .filter(logits -> !logits.equals(situation.reference().logits()))
          .map(logits -> logits.map(v -> v.negate()))
          .map(ElmanRnn::argmax)
          .ifPresent(tokens -> outcomes.add(Outcome.ofPrediction(tokens)));
      return outcomes;
    };
  }
}
