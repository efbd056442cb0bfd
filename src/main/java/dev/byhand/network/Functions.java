package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The functions an equation may call. Most are exact on rationals; exp, log, log2, log10, xlogx,
 * entropy, sqrt, std, tanh, sigmoid and softmax round what is not exactly rational (see {@link
 * Transcendentals}) and say so through the evaluation's {@link Exactness}.
 */
final class Functions {
  /**
   * A call's argument values, its named ones ({@code axis}), the evaluation's exactness (which a
   * rounding function loses) and the vocabulary's size (0 without one), which tells a token from an
   * index.
   */
  record Arguments(List<Value> values, Map<String, Value> named, Exactness exactness, int words) {
    Value get(int i) {
      return values.get(i);
    }

    /** {@code axis=0} or {@code axis=1} (the parser allows no other), if given. */
    Optional<Integer> axis() {
      return Optional.ofNullable(named.get("axis")).map(v -> Ops.integer(v, "axis"));
    }
  }

  /** A function's arguments in, its value out. */
  private interface Body {
    Value apply(Arguments arguments);
  }

  /**
   * {@code arity} arguments, or at least that many when {@code more}; {@code exact}: never rounds
   * (its value on rationals is a rational, computed exactly).
   */
  private record Definition(int arity, boolean more, Body body, boolean exact) {
    Definition(int arity, Body body, boolean exact) {
      this(arity, false, body, exact);
    }

    Definition(int arity, Function<List<Value>, Value> exact) {
      this(arity, false, arguments -> exact.apply(arguments.values()), true);
    }
  }

  private static final Map<String, Definition> ALL =
      Map.ofEntries(
          Map.entry("exp", entrywise(Transcendentals::exp)),
          Map.entry("log", entrywise(Transcendentals::log)),
          Map.entry("log2", entrywise(Logarithms::log2)),
          Map.entry("log10", entrywise(Logarithms::log10)),
          Map.entry("xlogx", entrywise(Logarithms::xlogx)),
          Map.entry(
              "entropy",
              new Definition(1, a -> Logarithms.entropy(a.get(0), a.exactness()), false)),
          Map.entry("sqrt", entrywise(Transcendentals::sqrt)),
          Map.entry("tanh", entrywise(Transcendentals::tanh)),
          Map.entry("sigmoid", entrywise(Transcendentals::sigmoid)),
          Map.entry("softmax", new Definition(1, a -> Softmax.of(a.get(0), a.exactness()), false)),
          exact("relu", 1, a -> Ops.map(a.get(0), x -> x.signum() < 0 ? Rational.ZERO : x)),
          exact("abs", 1, a -> Ops.map(a.get(0), x -> x.signum() < 0 ? x.negate() : x)),
          exact("identity", 1, a -> Ops.number(a.get(0), "compute with")),
          exact(
              "step",
              1,
              a -> Ops.map(a.get(0), x -> x.signum() > 0 ? Rational.ONE : Rational.ZERO)),
          Map.entry("argmax", new Definition(1, a -> best(a, "argmax", 1), true)),
          Map.entry("argmin", new Definition(1, a -> best(a, "argmin", -1), true)),
          reduction("sum", Reductions::sum, true),
          reduction("mean", Reductions::mean, true),
          reduction("var", Reductions::var, true),
          reduction("std", Reductions::std, false),
          extreme("max", Reductions::max, Rational::max),
          extreme("min", Reductions::min, Rational::min),
          exact("outer", 2, a -> Building.outer(a.get(0), a.get(1))),
          exact("onehot", 2, a -> Building.onehot(a.get(0), a.get(1))),
          exact("col", 1, a -> Building.col(a.get(0))),
          exact("row", 1, a -> Building.row(a.get(0))),
          Map.entry("concat", new Definition(2, true, a -> Building.concat(a.values()), true)),
          Map.entry("hstack", new Definition(2, true, a -> Building.hstack(a.values()), true)),
          Map.entry("vstack", new Definition(2, true, a -> Building.vstack(a.values()), true)));

  /** A function of one number applied to every entry. */
  private interface EntryFunction {
    Rational apply(Rational x, Exactness exactness);
  }

  private Functions() {}

  static boolean isKnown(String name) {
    return ALL.containsKey(name);
  }

