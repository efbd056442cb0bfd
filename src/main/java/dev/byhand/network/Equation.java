package dev.byhand.network;

import static java.util.Objects.requireNonNull;

/**
 * One equation {@code name = expression}. {@code perStep} for a quantity of every step ({@code
 * hidden_t = …}); {@code text} is the equation as the rubric wrote it.
 */
public record Equation(String name, boolean perStep, Expr expression, String text) {
  public Equation {
    requireNonNull(name, "name");
    requireNonNull(expression, "expression");
    requireNonNull(text, "text");
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
    return new Equation(name, perStep, changed, (perStep ? name + "_t" : name) + " = " + changed);
  }

  /** Every name the right-hand side reads, in order, repeats included. */
  public java.util.List<Expr.Ref> refs() {
    return NameCheck.refs(expression, new java.util.ArrayList<>());
  }

  @Override
  public String toString() {
    return text;
  }
}
