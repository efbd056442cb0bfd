package dev.byhand.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Compiling and running a network of equations: operators, functions, order, steps and errors. */
class NetworkTest {
  private static final Map<String, Value> VALUES = values();

  private static Map<String, Value> values() {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("v", vec(1, 2));
    values.put("w", vec(3, -1));
    values.put("u", vec(1, 1, 1));
    values.put("M", mat(new long[] {1, 2, 3}, new long[] {4, 5, 6}));
    values.put("S", mat(new long[] {1, 0}, new long[] {2, 1}));
    values.put("c", new Value.Scalar(Rational.of(2)));
    values.put("zero", new Value.Scalar(Rational.ZERO));
    return values;
  }

  private static Value vec(long... entries) {
    return new Value.Vec(Vector.of(entries));
  }

  /** The vector of {@code numerators} over one {@code denominator}. */
  private static Value over(long denominator, long... numerators) {
    return new Value.Vec(Vector.of(numerators).map(x -> x.divide(Rational.of(denominator))));
  }

  private static Value mat(long[]... rows) {
    return new Value.Mat(Matrix.of(rows));
  }

  private static Value scalar(long n, long d) {
    return new Value.Scalar(Rational.of(n, d));
  }

  private static Value token(Integer... ids) {
    return new Value.Token(new TreeSet<>(List.of(ids)));
  }

  /**
   * The value of {@code r} in a network without steps: {@code r = expression} over {@link #VALUES}.
   */
  private static Value eval(String expression) {
    return Network.compile(VALUES, List.of("r = " + expression), List.of())
        .reference()
        .value(new Node("r", 0));
  }

  private static EquationException failure(
      Map<String, Value> values, List<String> equations, List<Integer> tokens) {
    return failure(values, equations, tokens, 0);
  }

  private static EquationException failure(
      Map<String, Value> values, List<String> equations, List<Integer> tokens, int words) {
    try {
      Network.compile(values, equations, tokens, words);
    } catch (EquationException e) {
      return e;
    }
    throw new AssertionError("compiled without an error: " + equations);
  }

  @Nested
  class MatrixProducts {
    @Test
    void vectorAtMatrix_isTheRowConvention() {
      assertThat(eval("v @ M")).isEqualTo(vec(9, 12, 15));
    }

    @Test
    void matrixAtVector_isTheColumnConvention() {
      assertThat(eval("M @ u")).isEqualTo(vec(6, 15));
    }

    @Test
    void matrixAtMatrix_isTheMatrixProduct() {
      assertThat(eval("M @ M^T")).isEqualTo(mat(new long[] {14, 32}, new long[] {32, 77}));
      assertThat(eval("S @ M")).isEqualTo(mat(new long[] {1, 2, 3}, new long[] {6, 9, 12}));
    }

    @Test
    void middleDot_computesTheSameAsAt() {
      assertThat(eval("v · M")).isEqualTo(eval("v @ M"));
    }

    @Test
    void vectorAtVector_isTheDotProduct() {
      assertThat(eval("v @ w")).isEqualTo(scalar(1, 1));
    }

    @Test
    void aScalarInAProduct_scalesEveryEntry() {
      assertThat(eval("c @ M")).isEqualTo(mat(new long[] {2, 4, 6}, new long[] {8, 10, 12}));
    }
  }

  @Nested
  class Elementwise {
    @Test
    void addSubtractMultiplyDivide_entryByEntry() {
      assertThat(eval("v + w")).isEqualTo(vec(4, 1));
      assertThat(eval("v - w")).isEqualTo(vec(-2, 3));
      assertThat(eval("v * w")).isEqualTo(vec(3, -2));
      assertThat(eval("v / w"))
          .isEqualTo(new Value.Vec(new Vector(List.of(Rational.of(1, 3), Rational.of(-2)))));
    }

    @Test
    void aScalarBroadcasts_onEitherSide() {
      assertThat(eval("v + 1")).isEqualTo(vec(2, 3));
      assertThat(eval("10 - v")).isEqualTo(vec(9, 8));
      assertThat(eval("M * c")).isEqualTo(eval("c * M"));
    }

    @Test
    void divisionIsExact() {
      assertThat(eval("1/3")).isEqualTo(scalar(1, 3));
      assertThat(eval("1/3 + 1/6")).isEqualTo(scalar(1, 2));
      assertThat(eval("(1/3) * 3")).isEqualTo(scalar(1, 1));
      assertThat(eval("0.1 + 0.2")).isEqualTo(scalar(3, 10));
    }

