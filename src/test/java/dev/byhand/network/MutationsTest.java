package dev.byhand.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Vector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Mistakes derived from equations: the operators, their ids and their sentences. */
class MutationsTest {
  private static final Network MLP =
      Network.compile(
          mlpValues(),
          List.of(
              "z1 = x @ W1 + b1",
              "a1 = relu(z1)",
              "y = a1 @ W2 + b2",
              "dy = y - target",
              "da1 = dy @ W2^T",
              "loss = sum(dy * dy) / 2"),
          List.of());

  private static Map<String, Value> mlpValues() {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("x", new Value.Vec(Vector.of(1, 2)));
    values.put("W1", new Value.Mat(Matrix.of(new long[] {1, -2}, new long[] {-1, 1})));
    values.put("b1", new Value.Vec(Vector.of(-1, 1)));
    values.put("W2", new Value.Mat(Matrix.of(new long[] {1, 2}, new long[] {3, -1})));
    values.put("b2", new Value.Vec(Vector.of(0, -1)));
    values.put("target", new Value.Vec(Vector.of(1, 1)));
    return values;
  }

  private static Optional<Mutation> find(Network network, String id) {
    return Mutations.of(network).stream()
        .map(Mutant::mutation)
        .filter(m -> m.id().equals(id))
        .findFirst();
  }

  @Nested
  class Operators {
    @Test
    void droppedTerm_namesTheTermAndSaysWhatTheEquationGivesWithoutIt() {
      Mutation bias = find(MLP, "dropped-term:b1").orElseThrow();
      assertThat(bias.changed().text()).isEqualTo("z1 = x @ W1");
      assertThat(bias.sentence())
          .isEqualTo("This is what z1 = x @ W1 + b1 gives without + b1 (z1 = x @ W1).");
    }

    @Test
    void transposed_appliesWhereShapesAllow_andUndoesAWrittenTranspose() {
      assertThat(find(MLP, "transposed:W1")).isPresent();
      assertThat(find(MLP, "transposed:W2").map(m -> m.changed().text()))
          .hasValueSatisfying(text -> assertThat(text).isIn("y = a1 @ W2^T + b2", "da1 = dy @ W2"));
    }

    @Test
    void noRelu_extraRelu_signAndDroppedFactor_areDerived() {
      assertThat(find(MLP, "no-relu").map(m -> m.changed().text())).contains("a1 = z1");
      assertThat(find(MLP, "extra-relu:y").map(m -> m.changed().text()))
          .contains("y = relu(a1 @ W2 + b2)");
      assertThat(find(MLP, "sign:target").map(m -> m.changed().text())).contains("dy = target - y");
      assertThat(find(MLP, "dropped-factor:2").map(m -> m.changed().text()))
          .contains("loss = sum(dy * dy)");
    }

    @Test
    void anyFunctionOfOneArgument_mayBeForgotten_butNotOneThatChangesTheShape() {
      Map<String, Value> values = new LinkedHashMap<>();
      values.put("q", new Value.Vec(Vector.of(1, 2)));
      values.put("K", new Value.Mat(Matrix.of(new long[] {1, 0}, new long[] {1, 1})));
      values.put("dk", new Value.Scalar(dev.byhand.exact.Rational.of(4)));
      Network attention =
          Network.compile(
              values,
              List.of(
                  "scores = q @ K^T / sqrt(dk)",
                  "weights = softmax(scores)",
                  "total = sum(weights)"),
              List.of());
      assertThat(find(attention, "no-sqrt").map(m -> m.changed().text()))
          .contains("scores = q @ K^T / dk");
      assertThat(find(attention, "no-softmax").map(m -> m.changed().text()))
          .contains("weights = scores");
      // sum of a vector is a number; without it, total would be a vector: no answer of its shape.
      assertThat(find(attention, "no-sum")).isEmpty();
    }

    @Test
    void aMutationThatChangesNothing_isNotKept() {
      // relu of a1, which is never negative, is a1: no student could be told apart by it.
      assertThat(find(MLP, "extra-relu:a1")).isEmpty();
    }

