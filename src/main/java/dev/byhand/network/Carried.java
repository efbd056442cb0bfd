package dev.byhand.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code carried} mutation: a recurrence reads, from the step before, a quantity's value before
 * its activation. For {@code low_t = relu(low_{t-1} @ W + …)} the pre-activation gets a helper
 * equation {@code low_pre_t = low_{t-1} @ W + …}, whose start value is {@code low_0}.
 */
final class Carried {
  private Carried() {}

  /**
   * The carried mutations of {@code reader}: one per activated quantity it reads from the step
   * before.
   */
  static List<Mutation> of(Network network, Equation reader) {
    List<Mutation> found = new ArrayList<>();
    if (!reader.perStep()) {
      return found;
    }
    for (Expr.Ref ref : NameCheck.refs(reader.expression(), new ArrayList<>())) {
      if (ref.time() != Expr.Time.PREVIOUS
          || found.stream().anyMatch(m -> m.symbol().equals(ref.name()))) {
        continue;
      }
      network
          .equation(ref.name())
          .filter(
              e ->
                  e.perStep()
                      && e.expression() instanceof Expr.Call c
                      && c.arguments().size() == 1
                      && Rewrites.ACTIVATIONS.contains(c.function()))
          .ifPresent(activated -> found.add(carried(network, reader, activated)));
    }
    return found;
  }

  private static Mutation carried(Network network, Equation reader, Equation activated) {
    Expr.Call call = (Expr.Call) activated.expression();
    Expr inner = call.arguments().get(0);
    String name = activated.name();
    String pre =
        inner instanceof Expr.Ref r && r.time() == Expr.Time.CURRENT && network.isPerStep(r.name())
            ? r.name()
            : free(network, name + "_pre");
    List<Equation> helpers =
        pre.equals(name + "_pre") || network.equation(pre).isEmpty()
            ? List.of(new Equation(pre, true, inner, pre + "_t = " + inner))
            : List.of();
    Expr changed =
        Rewrites.map(
            reader.expression(),
            e ->
                e instanceof Expr.Ref r && r.name().equals(name) && r.time() == Expr.Time.PREVIOUS
                    ? new Expr.Ref(pre, Expr.Time.PREVIOUS)
                    : e);
    Value start = network.values().get(name + "_0");
    Map<String, Value> starts =
        start == null || network.values().containsKey(pre + "_0")
            ? Map.of()
            : Map.of(pre + "_0", start);
    Equation mutated = reader.with(changed);
    return new Mutation(
        "carried",
        "carried",
        name,
        reader,
        mutated,
        helpers,
        starts,
        Mutations.sentence(
            reader,
            mutated,
            "reading " + name + " from the step before without its " + call.function()));
  }

  private static String free(Network network, String name) {
    String candidate = name;
    while (network.equation(candidate).isPresent() || network.values().containsKey(candidate)) {
      candidate = candidate + "_";
    }
    return candidate;
  }
}
