package dev.byhand.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Recurrence extras: first-step rules ({@code alpha_1 = …}), the previous token {@code x_{t-1}},
 * the step number {@code t}, a recurrence of {@code steps} without tokens, and a per-step quantity
 * read whole outside the recurrence. Every expected number is worked out by hand in a comment.
 */
class RecurrenceTest {
  /** Jurafsky and Martin's ice-cream HMM: states HOT, COLD; words one, two, three. */
  private static Map<String, Value> iceCream() {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("pi", dec("0.8", "0.2"));
    values.put("A", mat(dec("0.6", "0.4"), dec("0.5", "0.5")));
    values.put("B", mat(dec("0.2", "0.4", "0.4"), dec("0.5", "0.4", "0.1")));
    return values;
  }

  /** three one three */
  private static final List<Integer> THREE_ONE_THREE = List.of(2, 0, 2);

  private static final List<String> FORWARD =
      List.of("alpha_1 = pi * B[:, x_1]", "alpha_t = (alpha_{t-1} @ A) * B[:, x_t]");

  private static final List<String> VITERBI =
      List.of(
          "v_1 = pi * B[:, x_1]",
          "v_t = max(col(v_{t-1}) * A, axis=0) * B[:, x_t]",
          "bp_1 = 0 * pi",
          "bp_t = argmax(col(v_{t-1}) * A, axis=0)",
          "last = argmax(v[2])",
          "middle = bp[2][last]",
          "path = concat(bp[1][middle], middle, last)");

  private static Value dec(String... entries) {
    return new Value.Vec(
        new Vector(Arrays.stream(entries).map(e -> Rational.of(new BigDecimal(e))).toList()));
  }

  private static Value mat(Value... rows) {
    return new Value.Mat(
        new Matrix(Arrays.stream(rows).map(r -> ((Value.Vec) r).value()).toList()));
  }

  private static Value number(String decimal) {
    return new Value.Scalar(Rational.of(new BigDecimal(decimal)));
  }

  private static Value at(Network network, String quantity, int step) {
    return network.reference().value(new Node(quantity, step));
  }

  @Nested
  class FirstStepRules {
    @Test
    void firstStepRule_replacesTheGeneralRuleAtStepOneOnly() {
      Network forward = Network.compile(iceCream(), FORWARD, THREE_ONE_THREE, 3);
      // alpha_1 = [0.8 * 0.4, 0.2 * 0.1]
      assertThat(at(forward, "alpha", 1)).isEqualTo(dec("0.32", "0.02"));
      // alpha_1 @ A = [0.192 + 0.01, 0.128 + 0.01]; times B[:, one] = [0.2, 0.5]
      assertThat(at(forward, "alpha", 2)).isEqualTo(dec("0.0404", "0.069"));
      // alpha_2 @ A = [0.02424 + 0.0345, 0.01616 + 0.0345]; times [0.4, 0.1]
      assertThat(at(forward, "alpha", 3)).isEqualTo(dec("0.023496", "0.005066"));
      assertThat(forward.firstStepRule("alpha")).isPresent();
      assertThat(forward.rules()).extracting(Equation::text).containsExactlyElementsOf(FORWARD);
    }

    @Test
    void aNameEndingInOne_withoutAGeneralRule_staysAQuantityOfItsOwn() {
      Network network =
          Network.compile(iceCream(), List.of("z_1 = pi @ A", "z_2 = z_1 * 2"), List.of());
      assertThat(network.reference().value(new Node("z_2", 0))).isEqualTo(dec("1.16", "0.84"));
      assertThat(network.firstStepRule("z")).isEmpty();
    }

    @Test
    void aFirstStepRule_cannotReadTheStepBefore() {
      assertThatThrownBy(
              () ->
                  Network.compile(
                      iceCream(),
                      List.of("alpha_1 = alpha_{t-1} @ A", "alpha_t = alpha_{t-1} @ A"),
                      THREE_ONE_THREE,
                      3))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("\"alpha_1 = alpha_{t-1} @ A\"")
          .hasMessageContaining("the rule of step 1, which has no step before");
    }

    @Test
    void anotherQuantityReadingTheStepBeforeAtStepOne_stillNeedsAStartValue() {
      assertThatThrownBy(
              () ->
                  Network.compile(
                      iceCream(),
                      List.of(FORWARD.get(0), FORWARD.get(1), "grew_t = alpha_t - alpha_{t-1}"),
                      THREE_ONE_THREE,
                      3))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("\"grew_t = alpha_t - alpha_{t-1}\"")
          .hasMessageContaining("add \"alpha_0\" to values or a first-step rule grew_1 = …");
    }

