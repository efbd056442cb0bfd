package dev.byhand.grading.misconception;

import dev.byhand.rubric.Rubric;
import java.util.List;
import java.util.TreeSet;

/** The sentence's actual next word was given instead of the model's prediction. */
final class NextWord implements Misconception {
  @Override
  public String id() {
    return "next-word";
  }

  @Override
  public String explanation() {
    return "That is the next word of the sentence, not the model's prediction: the model predicts the"
        + " token whose logit is largest, right or wrong.";
  }

  @Override
  public StepOutcomes prepare(Rubric rubric, int step) {
    List<Integer> sentence = rubric.sentence();
    List<Outcome> outcomes =
        step >= sentence.size()
            ? List.of()
            : List.of(Outcome.ofPrediction(new TreeSet<>(List.of(sentence.get(step)))));
    return situation -> outcomes;
  }
}
