package dev.byhand.variants;

import dev.byhand.exact.Rational;
import dev.byhand.network.Equation;
import dev.byhand.network.Mutant;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every variant must be, or it is drawn again: a good exercise, not just other numbers. Built
 * once per rubric: the network and the known mistakes are compiled over the asked steps only (a
 * draw computes nothing no question asks about). Immutable and thread-safe.
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
    UNCOMPUTABLE(
        "had a value an equation cannot take (a division by zero, the log of a negative number)",
        "narrow the ranges in variants.vary to leave out the values that break it"),
    TIE(
        "had an asked prediction or index with two or more winners",
        "widen the ranges in variants.vary, or vary more values"),
    HIDDEN_MISTAKE(
        "had a known mistake that gives the right answer to every asked item",
        "widen the ranges in variants.vary or vary more values, or ask about more items (a"
            + " rubric with its own equations can also silence the mistake in"
            + " misconceptions.ignore)"),
    AMBIGUOUS_MISTAKES(
        "had two known mistakes that give the same answers to every asked item",
        "widen the ranges in variants.vary or vary more values, or ask about more items (a"
            + " rubric with its own equations can also silence one of them in"
            + " misconceptions.ignore)");

    final String what;
    final String fix;

    Broken(String what, String fix) {
      this.what = what;
      this.fix = fix;
    }
  }

  private final Network network;
  private final List<Node> asked;
  private final Set<Integer> steps;
  private final BigInteger maxAbs;
  private final MistakeGuarantee mistakes;

  private VariantGuarantees(
      Network network, List<Question> questions, BigInteger maxAbs, List<Mutant> known) {
    this.asked = asked(questions);
    this.steps = askedSteps(questions);
    this.network = askedStepsOnly(network, steps);
    this.maxAbs = maxAbs;
    this.mistakes = MistakeGuarantee.of(known, this.network, asked);
  }

  /**
   * The guarantees of {@code base}'s variants. Its known mistakes are its {@link Rubric#mistakes}
   * (the handout's: its catalogue as mutations of its equations, under its own ids).
   */
  static VariantGuarantees of(Rubric base, BigInteger maxAbs) {
    return new VariantGuarantees(base.network(), base.questions(), maxAbs, base.mistakes());
  }

  /**
   * The first guarantee the draw of {@code values} breaks, if any.
   *
   * @throws dev.byhand.network.EquationException when a value's shape does not fit the equations
   */
  Optional<Broken> check(Map<String, Value> values) {
    Network candidate = network.withValues(values);
    Optional<Broken> broken = checkAsked(candidate);
    return broken.isPresent() ? broken : mistakes.check(candidate, values);
  }

  private Optional<Broken> checkAsked(Network candidate) {
    for (Node node : asked) {
      Value value = candidate.reference().value(node);
      if (value instanceof Value.Token token && token.isTie() || candidate.isTiedIndex(node)) {
        return Optional.of(Broken.TIE);
      }
      if (!within(value, maxAbs)) {
        return Optional.of(Broken.TOO_LARGE);
      }
    }
    for (Equation equation : candidate.equations()) {
      if (candidate
              .activationArgument(new Node(equation.name(), equation.perStep() ? 1 : 0))
              .isPresent()
          && !bites(candidate, equation)) {
        return Optional.of(Broken.IDLE_ACTIVATION);
      }
    }
    return Optional.empty();
  }

  private boolean bites(Network candidate, Equation equation) {
    for (int step : equation.perStep() ? steps : Set.of(0)) {
      Node node = new Node(equation.name(), step);
      if (step == 0 && equation.perStep()) {
        continue;
      }
      Value argument = candidate.activationArgument(node).orElseThrow();
      if (!argument.equals(candidate.reference().value(node))) {
        return true;
      }
    }
    return false;
  }

  /** The nodes of every computed item, in rubric order. */
  private static List<Node> asked(List<Question> questions) {
    List<Node> asked = new ArrayList<>();
    for (Question question : questions) {
      for (ItemSpec item : question.items()) {
        if (!item.manual()) {
          asked.add(new Node(item.name(), question.position()));
        }
      }
    }
    return List.copyOf(asked);
  }

  /**
   * The steps some computed question asks about (0 for questions about quantities without steps).
   */
  private static Set<Integer> askedSteps(List<Question> questions) {
    Set<Integer> steps = new TreeSet<>();
    questions.stream().filter(q -> !q.isManual()).forEach(q -> steps.add(q.position()));
    return steps;
  }

  /**
   * The same network over the sentence's first words only, up to the last asked step (at least one,
   * so that a network with steps keeps them): a draw's guarantees look no further. A quantity
   * without steps that reads every step (a Viterbi path) keeps them all.
   */
  private static Network askedStepsOnly(Network network, Set<Integer> steps) {
    if (network.steps() == 0 || (steps.contains(0) && network.readsStepsWhole())) {
      return network;
    }
    int last = Math.max(1, steps.stream().mapToInt(Integer::intValue).max().orElse(1));
    return network.firstSteps(last);
  }

  private static boolean within(Value value, BigInteger maxAbs) {
    return value.entries().stream().allMatch(entry -> within(entry, maxAbs));
  }

  /** |n/d| ≤ maxAbs exactly: |n| ≤ maxAbs·d. */
  private static boolean within(Rational value, BigInteger maxAbs) {
    return value.numerator().abs().compareTo(maxAbs.multiply(value.denominator())) <= 0;
  }
}