    @Test
    void followThrough_recomputesTheLaterStepsFromAStudentsOwnFirstStep() {
      Network forward = Network.compile(iceCream(), FORWARD, THREE_ONE_THREE, 3);
      Value slipped = dec("0.32", "0.2");
      Value second =
          forward.recompute(
              new Node("alpha", 2),
              node -> node.equals(new Node("alpha", 1)) ? Optional.of(slipped) : Optional.empty());
      // [0.32, 0.2] @ A = [0.192 + 0.1, 0.128 + 0.1]; times [0.2, 0.5]
      assertThat(second).isEqualTo(dec("0.0584", "0.114"));
      Value first = forward.recompute(new Node("alpha", 1), node -> Optional.empty());
      assertThat(first).isEqualTo(dec("0.32", "0.02"));
    }
  }

  @Nested
  class PreviousToken {
    private final Map<String, Value> bigrams = bigrams();

    private static Map<String, Value> bigrams() {
      Map<String, Value> values = new LinkedHashMap<>();
      // P[a][b]: how likely b follows a, over the words BOS, we, won
      values.put("P", mat(dec("0", "0.75", "0.25"), dec("0", "0.5", "0.5"), dec("1", "0", "0")));
      values.put("x_0", number("0"));
      return values;
    }

    @Test
    void previousToken_isXZeroAtStepOneThenTheWordBefore() {
      Network network =
          Network.compile(bigrams, List.of("p_t = P[x_{t-1}][x_t]"), List.of(1, 2, 0), 3);
      // P[BOS][we], P[we][won], P[won][BOS]
      assertThat(at(network, "p", 1)).isEqualTo(number("0.75"));
      assertThat(at(network, "p", 2)).isEqualTo(number("0.5"));
      assertThat(at(network, "p", 3)).isEqualTo(number("1"));
    }

    @Test
    void previousToken_withoutXZero_failsNamingTheEquation() {
      Map<String, Value> values = new LinkedHashMap<>(bigrams);
      values.remove("x_0");
      assertThatThrownBy(
              () -> Network.compile(values, List.of("p_t = P[x_{t-1}][x_t]"), List.of(1, 2), 3))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("\"p_t = P[x_{t-1}][x_t]\"")
          .hasMessageContaining("add \"x_0\" to values");
    }

    @Test
    void previousToken_underAFirstStepRule_needsNoXZero() {
      Map<String, Value> values = new LinkedHashMap<>(bigrams);
      values.remove("x_0");
      Network network =
          Network.compile(
              values, List.of("p_1 = P[0][x_1]", "p_t = P[x_{t-1}][x_t]"), List.of(2, 0), 3);
      assertThat(at(network, "p", 1)).isEqualTo(number("0.25"));
      assertThat(at(network, "p", 2)).isEqualTo(number("1"));
    }
  }

  @Nested
  class StepsWithoutTokens {
    private static Map<String, Value> quadratic() {
      Map<String, Value> values = new LinkedHashMap<>();
      values.put("w_0", number("0"));
      values.put("lr", number("0.25"));
      return values;
    }

    @Test
    void gradientDescent_runsTheGivenNumberOfSteps() {
      // f(w) = (w - 4)^2: grad = 2 (w - 4); w <- w - lr * grad
      Network network =
          Network.compileSteps(
              quadratic(),
              List.of("grad_t = 2 * (w_{t-1} - 4)", "w_t = w_{t-1} - lr * grad_t"),
              3,
              0);
      assertThat(network.steps()).isEqualTo(3);
      // w: 0 -> 0 + 0.25 * 8 = 2 -> 2 + 0.25 * 4 = 3 -> 3 + 0.25 * 2 = 3.5
      assertThat(at(network, "w", 1)).isEqualTo(number("2"));
      assertThat(at(network, "w", 2)).isEqualTo(number("3"));
      assertThat(at(network, "w", 3)).isEqualTo(number("3.5"));
      assertThat(at(network, "grad", 3)).isEqualTo(number("-2"));
    }