  /**
   * Why {@code count} arguments, {@code named} of them named ({@code axis=}), do not fit the
   * function {@code name}; empty when they do.
   */
  static Optional<String> misfit(String name, int count, boolean named) {
    Definition definition = ALL.get(name);
    int arity = definition.arity();
    if (isExtreme(name)) {
      if (count >= 2 && named) {
        return Optional.of(
            name
                + " takes axis= only with one argument; "
                + name
                + "(a, b, …) compares entry by entry");
      }
      return count >= 1
          ? Optional.empty()
          : Optional.of(
              name
                  + " takes 1 argument (a reduction, optionally with axis=) or 2 or more (entry by"
                  + " entry), found "
                  + count);
    }
    if (definition.more()) {
      return count >= arity
          ? Optional.empty()
          : Optional.of(name + " takes " + arity + " or more arguments, found " + count);
    }
    return count == arity
        ? Optional.empty()
        : Optional.of(
            name
                + " takes "
                + arity
                + (arity == 1 ? " argument" : " arguments")
                + ", found "
                + count);
  }

  static List<String> names() {
    return ALL.keySet().stream().sorted().toList();
  }

  static Value apply(String name, Arguments arguments) {
    return ALL.get(name).body().apply(arguments);
  }

  private static Map.Entry<String, Definition> exact(
      String name, int arity, Function<List<Value>, Value> body) {
    return Map.entry(name, new Definition(arity, body));
  }

  /** A function that reduces every entry, or along {@code axis=}, to numbers. */
  private static Map.Entry<String, Definition> reduction(
      String name, Reductions.Reduce reduce, boolean exact) {
    return Map.entry(
        name,
        new Definition(
            1, a -> Reductions.along(a.get(0), a.axis(), name, reduce, a.exactness()), exact));
  }

  /**
   * {@code max} or {@code min}: of one argument a reduction ({@code reduce}, along {@code axis=} if
   * given), of two or more the entry-by-entry extreme ({@code pick}), broadcasting as {@code +}.
   */
  private static Map.Entry<String, Definition> extreme(
      String name, Reductions.Reduce reduce, java.util.function.BinaryOperator<Rational> pick) {
    String verb = "take the " + name + " of";
    Body body =
        a -> {
          if (a.values().size() == 1) {
            return Reductions.along(a.get(0), a.axis(), name, reduce, a.exactness());
          }
          Value result = a.get(0);
          for (int i = 1; i < a.values().size(); i++) {
            result = Ops.elementwise(result, a.get(i), pick, verb);
          }
          return result;
        };
    return Map.entry(name, new Definition(1, true, body, true));
  }

  private static boolean isExtreme(String name) {
    return name.equals("max") || name.equals("min");
  }

  /** Whether {@code name} takes the named argument {@code axis=}. */
  static boolean takesAxis(String name) {
    return Set.of("sum", "mean", "var", "std", "max", "min", "argmax", "argmin").contains(name);
  }

  private static Definition entrywise(EntryFunction f) {
    return new Definition(1, a -> Ops.map(a.get(0), x -> f.apply(x, a.exactness())), false);
  }

  /**
   * Whether {@code name} chooses an entry (argmax, argmin): its index or token is exact even when
   * chosen from inexact values, as a token always was.
   */
  static boolean chooses(String name) {
    return name.equals("argmax") || name.equals("argmin");
  }

  /** Whether the function {@code name} may round (exp, log, sqrt, …); false for an unknown one. */
  static boolean mayRound(String name) {
    Definition definition = ALL.get(name);
    return definition != null && !definition.exact();
  }

  /**
   * argmax ({@code sign} 1) or argmin ({@code -1}): a token (every tied id) over a vector with one
   * entry per word of the vocabulary; otherwise the 0-based index of the first best entry, a number
   * as numpy's argmax gives it (a matrix counts its entries row by row). Along an axis, indices.
   */
  private static Value best(Arguments a, String function, int sign) {
    if (a.axis().isPresent()) {
      return Reductions.along(
          a.get(0),
          a.axis(),
          function,
          (entries, exactness) -> Rational.of(best(entries, sign).first()),
          a.exactness());
    }
    Value value = Ops.number(a.get(0), function);
    if (value.entries().isEmpty()) {
      throw new EquationException(function + " needs at least one number, found none");
    }
    SortedSet<Integer> ids = best(value.entries(), sign);
    if (a.words() > 0 && value instanceof Value.Vec v && v.value().size() == a.words()) {
      return new Value.Token(ids);
    }
    return new Value.Scalar(Rational.of(ids.first()));
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
}
