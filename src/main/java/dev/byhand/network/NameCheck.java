package dev.byhand.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Checks that every name an equation uses means something, and the right thing for its step. */
final class NameCheck {
  private final Map<String, Value> values;
  private final Map<String, Equation> equations;
  private final Map<String, Equation> firstRules;
  private final boolean hasSentence;
  private final boolean hasSteps;

  /**
   * @param firstRules the rules replacing a general rule at step 1, by quantity
   * @param hasSentence whether steps read tokens ({@code x_t})
   * @param hasSteps whether the rubric has steps at all (a sentence or {@code "steps"})
   */
  NameCheck(
      Map<String, Value> values,
      Map<String, Equation> equations,
      Map<String, Equation> firstRules,
      boolean hasSentence,
      boolean hasSteps) {
    this.values = values;
    this.equations = equations;
    this.firstRules = firstRules;
    this.hasSentence = hasSentence;
    this.hasSteps = hasSteps;
  }

  void check() {
    for (Equation equation : equations.values()) {
      if (equation.perStep() && !hasSteps) {
        throw error(
            equation,
            equation.name()
                + "_t is computed at every step, but the rubric has no"
                + " sentence; add \"sentence\" (and \"vocabulary\"), or \"steps\" for a"
                + " recurrence without tokens, or drop the _t");
      }
      for (Expr.Ref ref : refs(equation.expression(), new ArrayList<>())) {
        check(equation, ref);
      }
    }
    for (Equation rule : firstRules.values()) {
      for (Expr.Ref ref : refs(rule.expression(), new ArrayList<>())) {
        if (ref.time() == Expr.Time.PREVIOUS) {
          throw error(
              rule,
              rule.name()
                  + "_1 is the rule of step 1, which has no step before; read values or"
                  + " quantities of step 1 (such as x_1) instead of "
                  + ref);
        }
        check(rule, ref);
      }
    }
  }

  /** Whether {@code ref} is the step number {@code t}: a bare t that names nothing else. */
  static boolean isStepNumber(
      Expr.Ref ref, Map<String, Value> values, Map<String, Equation> equations) {
    return ref.name().equals("t")
        && ref.time() == Expr.Time.NONE
        && !values.containsKey("t")
        && !equations.containsKey("t");
  }

  private void check(Equation equation, Expr.Ref ref) {
    String name = ref.name();
    Equation defined = equations.get(name);
    if (isStepNumber(ref, values, equations)) {
      if (!equation.perStep()) {
        throw error(
            equation,
            "t is the step number, which only an equation computed at every step has; write "
                + equation.name()
                + "_t or give t in values");
      }
      return;
    }
    if (ref.isPreviousToken()) {
      checkPreviousToken(equation);
      return;
    }
    if (ref.isToken()) {
      if (!hasSentence) {
        throw error(
            equation,
            "x_t is the token read at step t, but the rubric has no sentence; add"
                + " \"sentence\" and \"vocabulary\"");
      }
      if (!equation.perStep()) {
        throw error(
            equation,
            "x_t changes at every step, so "
                + equation.name()
                + " must be "
                + equation.name()
                + "_t");
      }
      return;
    }
    switch (ref.time()) {
      case NONE -> {
        // Outside the recurrence, a per-step quantity is read whole: one row per step.
        if (defined != null && defined.perStep() && equation.perStep()) {
          throw error(
              equation,
              name
                  + " is computed at every step; write "
                  + name
                  + "_t for this step or "
                  + name
                  + "_{t-1} for the step before");
        }
        if (defined == null && !values.containsKey(name)) {
          throw error(
              equation,
              "unknown name \""
                  + name
                  + "\""
                  + suggestion(name)
                  + "; define it in values or"
                  + " by an equation");
        }
      }
      case CURRENT, PREVIOUS -> {
        if (!equation.perStep()) {
          throw error(
              equation,
              equation.name()
                  + " has no steps but uses "
                  + ref
                  + "; write "
                  + equation.name()
                  + "_t if it is computed at every step");
        }
        if (defined == null || !defined.perStep()) {
          throw error(
              equation,
              values.containsKey(name) || defined != null
                  ? name + " is the same at every step; write " + name + " without _t"
                  : "unknown name \""
                      + ref
                      + "\""
                      + suggestion(name)
                      + "; a per-step quantity needs an equation "
                      + name
                      + "_t = …");
        }
        if (ref.time() == Expr.Time.PREVIOUS
            && runsAtStepOne(equation)
            && !values.containsKey(name + "_0")) {
          throw error(
              equation,
              ref
                  + " at step 1 needs a start value: add \""
                  + name
                  + "_0\" to values"
                  + (firstRules.containsKey(name)
                      ? " or a first-step rule " + equation.name() + "_1 = …"
                      : ""));
        }
      }
    }
  }

