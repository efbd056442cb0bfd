package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Slices, 0-based and half-open as in Python: {@code v[i:j]}, {@code M[i:j]} (rows), {@code M[:,
 * j]} (column j as a vector), {@code M[i:j, k:l]} (a block), {@code M[i, j]} (an entry). A range
 * keeps its dimension and an index drops it, as numpy does. Bounds past the edge, negative bounds
 * and empty ranges are errors, not silently clipped: a slice a rubric writes must mean what it
 * says. Stateless.
 */
final class Slicing {
  /** One evaluated position: an index ({@code from}), or a range whose missing ends are edges. */
  record Cut(boolean range, Optional<Integer> from, Optional<Integer> to) {
    static Cut at(int index) {
      return new Cut(false, Optional.of(index), Optional.empty());
    }
  }

  /** Where a cut lands in a dimension of {@code size}: {@code [start, end)}. */
  private record Bounds(int start, int end) {}

  private Slicing() {}

  static Value of(Value value, List<Cut> cuts) {
    Value number = Ops.number(value, "slice");
    if (number instanceof Value.Vec v) {
      Ops.check(
          cuts.size() == 1,
          "a "
              + v.shape()
              + " vector has one position to slice, found "
              + cuts.size()
              + " (rows and columns are a matrix's)");
      Bounds b = bounds(cuts.get(0), v.value().size(), "entries", v);
      List<dev.byhand.exact.Rational> entries = v.value().entries().subList(b.start(), b.end());
      return cuts.get(0).range()
          ? new Value.Vec(new Vector(List.copyOf(entries)))
          : new Value.Scalar(entries.get(0));
    }
    if (number instanceof Value.Mat m) {
      Matrix matrix = m.value();
      Cut rowCut = cuts.get(0);
      Cut columnCut =
          cuts.size() > 1 ? cuts.get(1) : new Cut(true, Optional.empty(), Optional.empty());
      Bounds rows = bounds(rowCut, matrix.rowCount(), "rows", m);
      Bounds columns = bounds(columnCut, matrix.columnCount(), "columns", m);
      List<Vector> block = new ArrayList<>();
      for (int r = rows.start(); r < rows.end(); r++) {
        block.add(
            new Vector(
                List.copyOf(matrix.row(r).entries().subList(columns.start(), columns.end()))));
      }
      return shaped(block, rowCut.range(), columnCut.range());
    }
    throw new EquationException("cannot slice " + Ops.describe(number));
  }

  /** The block as numpy shapes it: a dimension taken by an index is dropped. */
  private static Value shaped(List<Vector> block, boolean rowRange, boolean columnRange) {
    if (rowRange && columnRange) {
      return new Value.Mat(new Matrix(block));
    }
    if (rowRange) {
      return new Value.Vec(new Vector(block.stream().map(row -> row.get(0)).toList()));
    }
    return columnRange ? new Value.Vec(block.get(0)) : new Value.Scalar(block.get(0).get(0));
  }

  private static Bounds bounds(Cut cut, int size, String what, Value of) {
    String last = "(" + what + " count from 0 to " + (size - 1) + ")";
    if (!cut.range()) {
      int i = cut.from().orElseThrow();
      Ops.check(
          i >= 0 && i < size,
          singular(what)
              + " "
              + i
              + " of a "
              + of.shape()
              + " "
              + kind(of)
              + " does not exist "
              + last);
      return new Bounds(i, i + 1);
    }
    int start = cut.from().orElse(0);
    int end = cut.to().orElse(size);
    String range = start + ":" + end;
    Ops.check(
        start >= 0 && end <= size,
        what
            + " "
            + range
            + " of a "
            + of.shape()
            + " "
            + kind(of)
            + " go past its "
            + size
            + " "
            + what
            + " "
            + last
            + "; a slice i:j takes i to j − 1, so j is at most "
            + size);
    Ops.check(
        start < end,
        what
            + " "
            + range
            + " of a "
            + of.shape()
            + " "
            + kind(of)
            + " are none: a slice i:j takes i to j − 1, so j must be greater than i");
    return new Bounds(start, end);
  }

  private static String singular(String what) {
    return switch (what) {
      case "rows" -> "row";
      case "columns" -> "column";
      default -> "entry";
    };
  }

  private static String kind(Value value) {
    return value instanceof Value.Mat ? "matrix" : "vector";
  }
}
