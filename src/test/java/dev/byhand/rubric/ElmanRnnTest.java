package dev.byhand.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ElmanRnnTest {
  /** The handout's model, typed in from the handout. */
  static ElmanRnn handout() {
    return new ElmanRnn(
        Matrix.of(
            new long[] {1, 0, 1, 0},
            new long[] {2, -1, 3, 5},
            new long[] {-1, 2, 1, 4},
            new long[] {5, 2, -1, 3},
            new long[] {4, 0, 1, 1},
            new long[] {1, 3, 4, -1}),
        Matrix.of(
            new long[] {3, -1, 0},
            new long[] {1, 4, -3},
            new long[] {2, 5, -1},
            new long[] {4, 2, 3}),
        Matrix.of(new long[] {2, -3, 1}, new long[] {4, 1, 4}, new long[] {-5, 3, 2}),
        Matrix.of(
            new long[] {1, 0, 1, 0, 1, 0},
            new long[] {4, 2, 1, 5, 2, 3},
            new long[] {0, -3, -1, 4, 3, -1}),
        Vector.zeros(3),
        Activation.RELU);
  }

  @Nested
  class TheHandoutsPublishedNumbers {
    private final Trace trace = handout().run(List.of(0, 1, 2, 3, 4, 5));

    @Test
    void afterBos_hiddenIs_5_4_0() {
      assertThat(trace.step(1).hidden()).isEqualTo(Vector.of(5, 4, 0));
    }

    @Test
    void afterBos_logitsAre_21_8_9_20_13_12() {
      assertThat(trace.step(1).logits()).isEqualTo(Vector.of(21, 8, 9, 20, 13, 12));
    }

    @Test
    void afterBos_thePredictionIsBos() {
      assertThat(trace.step(1).predicted()).containsExactly(0);
    }

    @Test
    void afterThe_hiddenIs_57_8_36() {
      assertThat(trace.step(2).hidden()).isEqualTo(Vector.of(57, 8, 36));
    }

    @Test
    void afterThe_logitsAre_89_minus92_29_184_181_minus12() {
      assertThat(trace.step(2).logits()).isEqualTo(Vector.of(89, -92, 29, 184, 181, -12));
    }

    @Test
    void afterThe_thePredictionIsIs() {
      assertThat(trace.step(2).predicted()).containsExactly(3);
    }

    @Test
    void reluClipsTheNegativePreActivationOfStepOne() {
      assertThat(trace.step(1).preActivation()).isEqualTo(Vector.of(5, 4, -1));
    }
  }

  @Test
  void identityActivation_keepsNegativeEntries() {
    ElmanRnn linear =
        new ElmanRnn(
            handout().embedding(),
            handout().input(),
            handout().recurrent(),
            handout().output(),
            Vector.zeros(3),
            Activation.IDENTITY);
    assertThat(linear.run(List.of(0)).step(1).hidden()).isEqualTo(Vector.of(5, 4, -1));
  }

  @Test
  void argmax_keepsEveryTiedIndex() {
    assertThat(ElmanRnn.argmax(Vector.of(3, 7, 1, 7))).containsExactly(1, 3);
  }

  @Test
  void fractionalWeights_stayExact() {
    Rational third = Rational.of(1, 3);
    ElmanRnn rnn =
        new ElmanRnn(
            new Matrix(
                List.of(new Vector(List.of(Rational.ONE)), new Vector(List.of(Rational.ONE)))),
            new Matrix(List.of(new Vector(List.of(third)))),
            new Matrix(List.of(new Vector(List.of(third)))),
            new Matrix(List.of(new Vector(List.of(Rational.ONE, third)))),
            Vector.zeros(1),
            Activation.RELU);
    Trace trace = rnn.run(List.of(0, 0, 0));
    // 1/3, then 1/9 + 1/3 = 4/9, then 4/27 + 1/3 = 13/27: no rounding anywhere.
    assertThat(trace.step(3).hidden().get(0)).isEqualTo(Rational.of(13, 27));
  }

  @Test
  void shapesThatDoNotChain_areRejectedNamingTheMatrices() {
    ElmanRnn good = handout();
    assertThatThrownBy(
            () ->
                new ElmanRnn(
                    good.embedding(),
                    good.input(),
                    Matrix.of(new long[] {1, 0}, new long[] {0, 1}),
                    good.output(),
                    Vector.zeros(3),
                    Activation.RELU))
        .hasMessageContaining("W is 2×2")
        .hasMessageContaining("3×3");
    assertThatThrownBy(
            () ->
                new ElmanRnn(
                    good.embedding(),
                    good.input(),
                    good.recurrent(),
                    good.output().transpose(),
                    Vector.zeros(3),
                    Activation.RELU))
        .hasMessageContaining("V is 6×3");
  }

  @Test
  void aTokenOutsideTheVocabulary_isRejected() {
    assertThatThrownBy(() -> handout().run(List.of(6))).hasMessageContaining("outside 0..5");
  }
}
