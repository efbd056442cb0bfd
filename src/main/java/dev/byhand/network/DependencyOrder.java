package dev.byhand.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders equations so that each comes after those it reads at the same step (a name without steps,
 * or {@code name_t}); {@code name_{t-1}} was computed a step earlier and sets no order. Ties keep
 * the rubric's order. A cycle is an error naming its members.
 */
final class DependencyOrder {
  private DependencyOrder() {}

  static List<Equation> of(Map<String, Equation> equations) {
    List<Equation> order = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (Equation equation : equations.values()) {
      visit(equation, equations, done, new LinkedHashSet<>(), order);
    }
    return List.copyOf(order);
  }

  private static void visit(
      Equation equation,
      Map<String, Equation> equations,
      Set<String> done,
      LinkedHashSet<String> path,
      List<Equation> order) {
    if (done.contains(equation.name())) {
      return;
    }
    if (!path.add(equation.name())) {
      List<String> cycle = new ArrayList<>(path);
      cycle = cycle.subList(cycle.indexOf(equation.name()), cycle.size());
      throw new EquationException(
          "the equations for "
              + String.join(", ", cycle)
              + " depend on each other in a cycle ("
              + String.join(" → ", cycle)
              + " → "
              + equation.name()
              + "); one of them must use a value or a previous step (_{t-1})");
    }
    for (Expr.Ref ref : NameCheck.refs(equation.expression(), new ArrayList<>())) {
      Equation dependency = equations.get(ref.name());
      if (dependency != null && !ref.isToken() && ref.time() != Expr.Time.PREVIOUS) {
        visit(dependency, equations, done, path, order);
      }
    }
    path.remove(equation.name());
    done.add(equation.name());
    order.add(equation);
  }
}
