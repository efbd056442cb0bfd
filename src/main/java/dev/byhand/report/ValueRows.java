package dev.byhand.report;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A value as rows of exact entries for a matrix layout: a vector is one row, a number one entry.
 */
public final class ValueRows {
  private ValueRows() {}

  /** Every entry exact: {@code 3}, {@code -1/2}. */
  public static List<List<String>> of(Value value) {
    return rows(value, Rational::toString);
  }

  /**
   * Every entry rounded half-up to {@code places} decimals ({@code 0.122}), for a value compared
   * within a tolerance, whose exact form is a fraction of 40-digit numbers.
   */
  static List<List<String>> rounded(Value value, int places) {
    return rows(value, x -> x.isInteger() ? x.toString() : x.toDecimal(places).toPlainString());
  }

  private static List<List<String>> rows(Value value, Function<Rational, String> entry) {
    List<List<String>> rows = new ArrayList<>();
    if (value instanceof Value.Mat m) {
      Matrix matrix = m.value();
      for (int r = 0; r < matrix.rowCount(); r++) {
        rows.add(entries(matrix.row(r), entry));
      }
    } else if (value instanceof Value.Vec v) {
      rows.add(entries(v.value(), entry));
    } else if (value instanceof Value.Scalar s) {
      rows.add(List.of(entry.apply(s.value())));
    } else {
      rows.add(List.of(value.toString()));
    }
    return rows;
  }

  private static List<String> entries(Vector vector, Function<Rational, String> entry) {
    return vector.entries().stream().map(entry).toList();
  }
}
