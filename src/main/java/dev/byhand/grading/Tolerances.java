package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each asked node is compared: exactly, or within the tolerance of the first item asking for
 * it. Exact rationals throughout, never {@code double}. Immutable and thread-safe.
 */
final class Tolerances {
  private final Map<Node, Rational> byNode = new HashMap<>();

  Tolerances(Rubric rubric) {
    for (RubricItem item : rubric.items()) {
      item.spec()
          .accuracy()
          .filter(t -> !item.manual())
          .ifPresent(t -> byNode.putIfAbsent(item.node(), t.value()));
    }
  }

  Optional<Rational> of(Node node) {
    return Optional.ofNullable(byNode.get(node));
  }

  /** Same shape, and every entry equal (or within the node's tolerance). */
  boolean matches(Node node, Value given, Value expected) {
    return given.sameShape(expected)
        && (given instanceof Value.Token
            ? given.equals(expected)
            : differences(given, expected, of(node)).isEmpty());
  }

  /**
   * Positions (from 1, row by row) of the entries that differ, or lie outside {@code tolerance}.
   */
  static List<Integer> differences(Value given, Value expected, Optional<Rational> tolerance) {
    List<Rational> g = given.entries();
    List<Rational> e = expected.entries();
    List<Integer> wrong = new ArrayList<>();
    for (int i = 0; i < e.size(); i++) {
      if (!close(g.get(i), e.get(i), tolerance)) {
        wrong.add(i + 1);
      }
    }
    return wrong;
  }

  private static boolean close(Rational given, Rational expected, Optional<Rational> tolerance) {
    if (tolerance.isEmpty()) {
      return given.compareTo(expected) == 0;
    }
    Rational difference = given.subtract(expected);
    return (difference.signum() < 0 ? difference.negate() : difference).compareTo(tolerance.get())
        <= 0;
  }
}
