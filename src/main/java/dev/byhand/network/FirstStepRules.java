package dev.byhand.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code name_1 = …} as the rule that replaces {@code name_t = …} at step 1 when the rubric
 * has that general rule (an HMM's {@code alpha_1 = pi * B[:, x_1]}); without one, {@code name_1}
 * stays a quantity of its own, as it always was. Inside a first-step rule, {@code q_1} is {@code
 * q_t} for every per-step quantity {@code q} and for the token {@code x}. Stateless.
 */
final class FirstStepRules {
  private FirstStepRules() {}

  /** The equations with every first-step rule resolved; the others as they are. */
  static List<Equation> resolve(List<Equation> parsed) {
    Set<String> perStep = new HashSet<>();
    for (Equation equation : parsed) {
      if (equation.perStep()) {
        perStep.add(equation.name());
      }
    }
    List<Equation> resolved = new ArrayList<>(parsed.size());
    for (Equation equation : parsed) {
      String base = stepOne(equation.name());
      resolved.add(
          !equation.perStep() && base != null && perStep.contains(base)
              ? new Equation(
                  base, true, true, atStepOne(equation.expression(), perStep), equation.text())
              : equation);
    }
    return resolved;
  }

  /** {@code q} of {@code q_1}; null for any other name. */
  private static String stepOne(String name) {
    return name.length() > 2 && name.endsWith("_1") ? name.substring(0, name.length() - 2) : null;
  }

  private static Expr atStepOne(Expr expression, Set<String> perStep) {
    return Rewrites.map(
        expression,
        e -> {
          if (e instanceof Expr.Ref ref && ref.time() == Expr.Time.NONE) {
            String base = stepOne(ref.name());
            if (base != null && (perStep.contains(base) || base.equals("x"))) {
              return new Expr.Ref(base, Expr.Time.CURRENT);
            }
          }
          return e;
        });
  }
}