    @Test
    void unaryMinusAndPrecedence_computeAsWritten() {
      assertThat(eval("-v + w")).isEqualTo(vec(2, -3));
      assertThat(eval("-(v + w)")).isEqualTo(vec(-4, -1));
      assertThat(eval("1 + 2 * 3")).isEqualTo(scalar(7, 1));
      assertThat(eval("2 - 3 - 4")).isEqualTo(scalar(-5, 1));
    }

    @Test
    void transposeAndIndex() {
      assertThat(eval("M^T"))
          .isEqualTo(mat(new long[] {1, 4}, new long[] {2, 5}, new long[] {3, 6}));
      assertThat(eval("M[1]")).isEqualTo(vec(4, 5, 6));
      assertThat(eval("M^T[2]")).isEqualTo(vec(3, 6));
      assertThat(eval("M[1][2]")).isEqualTo(scalar(6, 1));
      assertThat(eval("M[c - 1]")).isEqualTo(vec(4, 5, 6));
    }
  }

  @Nested
  class Functions_ {
    @Test
    void relu_zeroesNegativeEntries() {
      assertThat(eval("relu(v - 2)")).isEqualTo(vec(0, 0));
      assertThat(eval("relu(w)")).isEqualTo(vec(3, 0));
    }

    @Test
    void step_isOneOnlyWhereStrictlyPositive() {
      assertThat(eval("step(w)")).isEqualTo(vec(1, 0));
      assertThat(eval("step(v - 1)")).isEqualTo(vec(0, 1));
    }

    @Test
    void argmaxOverOneEntryPerWord_isAToken_keepingTies() {
      Value tie =
          Network.compile(Map.of("t", vec(3, 1, 3)), List.of("r = argmax(t)"), List.of(), 3)
              .reference()
              .value(new Node("r", 0));
      assertThat(tie).isEqualTo(token(0, 2));
      assertThat(((Value.Token) tie).isTie()).isTrue();
    }

    @Test
    void argmaxWithoutAVocabulary_isAnIndex_theFirstOfTiesAsNumpy() {
      assertThat(eval("argmax(w)")).isEqualTo(scalar(0, 1));
      assertThat(eval("argmin(w)")).isEqualTo(scalar(1, 1));
      assertThat(
              Network.compile(Map.of("t", vec(1, 3, 3)), List.of("r = argmax(t)"), List.of())
                  .reference()
                  .value(new Node("r", 0)))
          .isEqualTo(scalar(1, 1));
    }

    @Test
    void argmaxOverAVectorNotOverTheVocabulary_isAnIndex_evenPastTheVocabulary() {
      Network network =
          Network.compile(
              Map.of("states", vec(1, 2, 0, 5, 4)),
              List.of("best = argmax(states)", "worst = argmin(states)"),
              List.of(),
              3);
      assertThat(network.reference().value(new Node("best", 0))).isEqualTo(scalar(3, 1));
      assertThat(network.reference().value(new Node("worst", 0))).isEqualTo(scalar(2, 1));
      assertThat(network.isIndex("best")).isTrue();
    }

    @Test
    void argmaxOfAMatrix_isTheIndexOfItsEntriesCountedRowByRow() {
      assertThat(eval("argmax(M)")).isEqualTo(scalar(5, 1));
    }

    @Test
    void sumAndMax_reduceToANumber() {
      assertThat(eval("sum(M)")).isEqualTo(scalar(21, 1));
      assertThat(eval("sum(w)")).isEqualTo(scalar(2, 1));
      assertThat(eval("max(w)")).isEqualTo(scalar(3, 1));
      assertThat(eval("max(-M)")).isEqualTo(scalar(-1, 1));
    }

    @Test
    void outer_isColumnTimesRow() {
      assertThat(eval("outer(v, u)")).isEqualTo(mat(new long[] {1, 1, 1}, new long[] {2, 2, 2}));
      assertThat(eval("outer(w, v)")).isEqualTo(mat(new long[] {3, 6}, new long[] {-1, -2}));
    }

    @Test
    void concat_joinsTwoVectors() {
      assertThat(eval("concat(v, u)")).isEqualTo(vec(1, 2, 1, 1, 1));
    }

