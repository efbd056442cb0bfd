package dev.byhand.rubric;

import dev.byhand.network.Equation;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rnn.Rational;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every variant must be, or it is drawn again: a good exercise, not just other numbers.
 * Stateless.
 */
final class VariantGuarantees {
  /** A guarantee a draw broke, with the rubric setting that would make it easier to keep. */
  enum Broken {
    TOO_LARGE(
        "had a number larger than maxAbs in an asked item",
        "raise variants.maxAbs or narrow the ranges in variants.vary"),
    IDLE_ACTIVATION(
        "had an activation that changes no entry of any asked step (relu that never bites)",
        "let the ranges in variants.vary reach further below zero, or ask about more steps"),
    TIE(
        "had an asked prediction with two or more winners",
        "widen the ranges in variants.vary, or vary more values");

    final String what;
    final String fix;

    Broken(String what, String fix) {
      this.what = what;
      this.fix = fix;
    }
  }

  private VariantGuarantees() {}

  /** The first guarantee the questions over {@code network} (a drawn variant's) break, if any. */
  static Optional<Broken> check(Network network, List<Question> questions, BigInteger maxAbs) {
    for (Question question : questions) {
      for (ItemSpec item : question.items()) {
        if (item.manual()) {
          continue;
        }
        Value value = network.reference().value(new Node(item.name(), question.position()));
        if (value instanceof Value.Token token && token.isTie()) {
          return Optional.of(Broken.TIE);
        }
        if (!within(value, maxAbs)) {
          return Optional.of(Broken.TOO_LARGE);
        }
      }
    }
    Set<Integer> steps = askedSteps(questions);
    for (Equation equation : network.equations()) {
      if (network
              .activationArgument(new Node(equation.name(), equation.perStep() ? 1 : 0))
              .isPresent()
          && !bites(network, equation, steps)) {
        return Optional.of(Broken.IDLE_ACTIVATION);
      }
    }
    return Optional.empty();
  }

  private static boolean bites(Network network, Equation equation, Set<Integer> steps) {
    for (int step : equation.perStep() ? steps : Set.of(0)) {
      Node node = new Node(equation.name(), step);
      if (step == 0 && equation.perStep()) {
        continue;
      }
      Value argument = network.activationArgument(node).orElseThrow();
      if (!argument.equals(network.reference().value(node))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The steps some computed question asks about (0 for questions about quantities without steps).
   */
  private static Set<Integer> askedSteps(List<Question> questions) {
    Set<Integer> steps = new TreeSet<>();
    questions.stream().filter(q -> !q.isManual()).forEach(q -> steps.add(q.position()));
    return steps;
  }

  private static boolean within(Value value, BigInteger maxAbs) {
    return value.entries().stream().allMatch(entry -> within(entry, maxAbs));
  }

  /** |n/d| ≤ maxAbs exactly: |n| ≤ maxAbs·d. */
  private static boolean within(Rational value, BigInteger maxAbs) {
    return value.numerator().abs().compareTo(maxAbs.multiply(value.denominator())) <= 0;
  }
}
