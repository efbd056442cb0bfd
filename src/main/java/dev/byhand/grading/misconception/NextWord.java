package dev.byhand.grading.misconception;

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
  public List<Outcome> outcomes(Situation situation) {
    List<Integer> sentence = situation.rubric().sentence();
    if (situation.step() >= sentence.size()) {
      return List.of();
    }
    return List.of(Outcome.ofPrediction(new TreeSet<>(List.of(sentence.get(situation.step())))));
  }
}