    @Test
    void aTokenIsARowIndex_butNoNumberToComputeWith() {
      EquationException e = failure(VALUES, List.of("r = argmax(w) + 1"), List.of(), 2);
      assertThat(e)
          .hasMessageContaining("\"r = argmax(w) + 1\"")
          .hasMessageContaining("cannot add a token");
      assertThat(
              Network.compile(VALUES, List.of("r = M[argmax(w)]"), List.of(), 2)
                  .reference()
                  .value(new Node("r", 0)))
          .isEqualTo(vec(1, 2, 3));
    }

    @Test
    void reductionsAlongAxis0_giveOneValuePerColumn_asNumpy() {
      assertThat(eval("sum(M, axis=0)")).isEqualTo(vec(5, 7, 9));
      assertThat(eval("mean(M, axis=0)")).isEqualTo(over(2, 5, 7, 9));
      assertThat(eval("var(M, axis=0)")).isEqualTo(over(4, 9, 9, 9));
      assertThat(eval("std(M, axis=0)")).isEqualTo(over(2, 3, 3, 3));
      assertThat(eval("max(M, axis=0)")).isEqualTo(vec(4, 5, 6));
      assertThat(eval("min(M, axis=0)")).isEqualTo(vec(1, 2, 3));
      assertThat(eval("argmax(M, axis=0)")).isEqualTo(vec(1, 1, 1));
      assertThat(eval("argmin(M, axis=0)")).isEqualTo(vec(0, 0, 0));
    }

    @Test
    void reductionsAlongAxis1_giveOneValuePerRow() {
      assertThat(eval("sum(M, axis=1)")).isEqualTo(vec(6, 15));
      assertThat(eval("mean(M, axis=1)")).isEqualTo(vec(2, 5));
      assertThat(eval("var(M, axis=1)")).isEqualTo(over(3, 2, 2));
      assertThat(eval("max(S, axis=1)")).isEqualTo(vec(1, 2));
      assertThat(eval("min(S, axis=1)")).isEqualTo(vec(0, 1));
      assertThat(eval("argmax(S, axis=1)")).isEqualTo(vec(0, 0));
      assertThat(eval("argmin(S, axis=1)")).isEqualTo(vec(1, 1));
    }

    @Test
    void withoutAnAxis_aReductionTakesEveryEntry_andAVectorHasOnlyAxis0() {
      assertThat(eval("mean(M)")).isEqualTo(scalar(7, 2));
      assertThat(eval("var(v)")).isEqualTo(scalar(1, 4));
      assertThat(eval("min(M)")).isEqualTo(scalar(1, 1));
      assertThat(eval("sum(v, axis=0)")).isEqualTo(eval("sum(v)"));
      assertThat(eval("argmax(w, axis=0)")).isEqualTo(scalar(0, 1));
      assertThat(failure(VALUES, List.of("r = sum(v, axis=1)"), List.of()))
          .hasMessageContaining("sum(…, axis=1) needs a matrix: a vector has only axis 0");
      assertThat(failure(VALUES, List.of("r = mean(c, axis=0)"), List.of()))
          .hasMessageContaining("needs a vector or a matrix, found 2");
    }

    @Test
    void stdIsExactWhenTheVarianceIsASquare_elseInexact() {
      Network network = Network.compile(VALUES, List.of("a = std(M, axis=0)"), List.of());
      assertThat(network.reference().isExact(new Node("a", 0))).isTrue();
      assertThat(
              Network.compile(VALUES, List.of("b = std(M)"), List.of())
                  .reference()
                  .isExact(new Node("b", 0)))
          .as("var(M) = 35/12")
          .isFalse();
    }

    @Test
    void aTiedIndex_isTold_alongItsAxisToo() {
      Network network =
          Network.compile(
              VALUES,
              List.of(
                  "ia = argmax(v)",
                  "ib = argmax(u)",
                  "ic = argmax(S, axis=1)",
                  "id = argmin(S, axis=0)",
                  "ie = 1 + argmax(u)"),
              List.of());
      assertThat(network.isTiedIndex(new Node("ia", 0))).isFalse();
      assertThat(network.isTiedIndex(new Node("ib", 0))).isTrue();
      assertThat(network.isTiedIndex(new Node("ic", 0))).as("[[1, 0], [2, 1]] by row").isFalse();
      assertThat(network.isTiedIndex(new Node("id", 0))).as("[[1, 0], [2, 1]] by column").isFalse();
      assertThat(network.isTiedIndex(new Node("ie", 0))).as("not an index itself").isFalse();
      assertThat(
              Network.compile(VALUES, List.of("m = argmax(M - M, axis=0)"), List.of())
                  .isTiedIndex(new Node("m", 0)))
          .isTrue();
    }

