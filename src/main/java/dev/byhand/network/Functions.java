package dev.byhand.network;

import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/** The functions an equation may call, all exact on rationals. */
final class Functions {
  private record Definition(int arity, Function<List<Value>, Value> apply) {}

  private static final Map<String, Definition> ALL = Map.of(
      "relu", new Definition(1, a -> Ops.map(a.get(0), x -> x.signum() < 0 ? Rational.ZERO : x)),
      "identity", new Definition(1, a -> Ops.number(a.get(0), "compute with")),
      "step", new Definition(1, a -> Ops.map(a.get(0), x -> x.signum() > 0 ? Rational.ONE : Rational.ZERO)),
      "argmax", new Definition(1, a -> new Value.Token(best(entries(a.get(0), "argmax"), 1))),
      "argmin", new Definition(1, a -> new Value.Token(best(entries(a.get(0), "argmin"), -1))),
      "sum", new Definition(1, a -> new Value.Scalar(
          entries(a.get(0), "sum").stream().reduce(Rational.ZERO, Rational::add))),
      "max", new Definition(1, a -> new Value.Scalar(
          entries(a.get(0), "max").stream().reduce(Rational::max).orElseThrow())),
      "outer", new Definition(2, a -> outer(a.get(0), a.get(1))),
      "concat", new Definition(2, a -> concat(a.get(0), a.get(1))));

  private Functions() {}

  static boolean isKnown(String name) {
    return ALL.containsKey(name);
  }

  static int arity(String name) {
    return ALL.get(name).arity();
  }

  static List<String> names() {
    return ALL.keySet().stream().sorted().toList();
  }

  static Value apply(String name, List<Value> arguments) {
    return ALL.get(name).apply().apply(arguments);
  }

  /** Every index holding the largest ({@code sign} 1) or smallest ({@code -1}) entry. */
  static SortedSet<Integer> best(List<Rational> values, int sign) {
    SortedSet<Integer> best = new TreeSet<>();
    Rational top = null;
    for (int i = 0; i < values.size(); i++) {
      int order = top == null ? 1 : sign * values.get(i).compareTo(top);
      if (order > 0) {
        best.clear();
        top = values.get(i);
      }
      if (order >= 0) {
        best.add(i);
      }
    }
    return best;
  }

  private static List<Rational> entries(Value value, String function) {
    Value number = Ops.number(value, function);
    if (number instanceof Value.Vec v) {
      return v.value().entries();
    }
    if (number instanceof Value.Scalar s) {
      return List.of(s.value());
    }
    return ((Value.Mat) number).value().rows().stream().flatMap(r -> r.entries().stream()).toList();
  }

  private static Value outer(Value a, Value b) {
    List<Rational> left = vector(a, "outer");
    List<Rational> right = vector(b, "outer");
    List<Vector> rows = new ArrayList<>();
    for (Rational x : left) {
      rows.add(new Vector(right.stream().map(x::multiply).toList()));
    }
    return new Value.Mat(new dev.byhand.rnn.Matrix(rows));
  }

  private static Value concat(Value a, Value b) {
    List<Rational> all = new ArrayList<>(vector(a, "concat"));
    all.addAll(vector(b, "concat"));
    return new Value.Vec(new Vector(all));
  }

  private static List<Rational> vector(Value value, String function) {
    Value number = Ops.number(value, function);
    if (number instanceof Value.Vec v) {
      return v.value().entries();
    }
    if (number instanceof Value.Scalar s) {
      return List.of(s.value());
    }
    throw new EquationException(function + " takes vectors, found a " + number.shape() + " matrix");
  }
}
