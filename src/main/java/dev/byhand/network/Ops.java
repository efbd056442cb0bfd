package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The operators of the grammar on typed values, exact throughout. A shape mismatch throws an {@link
 * EquationException} giving both shapes; the network adds which equation it was.
 */
final class Ops {
  private Ops() {}

  static Value binary(char op, Value left, Value right) {
    return switch (op) {
      case '+' -> elementwise(left, right, Rational::add, "add");
      case '-' -> elementwise(left, right, Rational::subtract, "subtract");
      case '*' -> elementwise(left, right, Rational::multiply, "multiply entry by entry");
      case '/' -> elementwise(left, right, Ops::divide, "divide entry by entry");
      case '@' -> product(left, right);
      case '=' -> compare(left, right, c -> c == 0);
      case '!' -> compare(left, right, c -> c != 0);
      case '<' -> compare(left, right, c -> c < 0);
      case '>' -> compare(left, right, c -> c > 0);
      case '\u2264' -> compare(left, right, c -> c <= 0);
      case '\u2265' -> compare(left, right, c -> c >= 0);
      default -> throw new IllegalArgumentException("unknown operator " + op);
    };
  }

  /** 1 where {@code holds} of the entries' order, else 0, entry by entry, broadcasting. */
  private static Value compare(Value left, Value right, java.util.function.IntPredicate holds) {
    return elementwise(
        left,
        right,
        (x, y) -> holds.test(x.compareTo(y)) ? Rational.ONE : Rational.ZERO,
        "compare");
  }

  private static Rational divide(Rational a, Rational b) {
    if (b.signum() == 0) {
      throw new EquationException("division by zero");
    }
    return a.divide(b);
  }

  static Value negate(Value value) {
    return map(value, Rational::negate);
  }

  /** Applies {@code f} to every entry, keeping the shape. */
  static Value map(Value value, UnaryOperator<Rational> f) {
    Value number = number(value, "compute with");
    if (number instanceof Value.Scalar s) {
      return new Value.Scalar(f.apply(s.value()));
    }
    if (number instanceof Value.Vec v) {
      return new Value.Vec(v.value().map(f));
    }
    Matrix m = ((Value.Mat) number).value();
    return new Value.Mat(new Matrix(m.rows().stream().map(r -> r.map(f)).toList()));
  }

  /** Every entry to the power {@code k} (0 to 100); 0^0 is 1, as numpy has it. */
  static Value power(Value value, int k) {
    return map(number(value, "raise to a power"), x -> x.pow(k));
  }

  static Value transpose(Value value) {
    Value number = number(value, "transpose");
    // A vector is a row either way in this grammar: v^T @ M and M @ v^T read as the text says.
    return number instanceof Value.Mat m ? new Value.Mat(m.value().transpose()) : number;
  }

  static Value index(Value value, Value index) {
    int i = integer(index, "a row index");
    Value number = number(value, "index");
    if (number instanceof Value.Mat m) {
      check(
          i >= 0 && i < m.value().rowCount(),
          "row "
              + i
              + " of a "
              + m.shape()
              + " matrix does not exist (rows count from 0 to "
              + (m.value().rowCount() - 1)
              + ")");
      return new Value.Vec(m.value().row(i));
    }
    if (number instanceof Value.Vec v) {
      check(
          i >= 0 && i < v.value().size(),
          "entry "
              + i
              + " of a "
              + v.shape()
              + " vector does not exist (entries count from 0 to "
              + (v.value().size() - 1)
              + ")");
      return new Value.Scalar(v.value().get(i));
    }
    throw new EquationException("cannot take a row of a number");
  }

  /** A whole number that fits an int: a scalar or a token's id. */
  static int integer(Value value, String what) {
    if (value instanceof Value.Token token) {
      return token.first();
    }
    if (value instanceof Value.Scalar s
        && s.value().isInteger()
        && s.value().numerator().bitLength() < 31) {
      return s.value().numerator().intValue();
    }
    throw new EquationException(what + " must be a whole number, found " + describe(value));
  }

