package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The named argument {@code name} as a whole number, {@code otherwise} when not given. */
    int whole(String name, int otherwise, String function) {
      Value value = named.get(name);
      return value == null ? otherwise : Ops.integer(value, function + "'s " + name);
    }

    /** Argument {@code i} as a whole number. */
    int whole(int i, String what) {
      return Ops.integer(values.get(i), what);
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
          Map.entry("softmax", new Definition(1, Functions::softmax, false)),
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
          Map.entry("var", new Definition(1, a -> variance(a, "var", Reductions::var), true)),
          Map.entry("std", new Definition(1, a -> variance(a, "std", Reductions::std), false)),
          extreme("max", Reductions::max, Rational::max),
          extreme("min", Reductions::min, Rational::min),
          exact("outer", 2, a -> Building.outer(a.get(0), a.get(1))),
          exact("onehot", 2, a -> Building.onehot(a.get(0), a.get(1))),
          exact("col", 1, a -> Building.col(a.get(0))),
          exact("row", 1, a -> Building.row(a.get(0))),
          Map.entry("concat", new Definition(2, true, a -> Building.concat(a.values()), true)),
          Map.entry("hstack", new Definition(2, true, a -> Building.hstack(a.values()), true)),
          Map.entry("vstack", new Definition(2, true, a -> Building.vstack(a.values()), true)),
          Map.entry(
              "conv",
              new Definition(
                  2,
                  a ->
                      Convolution.conv(
                          a.get(0),
                          a.get(1),
                          a.whole("stride", 1, "conv"),
                          a.whole("pad", 0, "conv")),
                  true)),
          pool("maxpool", Convolution.MAX),
          pool("avgpool", Convolution.MEAN),
          exact("flip", 1, a -> Convolution.flip(a.get(0))));

  /**
   * The named arguments each function takes: {@code axis=} for reductions and softmax, {@code
   * ddof=} for var and std, {@code stride=} and {@code pad=} for conv, {@code stride=} for pooling.
   */
  private static final Map<String, List<String>> NAMED =
      Map.ofEntries(
          Map.entry("sum", List.of("axis")),
          Map.entry("mean", List.of("axis")),
          Map.entry("var", List.of("axis", "ddof")),
          Map.entry("std", List.of("axis", "ddof")),
          Map.entry("max", List.of("axis")),
          Map.entry("min", List.of("axis")),
          Map.entry("argmax", List.of("axis")),
          Map.entry("argmin", List.of("axis")),
          Map.entry("softmax", List.of("axis")),
          Map.entry("conv", List.of("stride", "pad")),
          Map.entry("maxpool", List.of("stride")),
          Map.entry("avgpool", List.of("stride")));

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

  /** The names of the named arguments {@code function} takes, in the order documented. */
  static List<String> named(String function) {
    return NAMED.getOrDefault(function, List.of());
  }

  /** {@code maxpool(x, size, stride=)} or {@code avgpool}: the stride is the size by default. */
  private static Map.Entry<String, Definition> pool(String name, Convolution.Pool pool) {
    Body body =
        a -> {
          int size = a.whole(1, name + "'s size");
          return Convolution.pool(a.get(0), size, a.whole("stride", size, name), pool, name);
        };
    return Map.entry(name, new Definition(2, body, true));
  }

  /**
   * softmax over a vector, a matrix's rows ({@code axis=1}, as without an axis) or its columns
   * ({@code axis=0}).
   */
  private static Value softmax(Arguments a) {
    if (a.axis().orElse(0) == 1 && a.get(0) instanceof Value.Vec) {
      throw new EquationException("softmax(…, axis=1) needs a matrix: a vector has only axis 0");
    }
    if (a.axis().orElse(1) == 1 || !(a.get(0) instanceof Value.Mat m)) {
      return Softmax.of(a.get(0), a.exactness());
    }
    return Ops.transpose(Softmax.of(new Value.Mat(m.value().transpose()), a.exactness()));
  }

  /**
   * var or std: divided by n, or by n − 1 with {@code ddof=1} (the sample variance, numpy's ddof).
   */
  private static Value variance(Arguments a, String name, Reductions.Reduce population) {
    int ddof = a.whole("ddof", 0, name);
    Reductions.Reduce reduce =
        ddof == 0
            ? population
            : (entries, exactness) -> {
              Ops.check(
                  entries.size() >= 2,
                  name + "(…, ddof=1) needs at least 2 numbers, found " + entries.size());
              Rational n = Rational.of(entries.size());
              Rational sample =
                  Reductions.var(entries, exactness).multiply(n).divide(n.subtract(Rational.ONE));
              return name.equals("var") ? sample : Transcendentals.sqrt(sample, exactness);
            };
    return Reductions.along(a.get(0), a.axis(), name, reduce, a.exactness());
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
