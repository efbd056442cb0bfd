package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reductions (sum, mean, var, std, max, min, argmax, argmin) over every entry, or along an axis as
 * numpy takes it: {@code axis=0} down the rows, one value per column; {@code axis=1} across each
 * row, one value per row. A vector has only axis 0. Stateless.
 */
final class Reductions {
  /** What a reduction makes of the numbers it reduces (never empty). */
  interface Reduce {
    Rational apply(List<Rational> entries, Exactness exactness);
  }

  private Reductions() {}

  /**
   * {@code reduce} over every entry of {@code value} (a number), or along {@code axis} (a vector of
   * numbers from a matrix; a number from a vector along axis 0).
   */
  static Value along(
      Value value, Optional<Integer> axis, String function, Reduce reduce, Exactness exactness) {
    Value number = Ops.number(value, function);
    if (axis.isEmpty()) {
      return new Value.Scalar(reduce.apply(nonEmpty(number.entries(), function), exactness));
    }
    int a = axis.get();
    if (number instanceof Value.Mat m) {
      Matrix matrix = a == 0 ? m.value().transpose() : m.value();
      List<Rational> out = new ArrayList<>(matrix.rowCount());
      for (Vector row : matrix.rows()) {
        out.add(reduce.apply(nonEmpty(row.entries(), function), exactness));
      }
      return new Value.Vec(new Vector(out));
    }
    if (number instanceof Value.Vec v && a == 0) {
      return new Value.Scalar(reduce.apply(nonEmpty(v.value().entries(), function), exactness));
    }
    throw new EquationException(
        function
            + "(…, axis="
            + a
            + ") needs "
            + (number instanceof Value.Vec
                ? "a matrix: a vector has only axis 0"
                : "a vector or a matrix")
            + ", found "
            + Ops.describe(number));
  }

  static Rational sum(List<Rational> entries, Exactness exactness) {
    return entries.stream().reduce(Rational.ZERO, Rational::add);
  }

  static Rational mean(List<Rational> entries, Exactness exactness) {
    return sum(entries, exactness).divide(Rational.of(entries.size()));
  }

  /** The population variance: the mean squared distance from the mean (divided by n). */
  static Rational var(List<Rational> entries, Exactness exactness) {
    Rational mean = mean(entries, exactness);
    return mean(
        entries.stream().map(x -> x.subtract(mean).multiply(x.subtract(mean))).toList(), exactness);
  }

  /** The population standard deviation, exact when the variance is a rational square. */
  static Rational std(List<Rational> entries, Exactness exactness) {
    return Transcendentals.sqrt(var(entries, exactness), exactness);
  }

  static Rational max(List<Rational> entries, Exactness exactness) {
    return entries.stream().reduce(Rational::max).orElseThrow();
  }

  static Rational min(List<Rational> entries, Exactness exactness) {
    return entries.stream().reduce(Rational::min).orElseThrow();
  }

  private static List<Rational> nonEmpty(List<Rational> entries, String function) {
    if (entries.isEmpty()) {
      throw new EquationException(function + " needs at least one number, found none");
    }
    return entries;
  }
}
