package dev.byhand.variants;

import dev.byhand.network.Equation;
import dev.byhand.network.EquationException;
import dev.byhand.network.Mutation;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one known mistake answers to the asked items of a draw. Compiled once per rubric; per draw
 * it computes only the nodes the mistake changes (their equation is the changed one, or reads a
 * changed node), through {@link Network#recompute}, and takes every other node from the draw's own
 * run: the same values as running the mistake's whole network, for a fraction of the arithmetic.
 * Immutable and thread-safe.
 */
final class MistakeAnswers {
  private final Network network;
  private final List<Node> asked;
  private final Set<Node> changed;
  private final boolean recompute;

  private MistakeAnswers(Network network, List<Node> asked, Set<Node> changed, boolean recompute) {
    this.network = network;
    this.asked = asked;
    this.changed = changed;
    this.recompute = recompute;
  }

  /**
   * The mistake's network over the asked steps of {@code base}, a network whose steps are asked.
   */
  static Optional<MistakeAnswers> of(Mutation mutation, Network base, List<Node> asked) {
    return base.mutant(mutation)
        .map(
            mutant ->
                new MistakeAnswers(
                    mutant,
                    asked,
                    changed(mutant, mutation),
                    exact(base.rules()) && exact(mutant.rules())));
  }

  /**
   * How many nodes a draw computes for this mistake: its changed ones, or every node when its
   * network is run whole.
   */
  int cost() {
    return recompute ? changed.size() : Integer.MAX_VALUE;
  }

  /**
   * The answers to the asked items, in order, when the draw's values are {@code values} and its
   * network {@code draw}; empty where the mistake cannot compute an item.
   */
  List<Optional<Value>> answers(Network draw, Map<String, Value> values) {
    List<Optional<Value>> answers = new ArrayList<>(asked.size());
    if (!recompute) {
      Network whole = network.withValues(values);
      asked.forEach(node -> answers.add(whole.reference().find(node)));
      return answers;
    }
    Map<Node, Value> own = new HashMap<>();
    for (Node node : asked) {
      if (!changed.contains(node)) {
        answers.add(draw.reference().find(node));
        continue;
      }
      try {
        Value value = network.recompute(node, n -> given(n, own, draw, values));
        own.put(node, value);
        answers.add(Optional.of(value));
      } catch (EquationException e) {
        answers.add(Optional.empty());
      }
    }
    return answers;
  }

  /** A node's value when the mistake does not change it, or already computed; else empty. */
  private Optional<Value> given(
      Node node, Map<Node, Value> own, Network draw, Map<String, Value> values) {
    Value known = own.get(node);
    if (known != null) {
      return Optional.of(known);
    }
    if (node.step() == 0) {
      Value value =
          values.get(network.isPerStep(node.quantity()) ? node.quantity() + "_0" : node.quantity());
      if (value != null) {
        return Optional.of(value);
      }
    }
    return changed.contains(node) ? Optional.empty() : draw.reference().find(node);
  }

  /**
   * The nodes whose value the mutation can change, over the mutant's steps: its quantity's, its
   * helpers', its start values', and every node whose equation reads one of those.
   */
  private static Set<Node> changed(Network mutant, Mutation mutation) {
    Set<String> roots = new HashSet<>();
    roots.add(mutation.quantity());
    mutation.helpers().forEach(h -> roots.add(h.name()));
    Set<Node> changed = new HashSet<>();
    mutation.startValues().keySet().forEach(name -> changed.add(start(mutant, name)));
    for (int step = 0; step <= mutant.steps(); step++) {
      for (Equation equation : mutant.equations()) {
        if (equation.perStep() != (step > 0)) {
          continue;
        }
        Node node = new Node(equation.name(), step);
        if (roots.contains(equation.name())
            || mutant.reads(node).stream().anyMatch(changed::contains)) {
          changed.add(node);
        }
      }
    }
    if (mutant.readsStepsWhole()) {
      // Quantities that read every step (a Viterbi path) are computed after the last one.
      for (Equation equation : mutant.equations()) {
        Node node = new Node(equation.name(), 0);
        if (!equation.perStep() && mutant.reads(node).stream().anyMatch(changed::contains)) {
          changed.add(node);
        }
      }
    }
    return Set.copyOf(changed);
  }

  /** The node of a start value {@code q_0} of a per-step {@code q}, else of a value. */
  private static Node start(Network mutant, String name) {
    if (name.endsWith("_0") && mutant.isPerStep(name.substring(0, name.length() - 2))) {
      return new Node(name.substring(0, name.length() - 2), 0);
    }
    return new Node(name, 0);
  }

  /**
   * A recomputation takes the values it is given as exact, which they are when no equation rounds;
   * a network with one that may is run whole for every draw.
   */
  private static boolean exact(List<Equation> equations) {
    return equations.stream().noneMatch(Equation::mayRound);
  }
}
