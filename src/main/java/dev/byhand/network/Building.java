package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions that build a vector or a matrix from others: {@code outer}, {@code concat}, {@code
 * hstack}, {@code vstack}, {@code onehot}, {@code col} and {@code row}. Exact; stateless.
 */
final class Building {
  /** A one-hot vector longer than this is no exercise done by hand. */
  private static final int MAX_ONEHOT = 100_000;

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

  /**
   * Matrices side by side (the same number of rows). A vector is a row, as everywhere in this
   * grammar: vectors alone join into one vector, as numpy's hstack joins 1-D arrays.
   */
  static Value hstack(List<Value> parts) {
    if (parts.stream().noneMatch(p -> p instanceof Value.Mat)) {
      return join(parts, "hstack");
    }
    List<Matrix> matrices = new ArrayList<>();
    for (Value part : parts) {
      Value number = Ops.number(part, "hstack");
      matrices.add(
          number instanceof Value.Mat m
              ? m.value()
              : new Matrix(List.of(new Vector(vector(number, "hstack")))));
    }
    int rows = matrices.get(0).rowCount();
    for (Matrix m : matrices) {
      Ops.check(
          m.rowCount() == rows,
          "hstack needs the same number of rows in every part: a "
              + matrices.get(0).shape()
              + " and a "
              + m.shape()
              + " do not fit side by side (a vector is one row; col(v) makes it a column)");
    }
    List<Vector> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      List<Rational> row = new ArrayList<>();
      for (Matrix m : matrices) {
        row.addAll(m.row(r).entries());
      }
      out.add(new Vector(row));
    }
    return new Value.Mat(new Matrix(out));
  }

  /** Vectors (each one row) and matrices stacked into one matrix. */
  static Value vstack(List<Value> parts) {
    List<Vector> rows = new ArrayList<>();
    for (Value part : parts) {
      Value number = Ops.number(part, "vstack");
      if (number instanceof Value.Mat m) {
        rows.addAll(m.value().rows());
      } else {
        rows.add(new Vector(vector(number, "vstack")));
      }
    }
    int width = rows.get(0).size();
    for (Vector row : rows) {
      Ops.check(
          row.size() == width,
          "vstack needs the same number of columns in every part: rows of "
              + width
              + " and "
              + row.size()
              + " entries do not stack");
    }
    return new Value.Mat(new Matrix(rows));
  }

  /**
   * A per-step quantity read whole: its numbers as one vector, or its vectors as the rows of one
   * matrix; step t is entry (row) t - 1.
   */
  static Value stackSteps(String quantity, List<Value> steps) {
    Value first = steps.get(0);
    if (first instanceof Value.Mat || first instanceof Value.Token) {
      throw new EquationException(
          quantity
              + " is "
              + (first instanceof Value.Mat ? "a matrix" : "a token")
              + " at every step; only a per-step number or vector can be read whole"
              + " (as a vector, or a matrix with one row per step)");
    }
    return first instanceof Value.Scalar ? concat(steps) : vstack(steps);
  }

  /** The vector of {@code n} entries, 1 at {@code i} (from 0) and 0 elsewhere. */
  static Value onehot(Value i, Value n) {
    int index = Ops.integer(i, "onehot's index");
    int size = Ops.integer(n, "onehot's length");
    Ops.check(
        size >= 1 && size <= MAX_ONEHOT,
        "onehot's length must be between 1 and " + MAX_ONEHOT + ", found " + size);
    Ops.check(
        index >= 0 && index < size,
        "onehot("
            + index
            + ", "
            + size
            + ") has no entry "
            + index
            + " (entries count from 0 to "
            + (size - 1)
            + ")");
    List<Rational> entries = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      entries.add(k == index ? Rational.ONE : Rational.ZERO);
    }
    return new Value.Vec(new Vector(entries));
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
