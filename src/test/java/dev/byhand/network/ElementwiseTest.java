package dev.byhand.network;

import static dev.byhand.network.BroadcastingTest.mat;
import static dev.byhand.network.BroadcastingTest.vec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Entry-by-entry functions and operators: max and min of several arguments, abs, x^k, ==, log2,
 * log10, xlogx and entropy; inexact digits against Python's decimal module at 50 digits.
 */
class ElementwiseTest {
  private static final MathContext FORTY = new MathContext(40);

  /** v = [1, 2], w = [3, -1], X = [[1, 2, 3], [4, 5, 6]], b = [10, 20, 30]. */
  private static final Map<String, Value> VALUES = values();

  private static Map<String, Value> values() {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("v", vec(1, 2));
    values.put("w", vec(3, -1));
    values.put("X", mat(new long[] {1, 2, 3}, new long[] {4, 5, 6}));
    values.put("b", vec(10, 20, 30));
    values.put("half", new Value.Scalar(Rational.of(1, 2)));
    values.put("fair", over(2, 1, 1));
    values.put("quarters", over(4, 2, 1, 1));
    values.put("sure", over(1, 0, 1));
    values.put("skewed", over(10, 2, 3, 5));
    values.put("thirds", over(3, 1, 1, 1));
    return values;
  }

  /** The vector of {@code numerators} over one {@code denominator}. */
  private static Value over(long denominator, long... numerators) {
    return new Value.Vec(Vector.of(numerators).map(x -> x.divide(Rational.of(denominator))));
  }

  private static Network network(String expression) {
    return Network.compile(VALUES, List.of("r = " + expression), List.of());
  }

  private static Value eval(String expression) {
    return network(expression).reference().value(new Node("r", 0));
  }

  private static boolean exact(String expression) {
    return network(expression).reference().isExact(new Node("r", 0));
  }

  private static Value number(long n, long d) {
    return new Value.Scalar(Rational.of(n, d));
  }

  private static Value digits(String python) {
    return new Value.Scalar(Rational.of(new BigDecimal(python).round(FORTY)));
  }

  @Nested
  class MaxAndMinOfSeveral {
    @Test
    void compareEntryByEntry() {
      assertThat(eval("max(v, w)")).isEqualTo(vec(3, 2));
      assertThat(eval("min(v, w, 0)")).isEqualTo(vec(0, -1));
      assertThat(eval("max(0, X - 3)")).isEqualTo(mat(new long[] {0, 0, 0}, new long[] {1, 2, 3}));
    }

    @Test
    void broadcastAsArithmeticDoes() {
      // X against [10, 20, 30] in every row: b wins everywhere
      assertThat(eval("min(X, b)")).isEqualTo(eval("X"));
      assertThat(eval("max(X, col(v) * 3)"))
          .isEqualTo(mat(new long[] {3, 3, 3}, new long[] {6, 6, 6}));
    }

    @Test
    void ofOneArgument_stayAReduction() {
      assertThat(eval("max(X)")).isEqualTo(number(6, 1));
      assertThat(eval("min(X, axis=1)")).isEqualTo(vec(1, 4));
    }
  }

  @Nested
  class AbsAndPowers {
    @Test
    void abs_dropsTheSign() {
      assertThat(eval("abs(w)")).isEqualTo(vec(3, 1));
      assertThat(eval("abs(-X)")).isEqualTo(eval("X"));
      assertThat(eval("sum(abs(v - w))")).isEqualTo(number(5, 1));
    }

    @Test
    void aPower_raisesEveryEntry_exactly() {
      assertThat(eval("w^2")).isEqualTo(vec(9, 1));
      assertThat(eval("X^0")).isEqualTo(mat(new long[] {1, 1, 1}, new long[] {1, 1, 1}));
      assertThat(eval("half^3")).isEqualTo(number(1, 8));
      assertThat(eval("(v - w)^3")).isEqualTo(vec(-8, 27));
    }

    @Test
    void aPower_bindsLikeTheTranspose_tighterThanMinusAndProducts() {
      assertThat(eval("-v^2")).isEqualTo(vec(-1, -4));
      assertThat(eval("2 * v^2")).isEqualTo(vec(2, 8));
      assertThat(eval("X^T^2"))
          .isEqualTo(mat(new long[] {1, 16}, new long[] {4, 25}, new long[] {9, 36}));
      assertThat(eval("sum((X - mean(X))^2) / 6")).isEqualTo(eval("var(X)"));
    }

    @Test
    void aVectorOfRationalsStaysExactThroughEveryExactOperator() {
      assertThat(eval("abs(max(v, w) - min(v, w))^2 == 4"))
          .isEqualTo(new Value.Vec(new Vector(List.of(Rational.ONE, Rational.ZERO))));
      assertThat(exact("abs(max(v, w) - min(v, w))^2 == 4")).isTrue();
    }
  }

  @Nested
  class Equality {
    @Test
    void isOneWhereEqual_elseZero_broadcasting() {
      assertThat(eval("v == w")).isEqualTo(vec(0, 0));
      assertThat(eval("v == v")).isEqualTo(vec(1, 1));
      assertThat(eval("X == 5")).isEqualTo(mat(new long[] {0, 0, 0}, new long[] {0, 1, 0}));
      assertThat(eval("X == X[0]")).isEqualTo(mat(new long[] {1, 1, 1}, new long[] {0, 0, 0}));
    }

    @Test
    void bindsBelowPlusAndMinus_asInPython() {
      assertThat(eval("1 + 1 == 2")).isEqualTo(number(1, 1));
      assertThat(eval("(v == w) + 1")).isEqualTo(vec(1, 1));
      assertThat(eval("argmax(w) == 0")).isEqualTo(number(1, 1));
    }

