package dev.byhand.network;

import static dev.byhand.network.BroadcastingTest.mat;
import static dev.byhand.network.BroadcastingTest.vec;
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
 * conv (cross-correlation, as deep-learning frameworks compute it) with stride= and pad=, maxpool
 * and avgpool with stride=, flip, softmax along axis 0 and var/std with ddof=; every number below
 * worked out by hand in the comments.
 */
class ConvolutionTest {
  /**
   * x = [1, 2, 3, 4, 5], k = [1, 2], X = [[1, 2, 3], [4, 5, 6], [7, 8, 9]], K = [[1, 2], [3, 4]], P
   * = [[1, 3, 2, 0], [4, 6, 5, 1], [0, 2, 9, 8], [7, 1, 3, 4]], q = [1, 3, 2, 5, 4], s = 2.
   */
  private static final Map<String, Value> VALUES = values();

  private static Map<String, Value> values() {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("x", vec(1, 2, 3, 4, 5));
    values.put("k", vec(1, 2));
    values.put("X", mat(new long[] {1, 2, 3}, new long[] {4, 5, 6}, new long[] {7, 8, 9}));
    values.put("K", mat(new long[] {1, 2}, new long[] {3, 4}));
    values.put(
        "P",
        mat(
            new long[] {1, 3, 2, 0},
            new long[] {4, 6, 5, 1},
            new long[] {0, 2, 9, 8},
            new long[] {7, 1, 3, 4}));
    values.put("q", vec(1, 3, 2, 5, 4));
    values.put("s", new Value.Scalar(Rational.of(2)));
    return values;
  }

  private static Value eval(String expression) {
    return Network.compile(VALUES, List.of("r = " + expression), List.of())
        .reference()
        .value(new Node("r", 0));
  }

  private static Value fractions(long denominator, long[]... numerators) {
    List<Vector> rows = new java.util.ArrayList<>();
    for (long[] row : numerators) {
      List<Rational> entries = new java.util.ArrayList<>();
      for (long n : row) {
        entries.add(Rational.of(n, denominator));
      }
      rows.add(new Vector(entries));
    }
    return new Value.Mat(new Matrix(rows));
  }

  @Nested
  class Conv {
    @Test
    void onVectors_slidesTheKernelWithoutFlippingIt() {
      // [1·1 + 2·2, 2·1 + 3·2, 3·1 + 4·2, 4·1 + 5·2]
      assertThat(eval("conv(x, k)")).isEqualTo(vec(5, 8, 11, 14));
    }

    @Test
    void stride_movesTheKernelThatManyEntries_andPad_addsZerosOnBothSides() {
      assertThat(eval("conv(x, k, stride=2)")).isEqualTo(vec(5, 11));
      // [0, 1, 2, 3, 4, 5, 0] against [1, 2]
      assertThat(eval("conv(x, k, pad=1)")).isEqualTo(vec(2, 5, 8, 11, 14, 5));
      assertThat(eval("conv(x, k, pad=1, stride=s + 1)")).isEqualTo(vec(2, 11));
    }

    @Test
    void onMatrices_slidesTheKernelOverRowsAndColumns() {
      // 1·1 + 2·2 + 4·3 + 5·4 = 37; 2 + 6 + 15 + 24 = 47; 4 + 10 + 21 + 32 = 67; 5 + 12 + 24 + 36
      assertThat(eval("conv(X, K)")).isEqualTo(mat(new long[] {37, 47}, new long[] {67, 77}));
    }

    @Test
    void onMatrices_padsEverySide_andStridesBothWays() {
      // The 5×5 padded X at rows/columns 0 and 2: [0 0; 0 1]·K = 4, [0 0; 2 3]·K = 18,
      // [0 4; 0 7]·K = 36, [5 6; 8 9]·K = 77.
      assertThat(eval("conv(X, K, stride=2, pad=1)"))
          .isEqualTo(mat(new long[] {4, 18}, new long[] {36, 77}));
    }

    @Test
    void flip_turnsTheKernelRound_whichMakesTrueConvolution() {
      assertThat(eval("flip(k)")).isEqualTo(vec(2, 1));
      assertThat(eval("flip(K)")).isEqualTo(mat(new long[] {4, 3}, new long[] {2, 1}));
      // 1·4 + 2·3 + 4·2 + 5·1 = 23
      assertThat(eval("conv(X, flip(K))[0, 0]")).isEqualTo(new Value.Scalar(Rational.of(23)));
    }

    @Test
    void aKernelLargerThanThePaddedInput_isRefusedAtLoad_namingTheEquation() {
      assertThatThrownBy(() -> eval("conv(k, x)"))
          .isInstanceOf(EquationException.class)
          .hasMessage(
              "\"r = conv(k, x)\": conv's kernel (5) is larger than the padded input (2): no"
                  + " position fits it; use a smaller kernel or pad=");
      // [0, 0, 1, 2, 0, 0] against [1, 2, 3, 4, 5]: 1·3 + 2·4 = 11, 1·2 + 2·3 = 8
      assertThat(eval("conv(k, x, pad=2)")).isEqualTo(vec(11, 8));
      assertThatThrownBy(() -> eval("conv(K, X)"))
          .hasMessageContaining("conv's kernel's rows (3) is larger than the padded rows (2)");
    }