  private static Value product(Value left, Value right) {
    Value a = number(left, "multiply");
    Value b = number(right, "multiply");
    if (a instanceof Value.Scalar || b instanceof Value.Scalar) {
      return elementwise(a, b, Rational::multiply, "multiply");
    }
    if (a instanceof Value.Vec v && b instanceof Value.Mat m) {
      check(
          v.value().size() == m.value().rowCount(),
          "cannot multiply a "
              + v.shape()
              + " vector by a "
              + m.shape()
              + " matrix: the matrix needs "
              + v.value().size()
              + " rows");
      return new Value.Vec(v.value().times(m.value()));
    }
    if (a instanceof Value.Mat m && b instanceof Value.Vec v) {
      check(
          v.value().size() == m.value().columnCount(),
          "cannot multiply a "
              + m.shape()
              + " matrix by a vector of "
              + v.value().size()
              + " entries: the matrix needs "
              + v.value().size()
              + " columns");
      return new Value.Vec(v.value().times(m.value().transpose()));
    }
    if (a instanceof Value.Mat l && b instanceof Value.Mat r) {
      check(
          l.value().columnCount() == r.value().rowCount(),
          "cannot multiply a "
              + l.shape()
              + " matrix by a "
              + r.shape()
              + " matrix: the columns of the left ("
              + l.value().columnCount()
              + ") must equal the rows of the right ("
              + r.value().rowCount()
              + ")");
      List<Vector> rows = new ArrayList<>();
      for (Vector row : l.value().rows()) {
        rows.add(row.times(r.value()));
      }
      return new Value.Mat(new Matrix(rows));
    }
    Value.Vec l = (Value.Vec) a;
    Value.Vec r = (Value.Vec) b;
    check(
        l.value().size() == r.value().size(),
        "cannot take the dot product of a " + l.shape() + " and a " + r.shape() + " vector");
    Rational sum = Rational.ZERO;
    for (int i = 0; i < l.value().size(); i++) {
      sum = sum.add(l.value().get(i).multiply(r.value().get(i)));
    }
    return new Value.Scalar(sum);
  }

  /**
   * {@code f} entry by entry, broadcasting as numpy does: a number against anything; otherwise the
   * shapes (a vector of n entries counts as 1×n) agree in each dimension or one of them is 1 there,
   * so a vector applies to every row of a matrix and an m×1 matrix to every column. Two vectors
   * give a vector; a matrix on either side, a matrix.
   */
  static Value elementwise(Value left, Value right, BinaryOperator<Rational> f, String verb) {
    if (left instanceof Value.Scalar x && right instanceof Value.Scalar y) {
      // Two numbers, as in every cell of a table: no shapes to combine.
      return new Value.Scalar(f.apply(x.value(), y.value()));
    }
    Value a = number(left, verb);
    Value b = number(right, verb);
    if (a instanceof Value.Scalar s) {
      return map(b, x -> f.apply(s.value(), x));
    }
    if (b instanceof Value.Scalar s) {
      return map(a, x -> f.apply(x, s.value()));
    }
    if (a instanceof Value.Vec v && b instanceof Value.Vec w && v.sameShape(w)) {
      // The common case (an RNN's h @ W + b), kept free of per-entry dispatch.
      List<Rational> out = new ArrayList<>(w.value().size());
      for (int i = 0; i < w.value().size(); i++) {
        out.add(f.apply(v.value().get(i), w.value().get(i)));
      }
      return new Value.Vec(new Vector(out));
    }
    int rows = broadcast(rows(a), rows(b), a, b, verb);
    int columns = broadcast(columns(a), columns(b), a, b, verb);
    List<Vector> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      List<Rational> row = new ArrayList<>(columns);
      for (int c = 0; c < columns; c++) {
        row.add(f.apply(entry(a, r, c), entry(b, r, c)));
      }
      out.add(new Vector(row));
    }
    if (a instanceof Value.Vec && b instanceof Value.Vec) {
      return new Value.Vec(out.get(0));
    }
    return new Value.Mat(new Matrix(out));
  }

  /** The size both sides take in one dimension: the same, or the other where one side has 1. */
  private static int broadcast(int x, int y, Value a, Value b, String verb) {
    if (x == y || y == 1) {
      return x;
    }
    if (x == 1) {
      return y;
    }
    throw new EquationException(
        "cannot "
            + verb
            + " a "
            + a.shape()
            + " "
            + kind(a)
            + " and a "
            + b.shape()
            + " "
            + kind(b)
            + ": both need the same shape, or shapes that broadcast as numpy's do (a number"
            + " everywhere, a vector of n entries to every row of an m×n matrix, an m×1 matrix to"
            + " every column)");
  }

  private static int rows(Value value) {
    return value instanceof Value.Mat m ? m.value().rowCount() : 1;
  }

  private static int columns(Value value) {
    return value instanceof Value.Mat m
        ? m.value().columnCount()
        : ((Value.Vec) value).value().size();
  }

  /** Entry (r, c) of a vector (one row) or matrix, a dimension of size 1 repeated. */
  private static Rational entry(Value value, int r, int c) {
    if (value instanceof Value.Vec v) {
      return v.value().get(v.value().size() == 1 ? 0 : c);
    }
    Matrix m = ((Value.Mat) value).value();
    return m.get(m.rowCount() == 1 ? 0 : r, m.columnCount() == 1 ? 0 : c);
  }

  /** The value itself, unless it is a token, which is no number to compute with. */
  static Value number(Value value, String verb) {
    if (value instanceof Value.Token) {
      throw new EquationException(
          "cannot " + verb + " a token (the result of argmax); use it as a row index");
    }
    return value;
  }

  static String describe(Value value) {
    if (value instanceof Value.Scalar s) {
      return s.value().toString();
    }
    if (value instanceof Value.Token) {
      return "a token";
    }
    return "a " + value.shape() + " " + kind(value);
  }

  private static String kind(Value value) {
    return value instanceof Value.Mat ? "matrix" : "vector";
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new EquationException(message);
    }
  }
}
