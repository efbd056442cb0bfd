package dev.byhand.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Broadcasting in {@code + - * /}, as numpy does it: a number everywhere, a vector of n entries to
 * every row of an m×n matrix, an m×1 matrix to every column; {@code col(v)} and {@code row(v)}.
 * Expected values are worked out by hand in the comments.
 */
class BroadcastingTest {
  /** X = [[1, 2, 3], [4, 5, 6]], b = [10, 20, 30], s = [1, 2], one = [5]. */
  private static final Map<String, Value> VALUES = values();

  private static Map<String, Value> values() {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("X", mat(new long[] {1, 2, 3}, new long[] {4, 5, 6}));
    values.put("b", vec(10, 20, 30));
    values.put("s", vec(1, 2));
    values.put("one", vec(5));
    values.put("C", mat(new long[] {1}, new long[] {2}));
    return values;
  }

  static Value vec(long... entries) {
    return new Value.Vec(Vector.of(entries));
  }

  static Value mat(long[]... rows) {
    return new Value.Mat(Matrix.of(rows));
  }

  /** The matrix of {@code numerators}, each over {@code denominator}. */
  private static Value fraction(long[][] numerators, long denominator) {
    Rational d = Rational.of(denominator);
    return new Value.Mat(
        new Matrix(
            Matrix.of(numerators).rows().stream().map(r -> r.map(x -> x.divide(d))).toList()));
  }

  private static Value eval(String expression) {
    return Network.compile(VALUES, List.of("r = " + expression), List.of())
        .reference()
        .value(new Node("r", 0));
  }

  @Nested
  class AVectorAgainstAMatrix {
    @Test
    void appliesToEveryRow_inEveryOperator() {
      // [1+10, 2+20, 3+30], [4+10, 5+20, 6+30]
      assertThat(eval("X + b")).isEqualTo(mat(new long[] {11, 22, 33}, new long[] {14, 25, 36}));
      assertThat(eval("b - X")).isEqualTo(mat(new long[] {9, 18, 27}, new long[] {6, 15, 24}));
      assertThat(eval("X * b")).isEqualTo(mat(new long[] {10, 40, 90}, new long[] {40, 100, 180}));
      // [1/10, 2/20, 3/30], [4/10, 5/20, 6/30] = [1/10, 1/10, 1/10], [2/5, 1/4, 1/5]
      assertThat(eval("X / b")).isEqualTo(fraction(new long[][] {{2, 2, 2}, {8, 5, 4}}, 20));
    }

    @Test
    void centringABatch_bySubtractingItsColumnMeans() {
      // column means [5/2, 7/2, 9/2]: each row minus them is ∓3/2 everywhere
      assertThat(eval("X - mean(X, axis=0)"))
          .isEqualTo(fraction(new long[][] {{-3, -3, -3}, {3, 3, 3}}, 2));
    }

    @Test
    void aOneByNMatrix_broadcastsLikeTheVector() {
      assertThat(eval("row(b)")).isEqualTo(mat(new long[] {10, 20, 30}));
      assertThat(eval("X + row(b)")).isEqualTo(eval("X + b"));
    }

    @Test
    void aVectorOfOneEntry_broadcastsToAnyVector() {
      assertThat(eval("b + one")).isEqualTo(vec(15, 25, 35));
    }
  }

  @Nested
  class AColumnAgainstAMatrix {
    @Test
    void appliesToEveryColumn() {
      assertThat(eval("col(s)")).isEqualTo(mat(new long[] {1}, new long[] {2}));
      // row 0 minus 1, row 1 minus 2
      assertThat(eval("X - col(s)")).isEqualTo(mat(new long[] {0, 1, 2}, new long[] {2, 3, 4}));
      assertThat(eval("X * C")).isEqualTo(mat(new long[] {1, 2, 3}, new long[] {8, 10, 12}));
      // each row divided by its own sum (6 and 15): rows of a stochastic matrix
      assertThat(eval("X / col(sum(X, axis=1))"))
          .isEqualTo(fraction(new long[][] {{5, 10, 15}, {8, 10, 12}}, 30));
    }

    @Test
    void aColumnAgainstARow_makesTheWholeTable_asNumpy() {
      // [1 + 10, 1 + 20, 1 + 30], [2 + 10, 2 + 20, 2 + 30]
      assertThat(eval("col(s) + b"))
          .isEqualTo(mat(new long[] {11, 21, 31}, new long[] {12, 22, 32}));
    }
  }

  @Nested
  class WhatStaysAsItWas {
    @Test
    void sameShapes_andNumbers_computeAsBefore() {
      assertThat(eval("X + X")).isEqualTo(mat(new long[] {2, 4, 6}, new long[] {8, 10, 12}));
      assertThat(eval("s * s")).isEqualTo(vec(1, 4));
      assertThat(eval("2 * X - 1")).isEqualTo(mat(new long[] {1, 3, 5}, new long[] {7, 9, 11}));
    }

    @Test
    void shapesThatDoNotBroadcast_failAtLoad_inOneSentenceNamingTheEquation() {
      assertThatThrownBy(() -> eval("X + s"))
          .isInstanceOf(EquationException.class)
          .hasMessage(
              "\"r = X + s\": cannot add a 2×3 matrix and a 1×2 vector: both need the same"
                  + " shape, or shapes that broadcast as numpy's do (a number everywhere, a vector"
                  + " of n entries to every row of an m×n matrix, an m×1 matrix to every column)");
      assertThatThrownBy(() -> eval("col(b) * X"))
          .hasMessageStartingWith(
              "\"r = col(b) * X\": cannot multiply entry by entry a 3×1 matrix and a 2×3 matrix");
      assertThatThrownBy(() -> eval("b - s")).hasMessageContaining("same shape");
    }

    @Test
    void colAndRowTakeAVector() {
      assertThatThrownBy(() -> eval("col(X)"))
          .hasMessageContaining("col takes vectors, found a 2×3 matrix");
    }
  }
}