    @Test
    void badStridePadAndKernels_areRefusedWithTheFix() {
      assertThatThrownBy(() -> eval("conv(x, k, stride=0)"))
          .hasMessageContaining("conv's stride must be a whole number of 1 or more, found 0");
      assertThatThrownBy(() -> eval("conv(x, k, pad=-1)"))
          .hasMessageContaining("conv's pad must be a whole number of 0 or more, found -1");
      assertThatThrownBy(() -> eval("conv(x, k, stride=1.5)"))
          .hasMessageContaining("conv's stride must be a whole number, found 3/2");
      assertThatThrownBy(() -> eval("conv(X, k)"))
          .hasMessageContaining(
              "conv takes a vector and a vector kernel, or a matrix and a matrix kernel; found a"
                  + " 3×3 matrix and, as its kernel, a 1×2 vector (a vector kernel on a matrix:"
                  + " write the kernel as a matrix, e.g. row(k) or col(k))");
      assertThatThrownBy(() -> eval("conv(x, k, axis=0)"))
          .hasMessageContaining("conv takes no argument named \"axis\"; it takes stride= and pad=");
    }

    @Test
    void aPadOrWindowTooLargeForAnyHandExercise_isRefusedBeforeAnythingIsAllocated() {
      assertThatThrownBy(() -> eval("conv(K, K[0:1, 0:1], pad=4999)"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("conv's padded input would have 100000000 entries");
      assertThatThrownBy(() -> eval("maxpool(conv(x, k, pad=4990), 5000, stride=1)"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("maxpool would take 4985 windows of 5000 entries");
    }
  }

  @Nested
  class Pooling {
    @Test
    void maxpool_takesTheLargestOfEachSquareWindow_strideTheSizeByDefault() {
      assertThat(eval("maxpool(P, 2)")).isEqualTo(mat(new long[] {6, 5}, new long[] {7, 9}));
    }

    @Test
    void maxpool_withStride1_overlapsTheWindows() {
      assertThat(eval("maxpool(P, 2, stride=1)"))
          .isEqualTo(mat(new long[] {6, 6, 5}, new long[] {6, 9, 9}, new long[] {7, 9, 9}));
    }

    @Test
    void avgpool_takesTheExactMeanOfEachWindow() {
      // (1 + 3 + 4 + 6) / 4, (2 + 0 + 5 + 1) / 4, (0 + 2 + 7 + 1) / 4, (9 + 8 + 3 + 4) / 4
      assertThat(eval("avgpool(P, 2)"))
          .isEqualTo(fractions(4, new long[] {14, 8}, new long[] {10, 24}));
    }

    @Test
    void onVectors_poolsRunsOfEntries_droppingAnIncompleteLastWindow() {
      assertThat(eval("maxpool(q, 2)")).isEqualTo(vec(3, 5));
      assertThat(eval("maxpool(q, 2, stride=1)")).isEqualTo(vec(3, 3, 5, 5));
      assertThat(eval("avgpool(q, 2)"))
          .isEqualTo(new Value.Vec(new Vector(List.of(Rational.of(2), Rational.of(7, 2)))));
      assertThat(eval("maxpool(X, 2)"))
          .as("3×3 in windows of 2: one")
          .isEqualTo(mat(new long[] {5}));
    }

    @Test
    void badSizesAndStrides_areRefused() {
      assertThatThrownBy(() -> eval("maxpool(P, 1.5)"))
          .hasMessageContaining("maxpool's size must be a whole number, found 3/2");
      assertThatThrownBy(() -> eval("avgpool(P, 0)"))
          .hasMessageContaining("avgpool's size must be a whole number of 1 or more, found 0");
      assertThatThrownBy(() -> eval("maxpool(P, 5)"))
          .hasMessageContaining("maxpool's window (5) is larger than the rows (4)");
      assertThatThrownBy(() -> eval("maxpool(P, 2, stride=-1)"))
          .hasMessageContaining("maxpool's stride must be a whole number of 1 or more, found -1");
      assertThatThrownBy(() -> eval("maxpool(P, 2, pad=1)"))
          .hasMessageContaining("maxpool takes no argument named \"pad\"; it takes stride=");
      assertThatThrownBy(() -> eval("maxpool(s, 2)"))
          .hasMessageContaining("maxpool takes a vector or a matrix, found 2");
    }
  }

  @Nested
  class AxesAndDegreesOfFreedom {
    @Test
    void softmaxAlongAxis0_normalisesEachColumn_andAxis1IsTheDefault() {
      Map<String, Value> values = Map.of("S", mat(new long[] {0, 5}, new long[] {0, 5}));
      Value columns =
          Network.compile(values, List.of("r = softmax(S, axis=0)"), List.of())
              .reference()
              .value(new Node("r", 0));
      // Each column holds equal entries: each is 1/2, exactly.
      assertThat(columns).isEqualTo(fractions(2, new long[] {1, 1}, new long[] {1, 1}));
      Value rows =
          Network.compile(values, List.of("r = softmax(S, axis=1) - softmax(S)"), List.of())
              .reference()
              .value(new Node("r", 0));
      assertThat(rows).isEqualTo(mat(new long[] {0, 0}, new long[] {0, 0}));
    }

    @Test
    void varWithDdof1_dividesByNMinus1() {
      // q = [1, 3, 2, 5, 4]: mean 3, squared distances 4 + 0 + 1 + 4 + 1 = 10.
      assertThat(eval("var(q)")).isEqualTo(new Value.Scalar(Rational.of(2)));
      assertThat(eval("var(q, ddof=1)")).isEqualTo(new Value.Scalar(Rational.of(5, 2)));
      // Columns of X: each 1, 4, 7 and the like: squared distances 9 + 0 + 9 = 18, over 2.
      assertThat(eval("var(X, axis=0, ddof=1)")).isEqualTo(vec(9, 9, 9));
      assertThat(eval("std(X, ddof=1, axis=1)")).isEqualTo(vec(1, 1, 1));
      assertThatThrownBy(() -> eval("var(q, ddof=2)"))
          .hasMessageContaining("ddof must be 0 (divide by n, as without it) or 1");
    }
  }
}
