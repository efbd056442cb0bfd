package dev.byhand.network;

import static dev.byhand.network.BroadcastingTest.mat;
import static dev.byhand.network.BroadcastingTest.vec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Slicing, 0-based and half-open as in Python ({@code v[i:j]}, {@code M[i:j]}, {@code M[:, j]},
 * {@code M[i:j, k:l]}), and building: concat, hstack, vstack, onehot.
 */
class SlicingTest {
  /** p = [1, 2, 3, 4, 5], Y = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], k = 2. */
  private static final Map<String, Value> VALUES = values();

  private static Map<String, Value> values() {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("p", vec(1, 2, 3, 4, 5));
    values.put("v", vec(1, 2));
    values.put("w", vec(3, -1));
    values.put(
        "Y", mat(new long[] {1, 2, 3, 4}, new long[] {5, 6, 7, 8}, new long[] {9, 10, 11, 12}));
    values.put("k", new Value.Scalar(Rational.of(2)));
    return values;
  }

  private static Value eval(String expression) {
    return Network.compile(VALUES, List.of("r = " + expression), List.of())
        .reference()
        .value(new Node("r", 0));
  }

  private static Value number(long n) {
    return new Value.Scalar(Rational.of(n));
  }

  @Nested
  class Slices {
    @Test
    void aVectorSlice_takesIToJMinusOne() {
      assertThat(eval("p[1:3]")).isEqualTo(vec(2, 3));
      assertThat(eval("p[:2]")).isEqualTo(vec(1, 2));
      assertThat(eval("p[3:]")).isEqualTo(vec(4, 5));
      assertThat(eval("p[:]")).isEqualTo(eval("p"));
      assertThat(eval("p[4:5]")).as("one entry, still a vector").isEqualTo(vec(5));
    }

    @Test
    void aRowRange_isAMatrix_evenOfOneRow() {
      assertThat(eval("Y[1:3]"))
          .isEqualTo(mat(new long[] {5, 6, 7, 8}, new long[] {9, 10, 11, 12}));
      assertThat(eval("Y[0:1]")).isEqualTo(mat(new long[] {1, 2, 3, 4}));
      assertThat(eval("Y[1]")).as("a row index, as always").isEqualTo(vec(5, 6, 7, 8));
    }

    @Test
    void aColumn_isAVector() {
      assertThat(eval("Y[:, 1]")).isEqualTo(vec(2, 6, 10));
      assertThat(eval("Y[0:2, 3]")).isEqualTo(vec(4, 8));
    }

    @Test
    void aBlock_andAnEntry_andPartOfARow() {
      assertThat(eval("Y[0:2, 1:3]")).isEqualTo(mat(new long[] {2, 3}, new long[] {6, 7}));
      assertThat(eval("Y[1, 2]")).isEqualTo(number(7));
      assertThat(eval("Y[1, 1:3]")).isEqualTo(vec(6, 7));
      assertThat(eval("Y[:, 2:]"))
          .isEqualTo(mat(new long[] {3, 4}, new long[] {7, 8}, new long[] {11, 12}));
    }

    @Test
    void boundsAreWholeNumberExpressions() {
      assertThat(eval("Y[k - 1:k + 1, :k]")).isEqualTo(mat(new long[] {5, 6}, new long[] {9, 10}));
      assertThat(eval("p[argmax(w):argmax(p)]")).isEqualTo(vec(1, 2, 3, 4));
      assertThat(eval("Y[:, 0] + Y[:, 3]")).isEqualTo(vec(5, 13, 21));
    }

    @Test
    void aSliceThatCannotBeTaken_failsAtLoadInOneSentence() {
      assertThatThrownBy(() -> eval("p[3:9]"))
          .hasMessage(
              "\"r = p[3:9]\": entries 3:9 of a 1×5 vector go past its 5 entries (entries count"
                  + " from 0 to 4); a slice i:j takes i to j − 1, so j is at most 5");
      assertThatThrownBy(() -> eval("Y[:, 4]"))
          .hasMessage(
              "\"r = Y[:, 4]\": column 4 of a 3×4 matrix does not exist (columns count from 0 to"
                  + " 3)");
      assertThatThrownBy(() -> eval("p[2:2]"))
          .hasMessageContaining(
              "entries 2:2 of a 1×5 vector are none: a slice i:j takes i to j − 1, so j must be"
                  + " greater than i");
      assertThatThrownBy(() -> eval("p[1, 2]"))
          .hasMessageContaining("a 1×5 vector has one position to slice, found 2");
      assertThatThrownBy(() -> eval("p[0:k / 4]"))
          .hasMessageContaining("a slice bound must be a whole number, found 1/2");
      assertThatThrownBy(() -> eval("k[0:1]")).hasMessageContaining("cannot slice 2");
    }

    @Test
    void printsBackAsWritten() {
      for (String text : List.of("M[1:3]", "M[:, j]", "M[i:j, k:l]", "v[:2]", "v[i + 1:]")) {
        assertThat(EquationParser.parse("z = " + text).expression()).hasToString(text);
      }
    }
  }

  @Nested
  class Building {
    @Test
    void concat_joinsAnyNumberOfVectors() {
      assertThat(eval("concat(v, w, p[3:])")).isEqualTo(vec(1, 2, 3, -1, 4, 5));
    }

    @Test
    void hstack_putsMatricesSideBySide() {
      assertThat(eval("hstack(Y[:, 0:1], Y[:, 3:])"))
          .isEqualTo(mat(new long[] {1, 4}, new long[] {5, 8}, new long[] {9, 12}));
      assertThat(eval("hstack(col(v), col(w), col(v))"))
          .isEqualTo(mat(new long[] {1, 3, 1}, new long[] {2, -1, 2}));
      assertThat(eval("hstack(v, w)"))
          .as("vectors are rows: one longer row")
          .isEqualTo(vec(1, 2, 3, -1));
      assertThatThrownBy(() -> eval("hstack(Y, col(v))"))
          .hasMessageContaining(
              "hstack needs the same number of rows in every part: a 3×4 and a 2×1 do not fit"
                  + " side by side");
    }

    @Test
    void vstack_stacksVectorsAndMatricesIntoAMatrix() {
      assertThat(eval("vstack(v, w)")).isEqualTo(mat(new long[] {1, 2}, new long[] {3, -1}));
      assertThat(eval("vstack(Y[0:1], p[1:5], Y[2])"))
          .isEqualTo(
              mat(new long[] {1, 2, 3, 4}, new long[] {2, 3, 4, 5}, new long[] {9, 10, 11, 12}));
      assertThatThrownBy(() -> eval("vstack(v, p)"))
          .hasMessageContaining("vstack needs the same number of columns in every part");
    }

    @Test
    void onehot_isOneAtTheIndex() {
      assertThat(eval("onehot(2, 4)")).isEqualTo(vec(0, 0, 1, 0));
      assertThat(eval("onehot(argmin(w), 2) @ Y[0:2]")).isEqualTo(vec(5, 6, 7, 8));
      assertThatThrownBy(() -> eval("onehot(4, 4)"))
          .hasMessageContaining("onehot(4, 4) has no entry 4 (entries count from 0 to 3)");
    }
  }
}
