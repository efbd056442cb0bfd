package dev.byhand.exact;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A row vector of exact numbers. Immutable. */
public record Vector(List<Rational> entries) {
  public Vector {
    entries = List.copyOf(requireNonNull(entries, "entries"));
  }

  public static Vector of(long... values) {
    List<Rational> entries = new ArrayList<>(values.length);
    for (long value : values) {
      entries.add(Rational.of(value));
    }
    return new Vector(entries);
  }

  public static Vector zeros(int size) {
    return new Vector(java.util.Collections.nCopies(size, Rational.ZERO));
  }

  public int size() {
    return entries.size();
  }

  public Rational get(int index) {
    return entries.get(index);
  }

  /** This row vector times {@code matrix}: {@code (1×n)·(n×m) = 1×m}. */
  public Vector times(Matrix matrix) {
    if (matrix.rowCount() != size()) {
      throw new IllegalArgumentException(
          "cannot multiply a 1×" + size() + " vector by a " + matrix.shape() + " matrix");
    }
    List<Rational> result = new ArrayList<>(matrix.columnCount());
    for (int column = 0; column < matrix.columnCount(); column++) {
      Rational sum = Rational.ZERO;
      for (int row = 0; row < size(); row++) {
        sum = sum.add(entries.get(row).multiply(matrix.get(row, column)));
      }
      result.add(sum);
    }
    return new Vector(result);
  }

  public Vector plus(Vector other) {
    if (other.size() != size()) {
      throw new IllegalArgumentException(
          "cannot add vectors of sizes " + size() + " and " + other.size());
    }
    List<Rational> result = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      result.add(entries.get(i).add(other.entries.get(i)));
    }
    return new Vector(result);
  }

  public Vector map(UnaryOperator<Rational> function) {
    return new Vector(entries.stream().map(function).toList());
  }

  /** Entry by entry; written out for the same reason as {@link Rational#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Vector that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** {@code [5, 4, 0]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < entries.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(entries.get(i));
    }
    return text.append(']').toString();
  }
}
