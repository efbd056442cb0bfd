package dev.byhand.network;

import static java.util.Objects.requireNonNull;

/**
 * One equation {@code name = expression}. {@code perStep} for a quantity of every step ({@code
 * hidden_t = …}); {@code firstStep} for the rule that replaces it at step 1 ({@code alpha_1 = …});
 * {@code text} is the equation as the rubric wrote it.
 */
public record Equation(
    String name, boolean perStep, boolean firstStep, Expr expression, String text) {
  public Equation {
    requireNonNull(name, "name");
    requireNonNull(expression, "expression");
    requireNonNull(text, "text");
    if (firstStep && !perStep) {
      throw new IllegalArgumentException("a first-step rule is a rule of a per-step quantity");
    }
  }

  /** An equation of every step ({@code perStep}) or without steps, not a first-step rule. */
  public Equation(String name, boolean perStep, Expr expression, String text) {
    this(name, perStep, false, expression, text);
  }

  /**
   * Parses {@code name = expression} in the rubric's grammar.
   *
   * @throws EquationException pointing at the column
   */
  public static Equation parse(String text) {
    return EquationParser.parse(requireNonNull(text, "text"));
  }

  /** The same equation with another right-hand side (a mutation), printed in rubric syntax. */
  public Equation with(Expr changed) {
    String left =
        changed instanceof Expr.Table
            ? name + "_{i,j}"
            : firstStep ? name + "_1" : perStep ? name + "_t" : name;
    return new Equation(name, perStep, firstStep, changed, left + " = " + changed);
  }

  /** Every name the right-hand side reads, in order, repeats included. */
  public java.util.List<Expr.Ref> refs() {
    return NameCheck.refs(expression, new java.util.ArrayList<>());
  }

  /**
   * Whether it calls a function that may round (exp, log, sqrt, tanh, sigmoid, softmax) outside the
   * arguments of argmax and argmin.
   */
  public boolean mayRound() {
    return mayRound(expression);
  }

  private static boolean mayRound(Expr expr) {
    if (expr instanceof Expr.Call call) {
      // A choice (argmax, argmin) is exact whatever it chooses from.
      return !Functions.chooses(call.function())
          && (Functions.mayRound(call.function())
              || call.arguments().stream().anyMatch(Equation::mayRound));
    }
    if (expr instanceof Expr.Binary b) {
      return mayRound(b.left()) || mayRound(b.right());
    }
    if (expr instanceof Expr.Negate n) {
      return mayRound(n.operand());
    }
    if (expr instanceof Expr.Transpose t) {
      return mayRound(t.operand());
    }
    if (expr instanceof Expr.Index i) {
      return mayRound(i.operand()) || mayRound(i.index());
    }
    if (expr instanceof Expr.Power p) {
      return mayRound(p.operand());
    }
    if (expr instanceof Expr.Slice s) {
      return mayRound(s.operand()) || s.bounds().stream().anyMatch(Equation::mayRound);
    }
    if (expr instanceof Expr.Table t) {
      return t.rules().stream().anyMatch(Equation::mayRound);
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
