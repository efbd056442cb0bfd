package dev.byhand.grading;

import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Finds the first known mistake that produces a wrong answer exactly: by the handout's rule for the
 * handout's network ({@link HandoutDiagnoser}), by the derived rule for any other ({@link
 * MutationDiagnoser}). Both try mutations of the rubric's equations; see docs/MISCONCEPTIONS.md.
 * Thread-safe.
 */
final class Diagnoser {
  private final Optional<HandoutDiagnoser> handout;
  private final Optional<MutationDiagnoser> derived;

  Diagnoser(Rubric rubric, OwnInputs inputs) {
    this.handout =
        rubric.handout().isPresent() ? Optional.of(new HandoutDiagnoser(rubric)) : Optional.empty();
    this.derived =
        rubric.handout().isPresent()
            ? Optional.empty()
            : Optional.of(new MutationDiagnoser(rubric, inputs));
  }

  /** The known mistake that gives these wrong numbers. */
  Optional<Diagnosis> numbers(Node node, Value written, Value expected, StudentValues values) {
    return handout.isPresent()
        ? handout.get().numbers(node, written, expected, values)
        : derived.orElseThrow().numbers(node, written, expected, values);
  }

  /** The known mistake that gives this wrong prediction. */
  Optional<Diagnosis> prediction(
      Node node, int given, SortedSet<Integer> accepted, StudentValues values) {
    return handout.isPresent()
        ? handout.get().prediction(node, given, accepted, values)
        : derived.orElseThrow().prediction(node, given, accepted, values);
  }
}
