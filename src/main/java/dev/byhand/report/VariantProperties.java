package dev.byhand.report;

import dev.byhand.exact.Rational;
import dev.byhand.network.Evaluation;
import dev.byhand.network.Expr;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.rubric.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What a student's own numbers make them do, as a few small integers per student, so that variants
 * can be compared for fairness: how many entries ReLU zeroes in each asked hidden state, whether
 * each asked prediction is close to a tie, and the largest magnitude in any asked item. Built once
 * per rubric; immutable and thread-safe.
 */
final class VariantProperties {
  /**
   * A prediction is close to a tie when its top two scores lie within this share of their range.
   */
  private static final Rational NEAR_TIE = Rational.of(1, 10);

  /** One property of a student's numbers. */
  interface Property {
    /** Its value for the student's reference run. */
    int of(Evaluation own);

    /**
     * The group each value puts a student in, for people ("whose ReLU zeroes 2 entries of
     * q1.hidden"), given every student's values.
     */
    IntFunction<String> groups(int[] classValues);
  }

  private final Rubric rubric;
  private final List<Property> properties;

  VariantProperties(Rubric rubric) {
    this.rubric = rubric;
    List<Property> found = new ArrayList<>();
    List<Node> asked = new ArrayList<>();
    for (RubricItem item : rubric.items()) {
      if (item.manual()) {
        continue;
      }
      Node node = item.node();
      asked.add(node);
      String key = item.key();
      Optional<Expr.Call> call =
          rubric
              .network()
              .equation(node.quantity())
              .map(e -> e.expression())
              .flatMap(VariantProperties::call);
      Value reference = item.reference().orElseThrow();
      if (call.isPresent()
          && call.get().function().equals("relu")
          && reference instanceof Value.Vec) {
        found.add(new Zeros(node, key));
      }
      if (call.isPresent()
          && call.get().function().equals("argmax")
          && reference instanceof Value.Token) {
        scores(call.get(), node.step()).ifPresent(scores -> found.add(new NearTie(scores, key)));
      }
    }
    found.add(new Magnitude(List.copyOf(asked)));
    this.properties = List.copyOf(found);
  }

  List<Property> properties() {
    return properties;
  }

  /** The student's value of every property, in {@link #properties} order. */
  int[] of(Variant variant) {
    Evaluation own = rubric.network().withValues(variant.values()).reference();
    int[] values = new int[properties.size()];
    for (int p = 0; p < values.length; p++) {
      values[p] = properties.get(p).of(own);
    }
    return values;
  }

  private static Optional<Expr.Call> call(Expr expression) {
    return expression instanceof Expr.Call call && call.arguments().size() == 1
        ? Optional.of(call)
        : Optional.empty();
  }

  /** The node an {@code argmax} reads at {@code step}: its scores (the logits). */
  private static Optional<Node> scores(Expr.Call argmax, int step) {
    if (!(argmax.arguments().get(0) instanceof Expr.Ref ref)) {
      return Optional.empty();
    }
    return switch (ref.time()) {
      case NONE -> Optional.of(new Node(ref.name(), 0));
      case CURRENT -> ref.isToken() ? Optional.empty() : Optional.of(new Node(ref.name(), step));
      case PREVIOUS -> Optional.of(new Node(ref.name(), step - 1));
    };
  }

  /** How many entries ReLU zeroed in an asked hidden state. */
  private record Zeros(Node node, String key) implements Property {
    @Override
    public int of(Evaluation own) {
      int zeros = 0;
      for (Rational entry : own.value(node).entries()) {
        zeros += entry.signum() == 0 ? 1 : 0;
      }
      return zeros;
    }

    @Override
    public IntFunction<String> groups(int[] classValues) {
      return value ->
          "whose ReLU zeroes "
              + (value == 0 ? "no entry" : value + (value == 1 ? " entry" : " entries"))
              + " of "
              + key;
    }
  }

  /** 1 when an asked prediction's top two scores lie within a tenth of their range, else 0. */
  private record NearTie(Node scores, String key) implements Property {
    @Override
    public int of(Evaluation own) {
      List<Rational> entries = own.value(scores).entries().stream().sorted().toList();
      if (entries.size() < 2) {
        return 0;
      }
      Rational top = entries.get(entries.size() - 1);
      Rational gap = top.subtract(entries.get(entries.size() - 2));
      Rational range = top.subtract(entries.get(0));
      return gap.compareTo(range.multiply(NEAR_TIE)) <= 0 ? 1 : 0;
    }

    @Override
    public IntFunction<String> groups(int[] classValues) {
      return value ->
          value == 1
              ? "whose "
                  + key
                  + " is close to a tie (the top two "
                  + scores.quantity()
                  + " within a tenth of their range)"
              : "whose " + key + " has a clear winner";
    }
  }

  /** The largest magnitude in any asked item, rounded; grouped at the class's median. */
  private record Magnitude(List<Node> asked) implements Property {
    @Override
    public int of(Evaluation own) {
      Rational largest = Rational.ZERO;
      for (Node node : asked) {
        Value value = own.value(node);
        if (value instanceof Value.Token) {
          continue;
        }
        for (Rational entry : value.entries()) {
          largest = largest.max(entry.signum() < 0 ? entry.negate() : entry);
        }
      }
      return largest.toDecimal(0).min(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }

    @Override
    public IntFunction<String> groups(int[] classValues) {
      int median = median(classValues);
      return value ->
          value > median
              ? "whose largest number is above " + median
              : "whose largest number is at most " + median;
    }

    private static int median(int[] values) {
      int[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      return sorted[(sorted.length - 1) / 2];
    }
  }
}
