package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

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

  /**
   * {@code arity} arguments, or at least that many when {@code more}; {@code exact}: never rounds
   * (its value on rationals is a rational, computed exactly). What each computes is in {@link
   * #apply}: a table of data, so that loading the class bootstraps no lambda.
   */
  private record Definition(int arity, boolean more, boolean exact) {
    static Definition exact(int arity) {
      return new Definition(arity, false, true);
    }

    static Definition rounding(int arity) {
      return new Definition(arity, false, false);
    }

    static Definition atLeast(int arity) {
      return new Definition(arity, true, true);
    }
  }

  private static final Map<String, Definition> ALL =
      Map.ofEntries(
          Map.entry("exp", Definition.rounding(1)),
          Map.entry("log", Definition.rounding(1)),
          Map.entry("log2", Definition.rounding(1)),
          Map.entry("log10", Definition.rounding(1)),
          Map.entry("xlogx", Definition.rounding(1)),
          Map.entry("entropy", Definition.rounding(1)),
          Map.entry("sqrt", Definition.rounding(1)),
          Map.entry("tanh", Definition.rounding(1)),
          Map.entry("sigmoid", Definition.rounding(1)),
          Map.entry("softmax", Definition.rounding(1)),
          Map.entry("relu", Definition.exact(1)),
          Map.entry("abs", Definition.exact(1)),
          Map.entry("identity", Definition.exact(1)),
          Map.entry("step", Definition.exact(1)),
          Map.entry("argmax", Definition.exact(1)),
          Map.entry("argmin", Definition.exact(1)),
          Map.entry("sum", Definition.exact(1)),
          Map.entry("mean", Definition.exact(1)),
          Map.entry("var", Definition.exact(1)),
          Map.entry("std", Definition.rounding(1)),
          Map.entry("max", Definition.atLeast(1)),
          Map.entry("min", Definition.atLeast(1)),
          Map.entry("outer", Definition.exact(2)),
          Map.entry("onehot", Definition.exact(2)),
          Map.entry("col", Definition.exact(1)),
          Map.entry("row", Definition.exact(1)),
          Map.entry("concat", Definition.atLeast(2)),
          Map.entry("hstack", Definition.atLeast(2)),
          Map.entry("vstack", Definition.atLeast(2)),
          Map.entry("conv", Definition.exact(2)),
          Map.entry("maxpool", Definition.exact(2)),
          Map.entry("avgpool", Definition.exact(2)),
          Map.entry("flip", Definition.exact(1)));

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

  static Value apply(String name, Arguments a) {
    return switch (name) {
      case "exp" -> entrywise(a, Transcendentals::exp);
      case "log" -> entrywise(a, Transcendentals::log);
      case "log2" -> entrywise(a, Logarithms::log2);
      case "log10" -> entrywise(a, Logarithms::log10);
      case "xlogx" -> entrywise(a, Logarithms::xlogx);
      case "entropy" -> Logarithms.entropy(a.get(0), a.exactness());
      case "sqrt" -> entrywise(a, Transcendentals::sqrt);
      case "tanh" -> entrywise(a, Transcendentals::tanh);
      case "sigmoid" -> entrywise(a, Transcendentals::sigmoid);
      case "softmax" -> softmax(a);
      case "relu" -> Ops.map(a.get(0), x -> x.signum() < 0 ? Rational.ZERO : x);
      case "abs" -> Ops.map(a.get(0), x -> x.signum() < 0 ? x.negate() : x);
      case "identity" -> Ops.number(a.get(0), "compute with");
      case "step" -> Ops.map(a.get(0), x -> x.signum() > 0 ? Rational.ONE : Rational.ZERO);
      case "argmax" -> best(a, "argmax", 1);
      case "argmin" -> best(a, "argmin", -1);
      case "sum" -> reduction(a, "sum", Reductions::sum);
      case "mean" -> reduction(a, "mean", Reductions::mean);
      case "var" -> variance(a, "var", Reductions::var);
      case "std" -> variance(a, "std", Reductions::std);
      case "max" -> extreme(a, "max", Reductions::max, Rational::max);
      case "min" -> extreme(a, "min", Reductions::min, Rational::min);
      case "outer" -> Building.outer(a.get(0), a.get(1));
      case "onehot" -> Building.onehot(a.get(0), a.get(1));
      case "col" -> Building.col(a.get(0));
      case "row" -> Building.row(a.get(0));
      case "concat" -> Building.concat(a.values());
      case "hstack" -> Building.hstack(a.values());
      case "vstack" -> Building.vstack(a.values());
      case "conv" ->
          Convolution.conv(
              a.get(0), a.get(1), a.whole("stride", 1, "conv"), a.whole("pad", 0, "conv"));
      case "maxpool" -> pool(a, "maxpool", Convolution.MAX);
      case "avgpool" -> pool(a, "avgpool", Convolution.MEAN);
      case "flip" -> Convolution.flip(a.get(0));
      default -> throw new IllegalArgumentException("no function " + name);
    };
  }

  /** A function that reduces every entry, or along {@code axis=}, to numbers. */
  private static Value reduction(Arguments a, String name, Reductions.Reduce reduce) {
    return Reductions.along(a.get(0), a.axis(), name, reduce, a.exactness());
  }

  /**
   * {@code max} or {@code min}: of one argument a reduction ({@code reduce}, along {@code axis=} if
   * given), of two or more the entry-by-entry extreme ({@code pick}), broadcasting as {@code +}.
   */
  private static Value extreme(
      Arguments a,
      String name,
      Reductions.Reduce reduce,
      java.util.function.BinaryOperator<Rational> pick) {
    if (a.values().size() == 1) {
      return Reductions.along(a.get(0), a.axis(), name, reduce, a.exactness());
    }
    String verb = "take the " + name + " of";
    Value result = a.get(0);
    for (int i = 1; i < a.values().size(); i++) {
      result = Ops.elementwise(result, a.get(i), pick, verb);
    }
    return result;
  }

  private static boolean isExtreme(String name) {
    return name.equals("max") || name.equals("min");
  }

  /** The names of the named arguments {@code function} takes, in the order documented. */
  static List<String> named(String function) {
    return NAMED.getOrDefault(function, List.of());
  }

  /** {@code maxpool(x, size, stride=)} or {@code avgpool}: the stride is the size by default. */
  private static Value pool(Arguments a, String name, Convolution.Pool pool) {
    int size = a.whole(1, name + "'s size");
    return Convolution.pool(a.get(0), size, a.whole("stride", size, name), pool, name);
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

  private static Value entrywise(Arguments a, EntryFunction f) {
    return Ops.map(a.get(0), x -> f.apply(x, a.exactness()));
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
