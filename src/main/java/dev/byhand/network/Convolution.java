package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * Convolution and pooling as deep-learning frameworks compute them: {@code conv} is the "valid"
 * cross-correlation (the kernel is not flipped) over the input padded with {@code pad} zeros on
 * every side, moved {@code stride} entries at a time; {@code maxpool} and {@code avgpool} take the
 * largest entry or the mean of each size×size window (size entries on a vector), moved {@code
 * stride} entries at a time. {@code flip} turns a kernel round (a vector reversed, a matrix rotated
 * by 180°), which makes true convolution of cross-correlation. Exact; stateless.
 */
final class Convolution {
  /** A padded input or an output larger than this is no exercise done by hand. */
  private static final int MAX_SIZE = 10_000;

  /**
   * A padded matrix of more entries than this, or more multiplications (or window entries) in all,
   * is no exercise done by hand either: refused before anything is allocated, so a large pad or a
   * window sliding one entry at a time over a large input cannot exhaust memory or time.
   */
  private static final long MAX_CELLS = 1_000_000;

  private Convolution() {}

  /** {@code conv(x, k, stride=s, pad=p)} on vectors or on matrices. */
  static Value conv(Value input, Value kernel, int stride, int pad) {
    Value x = Ops.number(input, "convolve");
    Value k = Ops.number(kernel, "convolve with");
    positive(stride, "conv's stride");
    Ops.check(pad >= 0, "conv's pad must be a whole number of 0 or more, found " + pad);
    Ops.check(pad <= MAX_SIZE, "conv's pad must be at most " + MAX_SIZE + ", found " + pad);
    if (x instanceof Value.Vec v && k instanceof Value.Vec w) {
      return new Value.Vec(conv1(v.value(), w.value(), stride, pad));
    }
    if (x instanceof Value.Mat m && k instanceof Value.Mat w) {
      return new Value.Mat(conv2(m.value(), w.value(), stride, pad));
    }
    throw new EquationException(
        "conv takes a vector and a vector kernel, or a matrix and a matrix kernel; found "
            + Ops.describe(x)
            + " and, as its kernel, "
            + Ops.describe(k)
            + (x instanceof Value.Mat && k instanceof Value.Vec
                ? " (a vector kernel on a matrix: write the kernel as a matrix, e.g. row(k) or"
                    + " col(k))"
                : ""));
  }

  private static Vector conv1(Vector x, Vector k, int stride, int pad) {
    List<Rational> padded = padded(x.entries(), pad);
    int out = outputs(padded.size(), k.size(), stride, "conv", "kernel", "input");
    work("conv", out, k.size());
    List<Rational> result = new ArrayList<>(out);
    for (int i = 0; i < out; i++) {
      Rational sum = Rational.ZERO;
      for (int j = 0; j < k.size(); j++) {
        sum = sum.add(padded.get(i * stride + j).multiply(k.get(j)));
      }
      result.add(sum);
    }
    return new Vector(result);
  }