    @Test
    void anIndexIsANumberLikeAnyOther() {
      assertThat(eval("1 + argmax(w)")).isEqualTo(scalar(1, 1));
      assertThat(eval("argmin(w) * 10")).isEqualTo(scalar(10, 1));
      assertThat(eval("M[argmin(w)]")).isEqualTo(vec(4, 5, 6));
    }
  }

  @Nested
  class Steps {
    private final Map<String, Value> rnn =
        Map.of(
            "E", mat(new long[] {1, 0}, new long[] {0, 1}, new long[] {1, 1}),
            "W", mat(new long[] {1, 1}, new long[] {0, 1}),
            "hidden_0", vec(0, 0));

    @Test
    void xT_isTheTokenId_andNameTMinusOneTheStepBefore() {
      Network network =
          Network.compile(
              Map.of("s_0", scalar(0, 1)), List.of("s_t = s_{t-1} * 10 + x_t"), List.of(2, 5, 1));
      assertThat(network.steps()).isEqualTo(3);
      assertThat(network.reference().value(new Node("s", 1))).isEqualTo(scalar(2, 1));
      assertThat(network.reference().value(new Node("s", 2))).isEqualTo(scalar(25, 1));
      assertThat(network.reference().value(new Node("s", 3))).isEqualTo(scalar(251, 1));
      assertThat(network.reference().value(new Node("s", 0)))
          .as("the start value")
          .isEqualTo(scalar(0, 1));
    }

    @Test
    void anElmanRnn_runsOverTheSentence() {
      Network network =
          Network.compile(
              rnn,
              List.of(
                  "hidden_t = relu(hidden_{t-1} @ W + E[x_t])", "prediction_t = argmax(hidden_t)"),
              List.of(0, 2),
              2);
      assertThat(network.reference().value(new Node("hidden", 1))).isEqualTo(vec(1, 0));
      assertThat(network.reference().value(new Node("hidden", 2))).isEqualTo(vec(2, 2));
      assertThat(network.reference().value(new Node("prediction", 1))).isEqualTo(token(0));
      assertThat(network.reference().value(new Node("prediction", 2))).isEqualTo(token(0, 1));
    }

    @Test
    void equationsInAnyOrder_areComputedByDependency() {
      List<String> forward =
          List.of(
              "input_t = E[x_t]",
              "pre_t = hidden_{t-1} @ W + input_t",
              "hidden_t = relu(pre_t)",
              "prediction_t = argmax(hidden_t)");
      List<String> backward = new ArrayList<>(forward);
      java.util.Collections.reverse(backward);
      Network inOrder = Network.compile(rnn, forward, List.of(0, 2, 1));
      Network reversed = Network.compile(rnn, backward, List.of(0, 2, 1));
      assertThat(reversed.equations().stream().map(Equation::name))
          .containsExactly("input", "pre", "hidden", "prediction");
      for (String quantity : List.of("input", "pre", "hidden", "prediction")) {
        for (int step = 1; step <= 3; step++) {
          Node node = new Node(quantity, step);
          assertThat(reversed.reference().value(node))
              .as(node.toString())
              .isEqualTo(inOrder.reference().value(node));
        }
      }
    }

    @Test
    void equationsWithoutSteps_inAnyOrder_areComputedByDependency() {
      Network network =
          Network.compile(VALUES, List.of("d = b + a", "b = a * 2", "a = v @ w"), List.of());
      assertThat(network.equations().stream().map(Equation::name)).containsExactly("a", "b", "d");
      assertThat(network.reference().value(new Node("d", 0))).isEqualTo(scalar(3, 1));
    }

    @Test
    void aNetworkWithoutStepsIgnoresTheSentence() {
      Network network = Network.compile(VALUES, List.of("r = v + w"), List.of(1, 2));
      assertThat(network.steps()).isZero();
      assertThat(network.isPerStep("r")).isFalse();
    }
  }

  @Nested
  class FollowThroughRecomputation {
    @Test
    void aFixedEarlierValue_flowsThroughQuantitiesNobodyAskedFor() {
      Network network =
          Network.compile(VALUES, List.of("a = v + 1", "b = a * 2", "d = b + v"), List.of());
      Value d =
          network.recompute(
              new Node("d", 0),
              node -> node.quantity().equals("a") ? Optional.of(vec(10, 20)) : Optional.empty());
      assertThat(d).isEqualTo(vec(21, 42));
      assertThat(network.reference().value(new Node("d", 0))).isEqualTo(vec(5, 8));
    }

