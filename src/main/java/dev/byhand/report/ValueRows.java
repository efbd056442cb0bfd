package dev.byhand.report;

import dev.byhand.network.Value;
import dev.byhand.rnn.Matrix;
import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * A value as rows of exact entries for a matrix layout: a vector is one row, a number one entry.
 */
public final class ValueRows {
  private ValueRows() {}

  public static List<List<String>> of(Value value) {
    List<List<String>> rows = new ArrayList<>();
    if (value instanceof Value.Mat m) {
      Matrix matrix = m.value();
      for (int r = 0; r < matrix.rowCount(); r++) {
        rows.add(entries(matrix.row(r)));
      }
    } else if (value instanceof Value.Vec v) {
      rows.add(entries(v.value()));
    } else {
      rows.add(List.of(value.toString()));
    }
    return rows;
  }

  private static List<String> entries(Vector vector) {
    return vector.entries().stream().map(Rational::toString).toList();
  }
}
