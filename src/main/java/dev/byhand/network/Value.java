package dev.byhand.network;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.SortedIds;
import dev.byhand.exact.Vector;
import java.util.List;
import java.util.SortedSet;

/** A typed value of a network: a number, a row vector, a matrix, or a token. Immutable. */
public sealed interface Value {
  /** {@code a number}, {@code 1×3}, {@code 2×3} or {@code a token}: for messages. */
  String shape();

  /** Whether {@code other} has the same kind and size, so the two compare entry by entry. */
  boolean sameShape(Value other);

  /** Every number, row by row; none for a token. */
  List<Rational> entries();

  /** A single exact number. */
  record Scalar(Rational value) implements Value {
    public Scalar {
      requireNonNull(value, "value");
    }

    @Override
    public String shape() {
      return "a number";
    }

    @Override
    public boolean sameShape(Value other) {
      return other instanceof Scalar;
    }

    @Override
    public List<Rational> entries() {
      return List.of(value);
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A row vector. */
  record Vec(Vector value) implements Value {
    public Vec {
      requireNonNull(value, "value");
    }

    @Override
    public String shape() {
      return "1×" + value.size();
    }

    @Override
    public boolean sameShape(Value other) {
      return other instanceof Vec v && v.value.size() == value.size();
    }

    @Override
    public List<Rational> entries() {
      return value.entries();
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A matrix, by rows. */
  record Mat(Matrix value) implements Value {
    public Mat {
      requireNonNull(value, "value");
    }

    @Override
    public String shape() {
      return value.shape();
    }

    @Override
    public boolean sameShape(Value other) {
      return other instanceof Mat m
          && m.value.rowCount() == value.rowCount()
          && m.value.columnCount() == value.columnCount();
    }

    @Override
    public List<Rational> entries() {
      return value.rows().stream().flatMap(row -> row.entries().stream()).toList();
    }

    /** {@code [[1, 2], [3, 4]]}. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("[");
      for (int r = 0; r < value.rowCount(); r++) {
        text.append(r == 0 ? "" : ", ").append(value.row(r));
      }
      return text.append(']').toString();
    }
  }

  /**
   * The result of {@code argmax}: every index holding the largest entry, in increasing order (ties
   * are kept; which one is accepted is the rubric's policy). Only over a vector with one entry per
   * word of the vocabulary; anywhere else argmax gives an index, a {@link Scalar}.
   */
  record Token(SortedSet<Integer> ids) implements Value {
    public Token {
      ids = SortedIds.copyOf(requireNonNull(ids, "ids"));
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("a token value holds at least one id");
      }
    }

    public int first() {
      return ids.first();
    }

    public boolean isTie() {
      return ids.size() > 1;
    }

    @Override
    public String shape() {
      return "a token";
    }

    @Override
    public boolean sameShape(Value other) {
      return other instanceof Token;
    }

    @Override
    public List<Rational> entries() {
      return List.of();
    }

    @Override
    public String toString() {
      return ids.size() == 1 ? String.valueOf(first()) : ids.toString();
    }
  }

  static Value of(Rational value) {
    return new Scalar(value);
  }

  static Value of(Vector value) {
    return new Vec(value);
  }

  static Value of(Matrix value) {
    return new Mat(value);
  }
}