    @Test
    void theStepNumber_isTInsideAPerStepEquation() {
      // a decaying learning rate lr / t: 0 -> 2 -> 2 + 0.125 * 4 = 2.5
      Network network =
          Network.compileSteps(
              quadratic(), List.of("w_t = w_{t-1} - lr / t * 2 * (w_{t-1} - 4)"), 2, 0);
      assertThat(at(network, "w", 1)).isEqualTo(number("2"));
      assertThat(at(network, "w", 2)).isEqualTo(number("2.5"));
    }

    @Test
    void aValueNamedT_keepsItsMeaning() {
      Map<String, Value> values = quadratic();
      values.put("t", number("10"));
      Network network = Network.compileSteps(values, List.of("w_t = w_{t-1} + t"), 2, 0);
      assertThat(at(network, "w", 2)).isEqualTo(number("20"));
    }

    @Test
    void theStepNumber_outsideTheRecurrence_failsNamingTheEquation() {
      assertThatThrownBy(
              () -> Network.compileSteps(quadratic(), List.of("w_t = w_{t-1}", "u = t * lr"), 2, 0))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("\"u = t * lr\": t is the step number");
    }

    @Test
    void theToken_withoutASentence_failsNamingTheEquation() {
      assertThatThrownBy(
              () -> Network.compileSteps(quadratic(), List.of("w_t = w_{t-1} + x_t"), 2, 0))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("\"w_t = w_{t-1} + x_t\"")
          .hasMessageContaining("the rubric has no sentence");
    }
  }

  @Nested
  class WholeReads {
    @Test
    void aPerStepQuantity_readOutsideTheRecurrence_isTheMatrixOfItsSteps() {
      Network viterbi = Network.compile(iceCream(), VITERBI, THREE_ONE_THREE, 3);
      // v_2 = [max(0.192, 0.01) * 0.2, max(0.128, 0.01) * 0.5], from HOT both times
      assertThat(at(viterbi, "v", 2)).isEqualTo(dec("0.0384", "0.064"));
      assertThat(at(viterbi, "bp", 2)).isEqualTo(dec("0", "0"));
      // v_3 = [max(0.02304, 0.032) * 0.4, max(0.01536, 0.032) * 0.1], both from COLD
      assertThat(at(viterbi, "v", 3)).isEqualTo(dec("0.0128", "0.0032"));
      assertThat(at(viterbi, "bp", 3)).isEqualTo(dec("1", "1"));
      // v[2] is step 3: HOT is best; bp_3[HOT] = COLD; bp_2[COLD] = HOT
      assertThat(viterbi.reference().value(new Node("last", 0))).isEqualTo(number("0"));
      assertThat(viterbi.reference().value(new Node("path", 0))).isEqualTo(dec("0", "1", "0"));
      assertThat(viterbi.readsStepsWhole()).isTrue();
      assertThat(viterbi.isIndex("bp")).isTrue();
    }

    @Test
    void followThrough_tracesAStudentsOwnBackpointers() {
      Network viterbi = Network.compile(iceCream(), VITERBI, THREE_ONE_THREE, 3);
      Value path =
          viterbi.recompute(
              new Node("path", 0),
              node ->
                  node.equals(new Node("bp", 3)) ? Optional.of(dec("0", "0")) : Optional.empty());
      assertThat(path).isEqualTo(dec("0", "0", "0"));
    }

    @Test
    void reads_ofAQuantityReadingAPerStepOneWhole_areEveryStep_andAtStepOneTheFirstRules() {
      Network viterbi = Network.compile(iceCream(), VITERBI, THREE_ONE_THREE, 3);
      assertThat(viterbi.reads(new Node("last", 0)))
          .containsExactly(new Node("v", 1), new Node("v", 2), new Node("v", 3));
      assertThat(viterbi.reads(new Node("bp", 1))).containsExactly(new Node("pi", 0));
      assertThat(viterbi.reads(new Node("bp", 2)))
          .containsExactly(new Node("v", 1), new Node("A", 0));
    }

    @Test
    void aPerStepEquation_cannotReadWhatIsKnownOnlyAfterTheLastStep() {
      assertThatThrownBy(
              () ->
                  Network.compile(
                      iceCream(),
                      List.of(FORWARD.get(0), FORWARD.get(1), "s = sum(alpha[0])", "r_t = s * 2"),
                      THREE_ONE_THREE,
                      3))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("\"r_t = s * 2\": s reads every step");
    }
  }
}
