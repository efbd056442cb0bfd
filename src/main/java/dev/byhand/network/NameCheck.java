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
  private final boolean hasSentence;

  NameCheck(Map<String, Value> values, Map<String, Equation> equations, boolean hasSentence) {
    this.values = values;
    this.equations = equations;
    this.hasSentence = hasSentence;
  }

  void check() {
    for (Equation equation : equations.values()) {
      if (equation.perStep() && !hasSentence) {
        throw error(
            equation,
            equation.name()
                + "_t is computed at every step, but the rubric has no"
                + " sentence; add \"sentence\" (and \"vocabulary\") or drop the _t");
      }
      for (Expr.Ref ref : refs(equation.expression(), new ArrayList<>())) {
        check(equation, ref);
      }
    }
  }

  private void check(Equation equation, Expr.Ref ref) {
    String name = ref.name();
    Equation defined = equations.get(name);
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
        if (defined != null && defined.perStep()) {
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
        if (ref.time() == Expr.Time.PREVIOUS && !values.containsKey(name + "_0")) {
          throw error(
              equation, ref + " at step 1 needs a start value: add \"" + name + "_0\" to values");
        }
      }
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
