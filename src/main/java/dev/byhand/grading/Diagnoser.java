package dev.byhand.grading;

import dev.byhand.grading.misconception.Catalogue;
import dev.byhand.grading.misconception.Misconception;
import dev.byhand.grading.misconception.Outcome;
import dev.byhand.grading.misconception.Situation;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.Rubric;
import java.util.Optional;
import java.util.SortedSet;

/** Finds the first known mistake that produces a wrong answer exactly. Thread-safe. */
final class Diagnoser {
  private final Rubric rubric;

  Diagnoser(Rubric rubric) {
    this.rubric = rubric;
  }

  Optional<Diagnosis> vector(ItemKind kind, int step, Vector given, Vector reference, StudentValues values) {
    if (given.entries().stream().allMatch(x -> x.signum() == 0)) {
      // All zeros is a placeholder more often than a mistake; a diagnosis would flatter it.
      return Optional.empty();
    }
    Situation situation = situation(step, values);
    for (Misconception misconception : Catalogue.all()) {
      for (Outcome outcome : misconception.outcomes(situation)) {
        Optional<Vector> produced = switch (kind) {
          case PREACTIVATION -> outcome.preActivation();
          case HIDDEN -> outcome.hidden();
          case LOGITS -> outcome.logits();
          case INPUT, PREDICTION, MANUAL -> Optional.empty();
        };
        if (produced.filter(v -> v.equals(given) && !v.equals(reference)).isPresent()) {
          return Optional.of(new Diagnosis(misconception.id(), misconception.explanation()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A mistake explains a prediction only if it predicts that token and not every token. When the
   * student wrote their own logits at this step, mistakes in computing logits cannot explain the
   * prediction (their logits say what they computed): only mistakes in reading them can.
   */
  Optional<Diagnosis> prediction(int step, int given, SortedSet<Integer> accepted, StudentValues values) {
    Situation situation = situation(step, values);
    boolean ownLogits = situation.studentLogits().isPresent();
    int vocabulary = rubric.vocabulary().size();
    for (Misconception misconception : Catalogue.all()) {
      for (Outcome outcome : misconception.outcomes(situation)) {
        if (ownLogits && outcome.logits().isPresent()) {
          continue;
        }
        if (outcome.predicted()
            .filter(tokens -> tokens.size() < vocabulary && tokens.contains(given) && !accepted.contains(given))
            .isPresent()) {
          return Optional.of(new Diagnosis(misconception.id(), misconception.explanation()));
        }
      }
    }
    return Optional.empty();
  }

  private Situation situation(int step, StudentValues values) {
    return new Situation(rubric, step,
        step == 1 ? Optional.empty() : values.value(step - 1, ItemKind.HIDDEN),
        values.value(step, ItemKind.HIDDEN),
        values.value(step, ItemKind.LOGITS));
  }
}
