package dev.byhand.variants;

import dev.byhand.network.Mutant;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guarantee about a rubric's known mistakes (docs/VARIANTS.md): over a variant's values, every
 * mistake that the rubric's own numbers show in an asked item still gives a wrong answer in some
 * asked item, and no two mistakes that the rubric's own numbers tell apart give the same answers to
 * every asked item. Mistakes the rubric's own numbers cannot show or tell apart are not required to
 * be: a guarantee no draw can keep would fail every student. Immutable and thread-safe; each
 * mistake's network is compiled once, over the asked steps only.
 */
final class MistakeGuarantee {
  private final List<Node> asked;
  private final List<MistakeAnswers> mistakes;

  /** By mistake: whether the rubric's own numbers give a wrong answer in some asked item. */
  private final boolean[] shown;

  /**
   * By mistake: its group, mistakes giving the same asked answers from the rubric's own numbers
   * sharing one (the reference's answers are group 0).
   */
  private final int[] group;

  private MistakeGuarantee(
      List<Node> asked, List<MistakeAnswers> mistakes, boolean[] shown, int[] group) {
    this.asked = asked;
    this.mistakes = mistakes;
    this.shown = shown;
    this.group = group;
  }

  /**
   * The guarantee over {@code mistakes}, each recompiled over {@code network} (the rubric's
   * network, run over the asked steps only); {@code asked} are the asked items' nodes.
   */
  static MistakeGuarantee of(List<Mutant> mistakes, Network network, List<Node> asked) {
    List<MistakeAnswers> compiled = new ArrayList<>();
    for (Mutant mistake : mistakes) {
      MistakeAnswers.of(mistake.mutation(), network, asked).ifPresent(compiled::add);
    }
    // The cheapest first: most draws that fail here fail on the first mistake they hide, and
    // whether a draw is kept does not depend on the order (only which failure a message counts).
    compiled.sort(java.util.Comparator.comparingInt(MistakeAnswers::cost));
    List<Optional<Value>> reference = answers(network, asked);
    Map<List<Optional<Value>>, Integer> groups = new HashMap<>();
    groups.put(reference, 0);
    boolean[] shown = new boolean[compiled.size()];
    int[] group = new int[compiled.size()];
    for (int i = 0; i < compiled.size(); i++) {
      List<Optional<Value>> answers = compiled.get(i).answers(network, Map.of());
      shown[i] = wrong(answers, reference);
      group[i] = groups.computeIfAbsent(answers, a -> groups.size());
    }
    return new MistakeGuarantee(List.copyOf(asked), List.copyOf(compiled), shown, group);
  }

  /**
   * The guarantee a variant whose network ({@code candidate}, over the asked steps) was computed
   * from {@code values} breaks, if any.
   */
  Optional<VariantGuarantees.Broken> check(Network candidate, Map<String, Value> values) {
    if (mistakes.isEmpty()) {
      return Optional.empty();
    }
    List<Optional<Value>> reference = answers(candidate, asked);
    Map<List<Optional<Value>>, Integer> seen = new HashMap<>();
    seen.put(reference, 0);
    for (int i = 0; i < mistakes.size(); i++) {
      List<Optional<Value>> answers = mistakes.get(i).answers(candidate, values);
      if (shown[i] && !wrong(answers, reference)) {
        return Optional.of(VariantGuarantees.Broken.HIDDEN_MISTAKE);
      }
      Integer other = seen.putIfAbsent(answers, group[i]);
      if (other != null && other != group[i]) {
        return Optional.of(VariantGuarantees.Broken.AMBIGUOUS_MISTAKES);
      }
    }
    return Optional.empty();
  }

  private static List<Optional<Value>> answers(Network network, List<Node> asked) {
    List<Optional<Value>> answers = new ArrayList<>(asked.size());
    for (Node node : asked) {
      answers.add(network.reference().find(node));
    }
    return answers;
  }

  /** Some asked item the mistake computes has another value than the reference. */
  private static boolean wrong(List<Optional<Value>> answers, List<Optional<Value>> reference) {
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).isPresent() && !answers.get(i).equals(reference.get(i))) {
        return true;
      }
    }
    return false;
  }
}