    @Test
    void theTargetItselfIsAlwaysComputed() {
      Network network = Network.compile(VALUES, List.of("a = v + 1"), List.of());
      assertThat(
              network.recompute(
                  new Node("a", 0),
                  node -> node.quantity().equals("a") ? Optional.of(vec(9, 9)) : Optional.empty()))
          .isEqualTo(vec(2, 3));
    }
  }

  @Nested
  class Errors {
    @Test
    void unknownName_suggestsTheNameWithOtherCase() {
      EquationException e = failure(VALUES, List.of("r = v @ m"), List.of());
      assertThat(e)
          .hasMessageStartingWith("\"r = v @ m\": ")
          .hasMessageContaining("unknown name \"m\"")
          .hasMessageContaining("did you mean M?")
          .hasMessageContaining("define it in values or by an equation");
    }

    @Test
    void unknownName_listsTheKnownNamesWhenNoneIsClose() {
      EquationException e = failure(VALUES, List.of("r = v @ Q"), List.of());
      assertThat(e)
          .hasMessageContaining("unknown name \"Q\"")
          .hasMessageContaining("known: ")
          .hasMessageContaining("M, S");
    }

    @Test
    void unknownPerStepName_saysItNeedsAnEquation() {
      EquationException e =
          failure(
              Map.of("hidden_0", vec(0)), List.of("hidden_t = hidden_{t-1} + pre_t"), List.of(0));
      assertThat(e)
          .hasMessageContaining("\"hidden_t = hidden_{t-1} + pre_t\"")
          .hasMessageContaining("unknown name \"pre_t\"")
          .hasMessageContaining("pre_t = …");
    }

    @Test
    void unknownFunction_listsTheKnownOnes() {
      EquationException e = failure(VALUES, List.of("r = sigmoidd(v)"), List.of());
      assertThat(e)
          .hasMessageContaining("\"r = sigmoidd(v)\"")
          .hasMessageContaining("unknown function \"sigmoidd\"")
          .hasMessageContaining("known functions are abs, argmax")
          .hasMessageContaining("relu");
    }

    @Test
    void aSyntaxError_pointsAtTheColumn() {
      EquationException e = failure(VALUES, List.of("r = v + + w"), List.of());
      assertThat(e).hasMessage("\"r = v + + w\" at column 9: unexpected \"+\"");
    }

    @Test
    void aCycle_namesItsMembers() {
      EquationException e =
          failure(VALUES, List.of("a = b + v", "b = d * 2", "d = a - w"), List.of());
      assertThat(e)
          .hasMessageContaining("a, b, d")
          .hasMessageContaining("cycle")
          .hasMessageContaining("a → b → d → a")
          .hasMessageContaining("must use a value or a previous step");
    }

    @Test
    void aPerStepCycle_isACycle_butAPreviousStepIsNot() {
      Map<String, Value> start = Map.of("a_0", vec(1), "b_0", vec(1));
      EquationException e = failure(start, List.of("a_t = b_t + x_t", "b_t = a_t"), List.of(0));
      assertThat(e).hasMessageContaining("a, b").hasMessageContaining("cycle");
      Network fine =
          Network.compile(
              start, List.of("a_t = b_{t-1} + x_t", "b_t = a_{t-1} * 2"), List.of(1, 1));
      assertThat(fine.reference().value(new Node("a", 2))).isEqualTo(vec(3));
    }

    @Test
    void aSelfReference_isACycleOfOne() {
      EquationException e = failure(VALUES, List.of("a = a + v"), List.of());
      assertThat(e).hasMessageContaining("cycle").hasMessageContaining("a → a");
    }

    @Test
    void shapesThatDoNotChain_giveBothShapes() {
      EquationException e = failure(VALUES, List.of("r = u @ M"), List.of());
      assertThat(e)
          .hasMessageStartingWith("\"r = u @ M\": ")
          .hasMessageContaining("1×3")
          .hasMessageContaining("2×3");
    }

    @Test
    void matrixTimesMatrixThatDoNotChain_giveBothShapes() {
      EquationException e = failure(VALUES, List.of("r = M @ S"), List.of());
      assertThat(e)
          .hasMessageContaining("\"r = M @ S\"")
          .hasMessageContaining("2×3")
          .hasMessageContaining("2×2");
    }

