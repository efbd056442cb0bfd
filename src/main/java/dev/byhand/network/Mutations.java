package dev.byhand.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a network's likely mistakes from its equations: every single change of {@link Rewrites},
 * the network's activation applied where an equation has none ({@code extra-relu}), and a
 * recurrence reading the previous step's value before its activation ({@code carried}). Only
 * mutations that compute and change the reference somewhere are kept, in equation order. Stateless.
 */
public final class Mutations {
  private Mutations() {}

  /** The mutations of {@code network}, each compiled and run once; ids unique. */
  public static List<Mutant> of(Network network) {
    List<Mutant> kept = new ArrayList<>();
    for (Mutation mutation : drafts(network)) {
      compile(network, mutation).ifPresent(kept::add);
    }
    return withIds(kept);
  }

  /**
   * {@code mutation}'s network, when it computes its quantity in the same shape and changes it
   * somewhere.
   */
  public static Optional<Mutant> compile(Network network, Mutation mutation) {
    return network
        .mutant(mutation)
        .filter(m -> changes(network, m, mutation))
        .map(m -> new Mutant(mutation, m));
  }

  /** The function the equations use as an activation: the first one an equation is made of. */
  static Optional<String> activation(Network network) {
    for (Equation equation : network.equations()) {
      if (equation.expression() instanceof Expr.Call c
          && Rewrites.ACTIVATIONS.contains(c.function())) {
        return Optional.of(c.function());
      }
    }
    return Optional.empty();
  }

  private static List<Mutation> drafts(Network network) {
    List<Mutation> drafts = new ArrayList<>();
    Optional<String> activation = activation(network);
    for (Equation equation : network.equations()) {
      for (Rewrites.Site site : Rewrites.of(equation.expression(), network)) {
        drafts.add(
            mutation(
                equation,
                site.operator(),
                site.symbol(),
                equation.with(site.whole()),
                site.change()));
      }
      Expr rhs = equation.expression();
      boolean bare =
          !(rhs instanceof Expr.Call c)
              || !c.function().startsWith("arg") && !Rewrites.ACTIVATIONS.contains(c.function());
      if (activation.isPresent() && bare) {
        String act = activation.get();
        drafts.add(
            mutation(
                equation,
                "extra-" + act,
                "",
                equation.with(new Expr.Call(act, List.of(rhs))),
                "with " + act + " applied to it"));
      }
      drafts.addAll(Carried.of(network, equation));
    }
    return drafts;
  }

  static Mutation mutation(
      Equation original, String operator, String symbol, Equation changed, String change) {
    String name = symbol.isEmpty() ? original.name() : symbol;
    return new Mutation(
        operator,
        operator,
        name,
        original,
        changed,
        List.of(),
        Map.of(),
        sentence(original, changed, change));
  }

  static String sentence(Equation original, Equation changed, String change) {
    return "This is what " + original.text() + " gives " + change + " (" + changed.text() + ").";
  }

  /**
   * Operators whose mistake changes the quantity's shape: a student who makes it writes an answer
   * of that other shape (a 3×3 map for a 2×2 one), which the diagnosis still names.
   */
  private static final Set<String> RESHAPING = Set.of("pool-stride", "wrong-axis");

  private static boolean changes(Network network, Network mutant, Mutation mutation) {
    String quantity = mutation.quantity();
    int steps = network.isPerStep(quantity) ? network.steps() : 0;
    boolean differs = false;
    for (int step = steps == 0 ? 0 : 1; step <= steps; step++) {
      Node node = new Node(quantity, step);
      Optional<Value> value = mutant.reference().find(node);
      Value reference = network.reference().value(node);
      if (value.isPresent()
          && !value.get().sameShape(reference)
          && !RESHAPING.contains(mutation.operator())) {
        // A quantity of another shape is no answer a student could write for it.
        return false;
      }
      differs |= value.isPresent() && !value.get().equals(reference);
    }
    return differs;
  }

  /**
   * {@code operator} where it is the only one, else {@code operator:symbol}, numbered if still
   * shared.
   */
  private static List<Mutant> withIds(List<Mutant> mutants) {
    Map<String, Integer> operators = new HashMap<>();
    for (Mutant mutant : mutants) {
      operators.merge(mutant.mutation().operator(), 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    Map<String, Mutant> byId = new LinkedHashMap<>();
    for (Mutant mutant : mutants) {
      Mutation m = mutant.mutation();
      String id = operators.get(m.operator()) == 1 ? m.operator() : m.operator() + ":" + m.symbol();
      if (!taken.add(id)) {
        id = id + ":" + m.quantity();
        for (int n = 2; !taken.add(id); n++) {
          id = id.replaceAll("#\\d+$", "") + "#" + n;
        }
      }
      byId.put(id, mutant.named(m.withId(id)));
    }
    return List.copyOf(byId.values());
  }
}
