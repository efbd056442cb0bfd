package dev.byhand.grading;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers as the student wrote them, given the shape the rubric expects: a vector written as a
 * column or a one-row matrix is that vector, one number is a number; otherwise rows make a matrix
 * and a flat list a vector, and the judge compares shapes.
 */
final class Shapes {
  private Shapes() {}

  /** {@code rows} are the sizes of the rows written (empty or one for a flat list), all equal. */
  static Value asWritten(List<Rational> numbers, List<Integer> rows, Value expected) {
    boolean byRows = rows.size() > 1 && rows.get(0) > 0;
    if (expected instanceof Value.Scalar && numbers.size() == 1) {
      return new Value.Scalar(numbers.get(0));
    }
    if (!byRows) {
      if (expected instanceof Value.Mat m && m.value().rowCount() == 1) {
        return new Value.Mat(new Matrix(List.of(new Vector(numbers))));
      }
      if (expected instanceof Value.Mat m
          && m.value().columnCount() == 1
          && numbers.size() == m.value().rowCount()) {
        // A one-column matrix written as a list, the way a column is written everywhere else.
        return new Value.Mat(
            new Matrix(numbers.stream().map(x -> new Vector(List.of(x))).toList()));
      }
      return new Value.Vec(new Vector(numbers));
    }
    if (expected instanceof Value.Vec && rows.get(0) == 1) {
      return new Value.Vec(new Vector(numbers));
    }
    List<Vector> matrix = new ArrayList<>();
    int at = 0;
    for (int size : rows) {
      matrix.add(new Vector(numbers.subList(at, at + size)));
      at += size;
    }
    return new Value.Mat(new Matrix(matrix));
  }

  /**
   * Two or more entries, all zero: a template line left unfilled more often than an answer. One
   * number 0 (a scalar, an index) is an answer like any other.
   */
  /** More than one entry, all the same number. */
  static boolean isConstant(Value value) {
    List<Rational> entries = value.entries();
    return entries.size() > 1 && entries.stream().allMatch(x -> x.equals(entries.get(0)));
  }

  static boolean isPlaceholder(Value value) {
    return value.entries().size() > 1 && value.entries().stream().allMatch(x -> x.signum() == 0);
  }
}
