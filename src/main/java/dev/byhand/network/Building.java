package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions that build a vector or a matrix from others: {@code outer}, {@code concat}, {@code col}
 * and {@code row}. Exact; stateless.
 */
final class Building {
  private Building() {}

  static Value outer(Value a, Value b) {
    List<Rational> left = vector(a, "outer");
    List<Rational> right = vector(b, "outer");
    List<Vector> rows = new ArrayList<>();
    for (Rational x : left) {
      rows.add(new Vector(right.stream().map(x::multiply).toList()));
    }
    return new Value.Mat(new Matrix(rows));
  }

  /** The vectors (or numbers) one after the other. */
  static Value concat(List<Value> parts) {
    return join(parts, "concat");
  }

  private static Value join(List<Value> parts, String function) {
    List<Rational> all = new ArrayList<>();
    for (Value part : parts) {
      all.addAll(vector(part, function));
    }
    return new Value.Vec(new Vector(all));
  }

  /** A vector of m entries as an m×1 matrix, to broadcast down every column. */
  static Value col(Value value) {
    return new Value.Mat(column(vector(value, "col")));
  }

  /** A vector of n entries as a 1×n matrix. */
  static Value row(Value value) {
    return new Value.Mat(new Matrix(List.of(new Vector(vector(value, "row")))));
  }

  private static Matrix column(List<Rational> entries) {
    return new Matrix(entries.stream().map(x -> new Vector(List.of(x))).toList());
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
