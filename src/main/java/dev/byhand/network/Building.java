package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.List;

/**
 * Functions that build a matrix from a vector: {@code col} and {@code row}, to broadcast a vector
 * down every column or along every row. Exact; stateless.
 */
final class Building {
  private Building() {}

  /** A vector of m entries as an m×1 matrix, to broadcast down every column. */
  static Value col(Value value) {
    return new Value.Mat(
        new Matrix(vector(value, "col").stream().map(x -> new Vector(List.of(x))).toList()));
  }

  /** A vector of n entries as a 1×n matrix. */
  static Value row(Value value) {
    return new Value.Mat(new Matrix(List.of(new Vector(vector(value, "row")))));
  }

  /** The entries of a vector, or a number as one entry. */
  static List<Rational> vector(Value value, String function) {
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