  private static Matrix conv2(Matrix x, Matrix k, int stride, int pad) {
    List<List<Rational>> padded = padded(x, pad);
    int width = padded.isEmpty() ? 0 : padded.get(0).size();
    int rows = outputs(padded.size(), k.rowCount(), stride, "conv", "kernel's rows", "rows");
    int cols = outputs(width, k.columnCount(), stride, "conv", "kernel's columns", "columns");
    work("conv", (long) rows * cols, (long) k.rowCount() * k.columnCount());
    List<Vector> result = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      List<Rational> row = new ArrayList<>(cols);
      for (int c = 0; c < cols; c++) {
        Rational sum = Rational.ZERO;
        for (int i = 0; i < k.rowCount(); i++) {
          for (int j = 0; j < k.columnCount(); j++) {
            sum = sum.add(padded.get(r * stride + i).get(c * stride + j).multiply(k.get(i, j)));
          }
        }
        row.add(sum);
      }
      result.add(new Vector(row));
    }
    return new Matrix(result);
  }

  /** One kind of pooling: what it makes of a window's entries. */
  interface Pool {
    Rational of(List<Rational> window);
  }

  /** The largest entry of each window. */
  static final Pool MAX = window -> window.stream().reduce(Rational::max).orElseThrow();

  /** The mean of each window. */
  static final Pool MEAN =
      window ->
          window.stream().reduce(Rational.ZERO, Rational::add).divide(Rational.of(window.size()));

  /**
   * {@code maxpool(x, size, stride=s)} or {@code avgpool}: windows of {@code size} entries on a
   * vector, of size×size entries on a matrix.
   */
  static Value pool(Value input, int size, int stride, Pool pool, String function) {
    Value x = Ops.number(input, "pool");
    positive(size, function + "'s size");
    positive(stride, function + "'s stride");
    if (x instanceof Value.Vec v) {
      int out = outputs(v.value().size(), size, stride, function, "window", "input");
      work(function, out, size);
      List<Rational> result = new ArrayList<>(out);
      for (int i = 0; i < out; i++) {
        result.add(pool.of(v.value().entries().subList(i * stride, i * stride + size)));
      }
      return new Value.Vec(new Vector(result));
    }
    if (x instanceof Value.Mat m) {
      Matrix matrix = m.value();
      int rows = outputs(matrix.rowCount(), size, stride, function, "window", "rows");
      int cols = outputs(matrix.columnCount(), size, stride, function, "window", "columns");
      work(function, (long) rows * cols, (long) size * size);
      List<Vector> result = new ArrayList<>(rows);
      for (int r = 0; r < rows; r++) {
        List<Rational> row = new ArrayList<>(cols);
        for (int c = 0; c < cols; c++) {
          List<Rational> window = new ArrayList<>(size * size);
          for (int i = 0; i < size; i++) {
            window.addAll(
                matrix.row(r * stride + i).entries().subList(c * stride, c * stride + size));
          }
          row.add(pool.of(window));
        }
        result.add(new Vector(row));
      }
      return new Value.Mat(new Matrix(result));
    }
    throw new EquationException(function + " takes a vector or a matrix, found " + Ops.describe(x));
  }

  /** A vector reversed; a matrix rotated by 180° (rows and columns reversed); a number as it is. */
  static Value flip(Value value) {
    Value x = Ops.number(value, "flip");
    if (x instanceof Value.Vec v) {
      return new Value.Vec(new Vector(reversed(v.value().entries())));
    }
    if (x instanceof Value.Mat m) {
      List<Vector> rows = new ArrayList<>();
      for (Vector row : reversedRows(m.value().rows())) {
        rows.add(new Vector(reversed(row.entries())));
      }
      return new Value.Mat(new Matrix(rows));
    }
    return x;
  }

  private static List<Rational> reversed(List<Rational> entries) {
    List<Rational> out = new ArrayList<>(entries);
    java.util.Collections.reverse(out);
    return out;
  }

  private static List<Vector> reversedRows(List<Vector> rows) {
    List<Vector> out = new ArrayList<>(rows);
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * How many positions a window of {@code window} entries takes over {@code input} entries, moved
   * {@code stride} at a time: ⌊(input − window) / stride⌋ + 1, at least one.
   */
  private static int outputs(
      int input, int window, int stride, String function, String windowName, String inputName) {
    Ops.check(window >= 1, function + "'s " + windowName + " has no entries");
    Ops.check(
        window <= input,
        function
            + "'s "
            + windowName
            + " ("
            + window
            + ") is larger than the "
            + (function.equals("conv") ? "padded " : "")
            + inputName
            + " ("
            + input
            + "): no position fits it"
            + (function.equals("conv") ? "; use a smaller kernel or pad=" : ""));
    return (input - window) / stride + 1;
  }

  /** Refuses {@code outputs} results of {@code each} entries each, past {@link #MAX_CELLS}. */
  private static void work(String function, long outputs, long each) {
    Ops.check(
        outputs * each <= MAX_CELLS,
        function
            + " would take "
            + outputs
            + " windows of "
            + each
            + " entries, more than "
            + MAX_CELLS
            + " in all; no exercise done by hand is that large");
  }

  private static void positive(int n, String what) {
    Ops.check(n >= 1, what + " must be a whole number of 1 or more, found " + n);
    Ops.check(n <= MAX_SIZE, what + " must be at most " + MAX_SIZE + ", found " + n);
  }

  private static List<Rational> padded(List<Rational> entries, int pad) {
    Ops.check(
        entries.size() + 2L * pad <= MAX_SIZE,
        "conv's padded input would have " + (entries.size() + 2L * pad) + " entries, too many");
    List<Rational> out = new ArrayList<>(entries.size() + 2 * pad);
    for (int i = 0; i < pad; i++) {
      out.add(Rational.ZERO);
    }
    out.addAll(entries);
    for (int i = 0; i < pad; i++) {
      out.add(Rational.ZERO);
    }
    return out;
  }

  private static List<List<Rational>> padded(Matrix x, int pad) {
    int width = x.columnCount() + 2 * pad;
    Ops.check(
        x.rowCount() + 2L * pad <= MAX_SIZE,
        "conv's padded input would have " + (x.rowCount() + 2L * pad) + " rows, too many");
    long cells = (x.rowCount() + 2L * pad) * (x.columnCount() + 2L * pad);
    Ops.check(
        cells <= MAX_CELLS,
        "conv's padded input would have " + cells + " entries, more than " + MAX_CELLS);
    List<List<Rational>> rows = new ArrayList<>();
    List<Rational> zeros = java.util.Collections.nCopies(width, Rational.ZERO);
    for (int i = 0; i < pad; i++) {
      rows.add(zeros);
    }
    for (Vector row : x.rows()) {
      rows.add(padded(row.entries(), pad));
    }
    for (int i = 0; i < pad; i++) {
      rows.add(zeros);
    }
    return rows;
  }
}
