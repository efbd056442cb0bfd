package dev.byhand.network;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A parsed expression of an equation. {@link #toString()} prints it back in the rubric's syntax,
 * fully parenthesised only where needed, so a changed expression reads like an equation.
 */
public sealed interface Expr {
  /** Which step a name refers to. */
  enum Time {
    /** A value or a quantity without steps: {@code W}. */
    NONE,
    /** This step: {@code hidden_t}. */
    CURRENT,
    /** The step before: {@code hidden_{t-1}}. */
    PREVIOUS
  }

  /** Binding strength, for printing. */
  int precedence();

  /** A number written in the equation. */
  record Num(Rational value) implements Expr {
    public Num {
      requireNonNull(value, "value");
    }

    /**
     * A negative number binds like unary minus; a fraction without a decimal form like a division.
     */
    @Override
    public int precedence() {
      return value.signum() < 0 ? 3 : value.isInteger() || decimal().isPresent() ? 4 : 2;
    }

    /**
     * As the grammar writes it: {@code 3}, {@code 0.5}, {@code -2}, or {@code 1/3} when no decimal
     * is exact.
     */
    @Override
    public String toString() {
      return value.isInteger() ? value.toString() : decimal().orElse(value.toString());
    }

    private java.util.Optional<String> decimal() {
      try {
        return java.util.Optional.of(
            new java.math.BigDecimal(value.numerator())
                .divide(new java.math.BigDecimal(value.denominator()))
                .toPlainString());
      } catch (ArithmeticException notTerminating) {
        return java.util.Optional.empty();
      }
    }
  }

  /** A name: a value, a quantity, or the token read, {@code x_t}. */
  record Ref(String name, Time time) implements Expr {
    public Ref {
      requireNonNull(name, "name");
      requireNonNull(time, "time");
    }

    public boolean isToken() {
      return name.equals("x") && time == Time.CURRENT;
    }

    /** {@code x_{t-1}}: the token read at the step before ({@code x_0}, a value, at step 1). */
    public boolean isPreviousToken() {
      return name.equals("x") && time == Time.PREVIOUS;
    }

    @Override
    public int precedence() {
      return 4;
    }

    @Override
    public String toString() {
      return switch (time) {
        case NONE -> name;
        case CURRENT -> name + "_t";
        case PREVIOUS -> name + "_{t-1}";
      };
    }
  }

  /**
   * {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b} (elementwise, broadcasting), {@code
   * a @ b}, or a comparison, 1 where it holds and else 0: {@code a == b} (op {@code '='}), {@code a
   * != b} ({@code '!'}), {@code a < b}, {@code a > b}, {@code a <= b} ({@code '≤'}), {@code a >= b}
   * ({@code '≥'}).
   */
  record Binary(char op, Expr left, Expr right) implements Expr {
    public Binary {
      requireNonNull(left, "left");
      requireNonNull(right, "right");
      if ("+-*/@=!<>\u2264\u2265".indexOf(op) < 0) {
        throw new IllegalArgumentException("unknown operator " + op);
      }
    }

    @Override
    public int precedence() {
      return isComparison() ? 0 : op == '+' || op == '-' ? 1 : 2;
    }

    /** Whether it compares ({@code == != < > <= >=}) rather than computes. */
    public boolean isComparison() {
      return "=!<>\u2264\u2265".indexOf(op) >= 0;
    }

    /**
     * The operator as written: {@code ==} for op {@code '='}, {@code !=}, {@code <=}, {@code >=}.
     */
    public String symbol() {
      return switch (op) {
        case '=' -> "==";
        case '!' -> "!=";
        case '\u2264' -> "<=";
        case '\u2265' -> ">=";
        default -> String.valueOf(op);
      };
    }

    @Override
    public String toString() {
      // Left-associative: the right operand needs parentheses at equal precedence; comparisons do
      // not chain, so a comparison on the left needs them too.
      String l =
          left.precedence() < precedence() || (isComparison() && left.precedence() == 0)
              ? "(" + left + ")"
              : left.toString();
      String r = right.precedence() <= precedence() ? "(" + right + ")" : right.toString();
      return l + " " + symbol() + " " + r;
    }
  }

  /** {@code x^k}: every entry to the power k, a whole number written in the equation. */
  record Power(Expr operand, int exponent) implements Expr {
    /** A larger power is no exercise done by hand, and its numbers grow without bound. */
    public static final int MAX_EXPONENT = 100;

    public Power {
      requireNonNull(operand, "operand");
      if (exponent < 0 || exponent > MAX_EXPONENT) {
        throw new IllegalArgumentException(
            "a power from 0 to " + MAX_EXPONENT + ", not " + exponent);
      }
    }

    @Override
    public int precedence() {
      return 4;
    }

    @Override
    public String toString() {
      return (operand.precedence() < 4 ? "(" + operand + ")" : operand.toString()) + "^" + exponent;
    }
  }

  /** One position of a slice: an index, or a half-open range. */
  sealed interface Part {}

  /** {@code i}: one row (or column, or entry), counting from 0. */
  record At(Expr index) implements Part {
    public At {
      requireNonNull(index, "index");
    }

    @Override
    public String toString() {
      return index.toString();
    }
  }

  /** {@code i:j}, rows (or columns, entries) i to j − 1; a missing end is the edge. */
  record Span(java.util.Optional<Expr> from, java.util.Optional<Expr> to) implements Part {
    public Span {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    @Override
    public String toString() {
      return from.map(Expr::toString).orElse("") + ":" + to.map(Expr::toString).orElse("");
    }
  }

  /**
   * {@code v[i:j]}, {@code M[i:j]}, {@code M[:, j]}, {@code M[i:j, k:l]}, {@code M[i, j]}: as
   * numpy, a range keeps its dimension and an index drops it. {@code M[i]} alone is an {@link
   * Index}.
   */
  record Slice(Expr operand, List<Part> parts) implements Expr {
    public Slice {
      requireNonNull(operand, "operand");
      parts = List.copyOf(parts);
      if (parts.isEmpty() || parts.size() > 2) {
        throw new IllegalArgumentException("a slice has one or two positions");
      }
    }

    /** Every expression of its positions (indices and range ends), in order. */
    public List<Expr> bounds() {
      List<Expr> bounds = new java.util.ArrayList<>();
      for (Part part : parts) {
        if (part instanceof At at) {
          bounds.add(at.index());
        } else {
          Span span = (Span) part;
          span.from().ifPresent(bounds::add);
          span.to().ifPresent(bounds::add);
        }
      }
      return bounds;
    }

    /** The same slice with every position's expressions changed by {@code change}. */
    public Slice map(Expr changedOperand, java.util.function.UnaryOperator<Expr> change) {
      List<Part> changed = new java.util.ArrayList<>();
      for (Part part : parts) {
        if (part instanceof At at) {
          changed.add(new At(change.apply(at.index())));
        } else {
          Span span = (Span) part;
          changed.add(new Span(span.from().map(change), span.to().map(change)));
        }
      }
      return new Slice(changedOperand, changed);
    }

    @Override
    public int precedence() {
      return 4;
    }

    @Override
    public String toString() {
      return (operand.precedence() < 4 ? "(" + operand + ")" : operand.toString())
          + parts.stream().map(Part::toString).collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** {@code -e}. */
  record Negate(Expr operand) implements Expr {
    public Negate {
      requireNonNull(operand, "operand");
    }

    @Override
    public int precedence() {
      return 3;
    }

    @Override
    public String toString() {
      return "-" + (operand.precedence() < 3 ? "(" + operand + ")" : operand.toString());
    }
  }

  /** {@code M^T}. */
  record Transpose(Expr operand) implements Expr {
    public Transpose {
      requireNonNull(operand, "operand");
    }

    @Override
    public int precedence() {
      return 4;
    }

    @Override
    public String toString() {
      return (operand.precedence() < 4 ? "(" + operand + ")" : operand.toString()) + "^T";
    }
  }

  /** {@code M[i]}: row i of a matrix (entry i of a vector), counting from 0. */
  record Index(Expr operand, Expr index) implements Expr {
    public Index {
      requireNonNull(operand, "operand");
      requireNonNull(index, "index");
    }

    @Override
    public int precedence() {
      return 4;
    }

    @Override
    public String toString() {
      return (operand.precedence() < 4 ? "(" + operand + ")" : operand.toString())
          + "["
          + index
          + "]";
    }
  }

  /**
   * A dynamic-programming table {@code name_{i,j}} over two sequences, one row per symbol of {@code
   * rows} plus row 0, one column per symbol of {@code columns} plus column 0: the rule of row 0
   * ({@code name_{0,j} = …}), of column 0 ({@code name_{i,0} = …}), the corner's own when given,
   * and the general rule. Inside its rules {@code name_{i-1,j}} (and the like) reads a cell
   * computed before, {@code s_i} and {@code u_j} are symbols of the sequences (from 1), {@code i}
   * and {@code j} the cell's position. Prints as its general rule.
   */
  record Table(
      String name,
      Sequence rows,
      Sequence columns,
      Expr top,
      Expr left,
      java.util.Optional<Expr> corner,
      Expr general)
      implements Expr {
    public Table {
      requireNonNull(name, "name");
      requireNonNull(rows, "rows");
      requireNonNull(columns, "columns");
      requireNonNull(top, "top");
      requireNonNull(left, "left");
      requireNonNull(corner, "corner");
      requireNonNull(general, "general");
    }

    /** The same table with another general rule (a mutation). */
    public Table withGeneral(Expr changed) {
      return new Table(name, rows, columns, top, left, corner, changed);
    }

    /** Every rule as the rubric writes it ({@code D_{0,j} = j}), the general one last. */
    public List<String> ruleTexts() {
      List<String> texts = new java.util.ArrayList<>();
      texts.add(name + "_{0,j} = " + top);
      texts.add(name + "_{i,0} = " + left);
      corner.ifPresent(c -> texts.add(name + "_{0,0} = " + c));
      texts.add(name + "_{i,j} = " + general);
      return texts;
    }

    /** Every rule, the general one last. */
    public List<Expr> rules() {
      List<Expr> rules = new java.util.ArrayList<>(List.of(top, left));
      corner.ifPresent(rules::add);
      rules.add(general);
      return rules;
    }

    @Override
    public int precedence() {
      return 4;
    }

    @Override
    public String toString() {
      return general.toString();
    }
  }

  /**
   * {@code relu(e)}, {@code outer(a, b)}, {@code sum(X, axis=0)}, …: a function of {@link
   * Functions}, its arguments, and its named arguments in the order written.
   */
  record Call(String function, List<Expr> arguments, Map<String, Expr> named) implements Expr {
    public Call {
      requireNonNull(function, "function");
      arguments = List.copyOf(arguments);
      named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /** A call without named arguments. */
    public Call(String function, List<Expr> arguments) {
      this(function, arguments, Map.of());
    }

    /** The same call, named arguments kept, with other positional arguments. */
    public Call withArguments(List<Expr> changed) {
      return new Call(function, changed, named);
    }

    /** The same arguments to another function ({@code argmin} for {@code argmax}). */
    public Call renamed(String other) {
      return new Call(other, arguments, named);
    }

    @Override
    public int precedence() {
      return 4;
    }

    @Override
    public String toString() {
      return function
          + java.util.stream.Stream.concat(
                  arguments.stream().map(Expr::toString),
                  named.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()))
              .collect(Collectors.joining(", ", "(", ")"));
    }
  }
}
