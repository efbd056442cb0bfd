package dev.byhand.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the quantities without steps that read a per-step quantity whole ({@code last =
 * argmax(v[2])}, where {@code v} is {@code v_t}'s steps as rows), directly or through another such
 * quantity: they are computed after the last step, so no per-step equation may read them.
 * Stateless.
 */
final class WholeReads {
  private WholeReads() {}

  /**
   * The late quantities of equations in dependency order.
   *
   * @throws EquationException when a per-step equation reads one
   */
  static Set<String> late(List<Equation> order, Collection<Equation> firstRules) {
    Set<String> perStep = new HashSet<>();
    order.stream().filter(Equation::perStep).forEach(e -> perStep.add(e.name()));
    Set<String> late = new HashSet<>();
    for (Equation equation : order) {
      if (!equation.perStep()
          && equation.refs().stream()
              .anyMatch(r -> perStep.contains(r.name()) || late.contains(r.name()))) {
        late.add(equation.name());
      }
    }
    List<Equation> perStepRules = new ArrayList<>(firstRules);
    order.stream().filter(Equation::perStep).forEach(perStepRules::add);
    for (Equation rule : perStepRules) {
      for (Expr.Ref ref : rule.refs()) {
        if (late.contains(ref.name())) {
          throw new EquationException(
              "\""
                  + rule.text()
                  + "\": "
                  + ref.name()
                  + " reads every step of a per-step quantity, so it is known only after the last"
                  + " step; an equation computed at every step cannot use it");
        }
      }
    }
    return Set.copyOf(late);
  }
}