    @Test
    void printsBackAsWritten() {
      assertThat(EquationParser.parse("z = a + b == c").expression()).hasToString("a + b == c");
      assertThat(EquationParser.parse("z = (a == b) * 2").expression()).hasToString("(a == b) * 2");
    }
  }

  @Nested
  class OrderComparisons {
    @Test
    void areOneWhereTheyHold_elseZero_broadcasting() {
      assertThat(eval("X > 3")).isEqualTo(mat(new long[] {0, 0, 0}, new long[] {1, 1, 1}));
      assertThat(eval("X >= 3")).isEqualTo(mat(new long[] {0, 0, 1}, new long[] {1, 1, 1}));
      assertThat(eval("X < X[1] - 2")).isEqualTo(mat(new long[] {1, 1, 1}, new long[] {0, 0, 0}));
      assertThat(eval("X <= 2")).isEqualTo(mat(new long[] {1, 1, 0}, new long[] {0, 0, 0}));
      assertThat(eval("v != w")).isEqualTo(vec(1, 1));
      assertThat(eval("v != v")).isEqualTo(vec(0, 0));
      assertThat(eval("half < 1")).isEqualTo(number(1, 1));
    }

    @Test
    void twoInARow_areRefused_notReadLeftToRight() {
      assertThatThrownBy(() -> EquationParser.parse("inside = 0 < x < 1"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("two comparisons in a row (< then <) are ambiguous")
          .hasMessageContaining("(0 < x) * (x < 1)");
      assertThat(eval("(half > 0) * (half < 1)")).isEqualTo(number(1, 1));
      assertThat(eval("(v == w) == 0")).isEqualTo(vec(1, 1));
      assertThat(EquationParser.parse("z = (a == b) == c").expression())
          .hasToString("(a == b) == c");
    }

    @Test
    void acceptTheMathematicalSigns() {
      assertThat(eval("X \u2265 3")).isEqualTo(eval("X >= 3"));
      assertThat(eval("X \u2264 2")).isEqualTo(eval("X <= 2"));
      assertThat(eval("v \u2260 w")).isEqualTo(eval("v != w"));
    }

    @Test
    void bindBelowPlusAndMinus_andPrintBackInAscii() {
      assertThat(eval("1 + 1 > 2")).isEqualTo(number(0, 1));
      assertThat(eval("2 * (half > 0) - 1")).isEqualTo(number(1, 1));
      assertThat(EquationParser.parse("z = a - 1 >= b").expression()).hasToString("a - 1 >= b");
      assertThat(EquationParser.parse("z = (a \u2260 b) * 2").expression())
          .hasToString("(a != b) * 2");
    }
  }

  @Nested
  class Logarithms_ {
    @Test
    void aPowerOfTheBase_hasAnExactLogarithm() {
      assertThat(eval("log2(8)")).isEqualTo(number(3, 1));
      assertThat(eval("log2(1/4)")).isEqualTo(number(-2, 1));
      assertThat(eval("log10(1000)")).isEqualTo(number(3, 1));
      assertThat(eval("log10(0.01)")).isEqualTo(number(-2, 1));
      assertThat(exact("log2(v)")).isTrue();
    }

    @Test
    void anyOtherLogarithm_isRoundedToFortyDigits_andInexact() {
      assertThat(eval("log2(3)"))
          .isEqualTo(digits("1.5849625007211561814537389439478165087598144076924"));
      assertThat(eval("log10(2)"))
          .isEqualTo(digits("0.30102999566398119521373889472449302676818988146211"));
      assertThat(exact("log2(3)")).isFalse();
    }

    @Test
    void xlogx_isZeroAtZero_asItsLimit() {
      assertThat(eval("xlogx(0)")).isEqualTo(number(0, 1));
      assertThat(eval("xlogx(1)")).isEqualTo(number(0, 1));
      assertThat(exact("xlogx(v - 1)")).as("xlogx of [0, 1]").isTrue();
      assertThat(exact("xlogx(v + 1)")).isFalse();
      assertThat(eval("xlogx(0.3)"))
          .isEqualTo(digits("-0.36119184129778079778682386532855155088608327924180"));
    }

    @Test
    void entropy_isInBits_exactForPowersOfTwo_andZeroCountsNothing() {
      assertThat(eval("entropy(fair)")).isEqualTo(number(1, 1));
      // 1/2 · 1 + 1/4 · 2 + 1/4 · 2
      assertThat(eval("entropy(quarters)")).isEqualTo(number(3, 2));
      assertThat(eval("entropy(sure)")).isEqualTo(number(0, 1));
      assertThat(exact("entropy(quarters)")).isTrue();
      assertThat(eval("entropy(skewed)"))
          .isEqualTo(digits("1.4854752972273343194990380315603501353044713742045"));
      assertThat(exact("entropy(skewed)")).isFalse();
      // three equal outcomes: log2(3) bits
      assertThat(eval("entropy(thirds)")).isEqualTo(eval("log2(3)"));
    }

    @Test
    void outsideTheirDomain_failAtLoadNamingTheEquation() {
      assertThatThrownBy(() -> eval("log2(v - 1)"))
          .hasMessage("\"r = log2(v - 1)\": log2 needs a positive number, found 0");
      assertThatThrownBy(() -> eval("xlogx(w)"))
          .hasMessage("\"r = xlogx(w)\": xlogx needs a number of at least 0, found -1");
      assertThatThrownBy(() -> eval("entropy(w)"))
          .hasMessage("\"r = entropy(w)\": entropy needs entries of at least 0, found -1");
      assertThatThrownBy(() -> eval("entropy(X / 21)"))
          .hasMessageContaining(
              "entropy takes a vector (a distribution), found a 2×3 matrix; take it row by row");
    }
  }
}