    @Test
    void idsAreUnique() {
      List<String> ids = Mutations.of(MLP).stream().map(m -> m.mutation().id()).toList();
      assertThat(ids).doesNotHaveDuplicates();
    }
  }

  @Nested
  class TheNewOperators {
    /** Broadcasting, powers, ==, abs, log2, entropy, slices and the builders in one network. */
    private final Network network =
        Network.compile(
            Map.of(
                "X", new Value.Mat(Matrix.of(new long[] {1, 2, 0}, new long[] {3, 2, 4})),
                "p", new Value.Vec(Vector.of(1, 1, 2))),
            List.of(
                "mu = mean(X, axis=0)",
                "d = (X - mu)^2",
                "same = X == X[0]",
                "gap = max(abs(X - 2), 1, col(concat(0, 1)))",
                "bits = log2(p) + entropy(p / 4)",
                "block = hstack(X[:, 0:2], col(X[:, 2]))",
                "stacked = vstack(X[0:1], onehot(argmax(p), 3))"),
            List.of());

    @Test
    void areLeftAsTheyAre_whileTheOldOperatorsAroundThemAreStillTried() {
      List<Mutant> mutants = Mutations.of(network);
      assertThat(mutants).extracting(m -> m.mutation().id()).contains("dropped-term:mu");
      for (Mutant mutant : mutants) {
        assertThat(mutant.mutation().changed().expression().toString())
            .as(mutant.mutation().id())
            .isNotBlank();
      }
    }
  }

  @Nested
  class MaxAndSumAlongAnAxis {
    /** One step of an HMM from the same paths: Viterbi keeps the best, forward adds them up. */
    private final Network hmm =
        Network.compile(
            Map.of(
                "paths", new Value.Mat(Matrix.of(new long[] {1, 4}, new long[] {3, 2})),
                "emit", new Value.Vec(Vector.of(2, 1))),
            List.of("viterbi = max(paths, axis=0) * emit", "forward = sum(paths, axis=0) * emit"),
            List.of());

    @Test
    void aSumWhereTheRuleTakesAMax_isViterbiComputedAsForward() {
      Mutation mutation = find(hmm, "sum-for-max").orElseThrow();
      assertThat(mutation.quantity()).isEqualTo("viterbi");
      assertThat(mutation.changed().text()).isEqualTo("viterbi = sum(paths, axis=0) * emit");
      assertThat(mutation.sentence()).contains("taking the sum along the axis instead of the max");
    }

    @Test
    void aMaxWhereTheRuleTakesASum_isForwardComputedAsViterbi() {
      Mutation mutation = find(hmm, "max-for-sum").orElseThrow();
      assertThat(mutation.quantity()).isEqualTo("forward");
      assertThat(mutation.changed().text()).isEqualTo("forward = max(paths, axis=0) * emit");
    }

    @Test
    void aReductionOfEveryEntry_isNotSwapped() {
      Network whole =
          Network.compile(
              Map.of("v", new Value.Vec(Vector.of(1, 4))), List.of("m = max(v) * 2"), List.of());
      assertThat(find(whole, "sum-for-max")).isEmpty();
    }
  }

  @Nested
  class Recurrences {
    private final Network rnn =
        Network.compile(
            Map.of(
                "E",
                    new Value.Mat(
                        Matrix.of(new long[] {1, 0}, new long[] {0, 1}, new long[] {1, -1})),
                "W", new Value.Mat(Matrix.of(new long[] {1, -1}, new long[] {-1, 2})),
                "h_0", new Value.Vec(Vector.of(1, 0))),
            List.of("h_t = relu(h_{t-1} @ W + E[x_t])", "o_t = h_t @ W", "p_t = argmax(o_t)"),
            List.of(0, 1, 2, 1));

    @Test
    void carried_readsThePreActivationOfTheStepBefore_throughAHelperEquation() {
      Mutation carried = find(rnn, "carried").orElseThrow();
      assertThat(carried.changed().text()).isEqualTo("h_t = relu(h_pre_{t-1} @ W + E[x_t])");
      assertThat(carried.helpers())
          .extracting(Equation::text)
          .containsExactly("h_pre_t = h_{t-1} @ W + E[x_t]");
    }