  /** Whether {@code equation} computes step 1: no first-step rule replaces it there. */
  private boolean runsAtStepOne(Equation equation) {
    return equation.firstStep() || !firstRules.containsKey(equation.name());
  }

  /** {@code x_{t-1}}: a sentence, a per-step equation, and {@code x_0} where step 1 reads it. */
  private void checkPreviousToken(Equation equation) {
    if (!hasSentence || !equation.perStep()) {
      throw error(
          equation,
          "x_{t-1} is the token read at the step before, which needs a sentence and an equation"
              + " computed at every step ("
              + equation.name()
              + "_t = …)");
    }
    if (!runsAtStepOne(equation)) {
      return;
    }
    Value start = values.get("x_0");
    if (!(start instanceof Value.Scalar s)
        || !s.value().isInteger()
        || s.value().signum() < 0
        || s.value().compareTo(dev.byhand.exact.Rational.of(Integer.MAX_VALUE)) > 0) {
      throw error(
          equation,
          "x_{t-1} at step 1 is x_0: add \"x_0\" to values, the token id (a whole number from 0)"
              + " read before the sentence");
    }
  }

  private String suggestion(String name) {
    TreeSet<String> known = new TreeSet<>(values.keySet());
    known.addAll(equations.keySet());
    for (String candidate : known) {
      if (candidate.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return " (did you mean " + candidate + "?)";
      }
    }
    return known.size() <= 20 ? " (known: " + String.join(", ", known) + ")" : "";
  }

  static List<Expr.Ref> refs(Expr expr, List<Expr.Ref> into) {
    if (expr instanceof Expr.Ref ref) {
      into.add(ref);
    } else if (expr instanceof Expr.Binary b) {
      refs(b.left(), into);
      refs(b.right(), into);
    } else if (expr instanceof Expr.Negate n) {
      refs(n.operand(), into);
    } else if (expr instanceof Expr.Transpose t) {
      refs(t.operand(), into);
    } else if (expr instanceof Expr.Index i) {
      refs(i.operand(), into);
      refs(i.index(), into);
    } else if (expr instanceof Expr.Power p) {
      refs(p.operand(), into);
    } else if (expr instanceof Expr.Slice s) {
      refs(s.operand(), into);
      s.bounds().forEach(b -> refs(b, into));
    } else if (expr instanceof Expr.Call c) {
      c.arguments().forEach(a -> refs(a, into));
      c.named().values().forEach(a -> refs(a, into));
    } else if (expr instanceof Expr.Table table) {
      // Its cells, symbols, i and j are its own; what else its rules read is a name as any other.
      for (Expr rule : table.rules()) {
        refs(rule, new ArrayList<>()).stream()
            .filter(ref -> !TableRules.isOwn(table, ref))
            .forEach(into::add);
      }
    }
    return into;
  }

  private static EquationException error(Equation equation, String message) {
    return new EquationException("\"" + equation.text() + "\": " + message);
  }
}
