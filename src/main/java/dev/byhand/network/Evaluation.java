package dev.byhand.network;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every value of one run of a network, addressed by {@link Node}: the named values, the quantities
 * without steps, and each per-step quantity at every step of the sentence. Immutable.
 */
public final class Evaluation {
  private final Map<String, Value> fixed;
  private final List<Map<String, Value>> steps;
  private final Set<Node> inexact;

  Evaluation(Map<String, Value> fixed, List<Map<String, Value>> steps, Set<Node> inexact) {
    this.fixed = Map.copyOf(requireNonNull(fixed, "fixed"));
    this.steps = steps.stream().map(Map::copyOf).toList();
    this.inexact = Set.copyOf(inexact);
  }

  /**
   * Whether the value at {@code node} is exact: computed without rounding from exact values. An
   * inexact one depends on a function whose result was not rational (exp(1), sqrt(2), softmax of
   * unequal entries) and holds 40 significant digits.
   */
  public boolean isExact(Node node) {
    return !inexact.contains(node);
  }

  /** The value at {@code node}; step 0 of a per-step quantity is its start value. */
  public Optional<Value> find(Node node) {
    if (node.step() == 0) {
      Value value = fixed.get(node.quantity());
      return Optional.ofNullable(value != null ? value : fixed.get(node.quantity() + "_0"));
    }
    if (node.step() > steps.size()) {
      return Optional.empty();
    }
    return Optional.ofNullable(steps.get(node.step() - 1).get(node.quantity()));
  }

  /** The value at {@code node}, which must exist. */
  public Value value(Node node) {
    return find(node).orElseThrow(() -> new IllegalArgumentException("no value at " + node));
  }

  /**
   * The value at {@code node} as text: exact values as they print ({@code [1/2, 3/2, 2]}), inexact
   * ones as the 40-digit decimals they hold ({@code [0.7310585786300048792511592418218362743651,
   * 0.5]}).
   */
  public String text(Node node) {
    Value value = value(node);
    if (isExact(node) || value instanceof Value.Token) {
      return value.toString();
    }
    if (value instanceof Value.Scalar s) {
      return decimal(s.value());
    }
    if (value instanceof Value.Vec v) {
      return row(v.value());
    }
    return ((Value.Mat) value)
        .value().rows().stream()
            .map(Evaluation::row)
            .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  private static String row(dev.byhand.exact.Vector row) {
    return row.entries().stream()
        .map(Evaluation::decimal)
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  /** An inexact entry: rounded to a decimal, so its decimal is exact. */
  public static String decimal(dev.byhand.exact.Rational x) {
    try {
      return new java.math.BigDecimal(x.numerator())
          .divide(new java.math.BigDecimal(x.denominator()))
          .toPlainString();
    } catch (ArithmeticException notTerminating) {
      return x.toString();
    }
  }

  /** How many steps were run (0 for a network without per-step quantities). */
  public int length() {
    return steps.size();
  }
}