    @Test
    void neighbourRow_isKeptThoughTheRowPastTheMatrixIsMissingAtSomeSteps() {
      assertThat(find(rnn, "neighbour-row:E+1").map(m -> m.changed().text()))
          .contains("h_t = relu(h_{t-1} @ W + E[x_t + 1])");
      assertThat(find(rnn, "neighbour-row:E-1")).isPresent();
    }

    @Test
    void wrongStep_andArgmin() {
      assertThat(find(rnn, "wrong-step").map(m -> m.changed().text()))
          .contains("o_t = h_{t-1} @ W");
      assertThat(find(rnn, "argmin").map(m -> m.changed().text())).contains("p_t = argmin(o_t)");
    }
  }

  @Nested
  class ConvolutionPoolingAndAxes {
    private final Network network =
        Network.compile(
            Map.of(
                "X",
                new Value.Mat(
                    Matrix.of(
                        new long[] {1, 0, 2, 1, 0},
                        new long[] {0, 3, 1, 0, 2},
                        new long[] {2, 1, 0, 1, 1},
                        new long[] {1, 0, 1, 2, 0},
                        new long[] {0, 2, 1, 0, 3})),
                "K",
                new Value.Mat(Matrix.of(new long[] {1, 0}, new long[] {-1, 2})),
                "S",
                new Value.Mat(Matrix.of(new long[] {1, 2, 3}, new long[] {2, 0, 4})),
                "v",
                new Value.Vec(Vector.of(3, 1, 4))),
            List.of(
                "F = conv(X, K)",
                "P = maxpool(F, 2)",
                "mu = mean(S, axis=0)",
                "W = softmax(S)",
                "sigma2 = var(S, axis=1)",
                "k = argmax(v)"),
            List.of());

    @Test
    void flippedKernel_isTrueConvolution() {
      Mutation flipped = find(network, "flipped-kernel").orElseThrow();
      assertThat(flipped.changed().text()).isEqualTo("F = conv(X, flip(K))");
      assertThat(flipped.sentence())
          .isEqualTo(
              "This is what F = conv(X, K) gives with the kernel K flipped, as true convolution"
                  + " does (F = conv(X, flip(K))).");
    }

    @Test
    void poolStride_movesTheWindowOneEntryAtATime_thoughItChangesTheShape() {
      Mutant stride =
          Mutations.of(network).stream()
              .filter(m -> m.mutation().id().equals("pool-stride"))
              .findFirst()
              .orElseThrow();
      assertThat(stride.mutation().changed().text()).isEqualTo("P = maxpool(F, 2, stride=1)");
      assertThat(stride.network().reference().value(new Node("P", 0)).shape()).isEqualTo("3×3");
    }

    @Test
    void wrongAxis_takesTheOtherAxis_andASoftmaxDownTheColumns() {
      assertThat(find(network, "wrong-axis:mean").map(m -> m.changed().text()))
          .contains("mu = mean(S, axis=1)");
      assertThat(find(network, "wrong-axis:softmax").map(m -> m.changed().text()))
          .contains("W = softmax(S, axis=0)");
    }

    @Test
    void sampleVariance_dividesByNMinus1() {
      assertThat(find(network, "sample-variance").map(m -> m.changed().text()))
          .contains("sigma2 = var(S, axis=1, ddof=1)");
    }

    @Test
    void oneBased_countsAnIndexFrom1_butNeverAToken() {
      assertThat(find(network, "one-based").map(m -> m.changed().text()))
          .contains("k = argmax(v) + 1");
      // Over the vocabulary argmax is a token: a token plus one is no answer.
      Network words =
          Network.compile(
              Map.of("v", new Value.Vec(Vector.of(3, 1, 4))),
              List.of("k = argmax(v)"),
              List.of(),
              3);
      assertThat(find(words, "one-based")).isEmpty();
    }
  }
}