    @Test
    void elementwiseOnDifferentShapes_givesBothShapes() {
      EquationException e = failure(VALUES, List.of("r = v + u"), List.of());
      assertThat(e)
          .hasMessageContaining("\"r = v + u\"")
          .hasMessageContaining("1×2")
          .hasMessageContaining("1×3")
          .hasMessageContaining("same shape");
    }

    @Test
    void aShapeErrorAtAStep_namesTheStep() {
      EquationException e =
          failure(
              Map.of("E", mat(new long[] {1, 0}), "hidden_0", vec(0, 0, 0)),
              List.of("hidden_t = hidden_{t-1} + E[x_t]"),
              List.of(0));
      assertThat(e)
          .hasMessageContaining("\"hidden_t = hidden_{t-1} + E[x_t]\" at step 1")
          .hasMessageContaining("1×3")
          .hasMessageContaining("1×2");
    }

    @Test
    void aRowPastTheMatrix_saysWhichRowsExist() {
      EquationException e =
          failure(
              Map.of("E", mat(new long[] {1, 0}, new long[] {0, 1})),
              List.of("in_t = E[x_t]"),
              List.of(0, 4));
      assertThat(e)
          .hasMessageContaining("at step 2")
          .hasMessageContaining("row 4 of a 2×2 matrix does not exist");
    }

    @Test
    void previousStepWithoutAStartValue_asksForIt() {
      EquationException e =
          failure(
              Map.of("W", mat(new long[] {1})), List.of("hidden_t = hidden_{t-1} @ W"), List.of(0));
      assertThat(e)
          .hasMessageStartingWith("\"hidden_t = hidden_{t-1} @ W\": ")
          .hasMessageContaining("needs a start value: add \"hidden_0\" to values");
    }

    @Test
    void aPerStepEquationWithoutASentence_asksForOne() {
      EquationException e =
          failure(Map.of("E", mat(new long[] {1})), List.of("in_t = E[0]"), List.of());
      assertThat(e)
          .hasMessageContaining("\"in_t = E[0]\"")
          .hasMessageContaining("no sentence")
          .hasMessageContaining("add \"sentence\"");
    }

    @Test
    void theTokenWithoutASentence_asksForOne() {
      EquationException e =
          failure(Map.of("E", mat(new long[] {1})), List.of("in = E[x_t]"), List.of());
      assertThat(e).hasMessageContaining("x_t").hasMessageContaining("no sentence");
    }

    @Test
    void theTokenInAQuantityWithoutSteps_asksForUnderscoreT() {
      EquationException e =
          failure(Map.of("E", mat(new long[] {1})), List.of("in = E[x_t]"), List.of(0));
      assertThat(e).hasMessageContaining("\"in = E[x_t]\"").hasMessageContaining("must be in_t");
    }

    @Test
    void aPerStepQuantityWithoutItsStep_asksForOne() {
      EquationException e =
          failure(
              Map.of("E", mat(new long[] {1})),
              List.of("in_t = E[x_t]", "out_t = in * 2"),
              List.of(0));
      assertThat(e).hasMessageContaining("\"out_t = in * 2\"").hasMessageContaining("write in_t");
    }

    @Test
    void divisionByZero_namesTheEquation() {
      EquationException e = failure(VALUES, List.of("r = v / zero"), List.of());
      assertThat(e)
          .hasMessageStartingWith("\"r = v / zero\": ")
          .hasMessageContaining("division by zero");
      assertThat(failure(VALUES, List.of("r = 1 / (c - 2)"), List.of()))
          .hasMessageContaining("division by zero");
    }

    @Test
    void divisionByZeroAtAStep_namesTheStep() {
      EquationException e =
          failure(Map.of("s_0", scalar(1, 1)), List.of("s_t = s_{t-1} / x_t"), List.of(1, 0));
      assertThat(e)
          .hasMessageContaining("\"s_t = s_{t-1} / x_t\" at step 2")
          .hasMessageContaining("division by zero");
    }

    @Test
    void aQuantityDefinedTwice_orAlsoAValue_isRefused() {
      assertThat(failure(VALUES, List.of("r = v", "r = w"), List.of()))
          .hasMessageContaining("defined twice");
      assertThat(failure(VALUES, List.of("v = w"), List.of()))
          .hasMessageContaining("also given in values");
    }
  }
}
