package dev.byhand.grading;

import dev.byhand.grading.misconception.Catalogue;
import dev.byhand.grading.misconception.Misconception;
import dev.byhand.grading.misconception.Outcome;
import dev.byhand.grading.misconception.Situation;
import dev.byhand.grading.misconception.StepOutcomes;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.Rubric;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the first known mistake that produces a wrong answer exactly. Thread-safe. */
final class Diagnoser {
  /** A mistake of the catalogue, prepared for one step of the rubric. */
  private record Prepared(Misconception misconception, StepOutcomes outcomes) {}

  private final Rubric rubric;
  private final MutationDiagnoser derived;

  /**
   * By step: what each mistake gives from the reference is the same for every student, so computed
   * once.
   */
  private final Map<Integer, List<Prepared>> steps = new ConcurrentHashMap<>();

  Diagnoser(Rubric rubric) {
    this.rubric = rubric;
    this.derived = new MutationDiagnoser(rubric);
  }

  /**
   * The known mistake that gives these wrong numbers: the handout's catalogue for its network, the
   * rubric's mistakes derived from its equations for any other.
   */
  Optional<Diagnosis> numbers(Node node, Value written, Value expected, StudentValues values) {
    if (rubric.elman().isEmpty()) {
      return derived.numbers(node, written, expected, values);
    }
    if (!(written instanceof Value.Vec g) || !(expected instanceof Value.Vec e)) {
      return Optional.empty();
    }
    Vector given = g.value();
    Vector reference = e.value();
    String kind = node.quantity();
    int step = node.step();
    if (Shapes.isAllZero(written)) {
      // All zeros is a placeholder more often than a mistake; a diagnosis would flatter it.
      return Optional.empty();
    }
    Situation situation = situation(step, values);
    for (Prepared mistake : prepared(step)) {
      for (Outcome outcome : mistake.outcomes().outcomes(situation)) {
        Optional<Vector> produced =
            switch (kind) {
              case "preactivation" -> outcome.preActivation();
              case "hidden" -> outcome.hidden();
              case "logits" -> outcome.logits();
              default -> Optional.empty();
            };
        if (produced.filter(v -> v.equals(given) && !v.equals(reference)).isPresent()) {
          return Optional.of(diagnosis(mistake.misconception()));
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
  Optional<Diagnosis> prediction(
      Node node, int given, SortedSet<Integer> accepted, StudentValues values) {
    if (rubric.elman().isEmpty()) {
      return derived.prediction(node, given, accepted, values);
    }
    int step = node.step();
    Situation situation = situation(step, values);
    boolean ownLogits = situation.studentLogits().isPresent();
    int vocabulary = rubric.vocabulary().size();
    for (Prepared mistake : prepared(step)) {
      for (Outcome outcome : mistake.outcomes().outcomes(situation)) {
        if (ownLogits && outcome.logits().isPresent()) {
          continue;
        }
        if (outcome
            .predicted()
            .filter(
                tokens ->
                    tokens.size() < vocabulary
                        && tokens.contains(given)
                        && !accepted.contains(given))
            .isPresent()) {
          return Optional.of(diagnosis(mistake.misconception()));
        }
      }
    }
    return Optional.empty();
  }

  private List<Prepared> prepared(int step) {
    return steps.computeIfAbsent(
        step,
        s ->
            Catalogue.all().stream()
                .map(misconception -> new Prepared(misconception, misconception.prepare(rubric, s)))
                .toList());
  }

  private static Diagnosis diagnosis(Misconception misconception) {
    return new Diagnosis(misconception.id(), misconception.explanation());
  }

  private Situation situation(int step, StudentValues values) {
    return new Situation(
        rubric,
        step,
        step == 1 ? Optional.empty() : values.vector(new Node("hidden", step - 1)),
        values.vector(new Node("hidden", step)),
        values.vector(new Node("logits", step)));
  }
}
