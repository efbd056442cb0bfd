package dev.byhand.exact;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A rectangular matrix of exact numbers, stored by rows. Immutable. */
public record Matrix(List<Vector> rows) {
  /** Rejects empty and ragged matrices. */
  public Matrix {
    rows = List.copyOf(requireNonNull(rows, "rows"));
    if (rows.isEmpty() || rows.get(0).size() == 0) {
      throw new IllegalArgumentException("a matrix needs at least one row and one column");
    }
    int width = rows.get(0).size();
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).size() != width) {
        throw new IllegalArgumentException(
            "row " + (i + 1) + " has " + rows.get(i).size() + " entries, row 1 has " + width);
      }
    }
  }

  public static Matrix of(long[]... rows) {
    return new Matrix(java.util.Arrays.stream(rows).map(Vector::of).toList());
  }

  public int rowCount() {
    return rows.size();
  }

  public int columnCount() {
    return rows.get(0).size();
  }

  public Vector row(int index) {
    return rows.get(index);
  }

  public Rational get(int row, int column) {
    return rows.get(row).get(column);
  }

  public Matrix transpose() {
    return new Matrix(
        java.util.stream.IntStream.range(0, columnCount())
            .mapToObj(c -> new Vector(rows.stream().map(r -> r.get(c)).toList()))
            .toList());
  }

  /** {@code 6×4}. */
  public String shape() {
    return rowCount() + "×" + columnCount();
  }
}
