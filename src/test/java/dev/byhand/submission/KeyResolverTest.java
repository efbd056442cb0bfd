package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyResolverTest {
  /** The handout's items, as the rubric hands them over. */
  static final KeyResolver HANDOUT =
      KeyResolver.of(
          List.of(
              new KeyTarget("q0", "diagram", OptionalInt.empty(), "diagram", 1),
              new KeyTarget("q1", "hidden", OptionalInt.of(1), "hidden state h1", 1),
              new KeyTarget("q1", "logits", OptionalInt.of(1), "logits at step 1", 2),
              new KeyTarget(
                  "q2", "prediction", OptionalInt.of(1), "predicted next token at step 1", 1),
              new KeyTarget("q3", "hidden", OptionalInt.of(2), "hidden state h2", 1),
              new KeyTarget("q3", "logits", OptionalInt.of(2), "logits at step 2", 2),
              new KeyTarget(
                  "q3", "prediction", OptionalInt.of(2), "predicted next token at step 2", 3)),
          List.of("BOS", "the", "cat", "is", "outside", "EOS"));

  /** Another network's quantities: none of the handout's names. */
  static final KeyResolver MLP =
      KeyResolver.of(
          List.of(
              new KeyTarget("q1", "z1", OptionalInt.empty(), "z1", 1),
              new KeyTarget("q1", "a1", OptionalInt.empty(), "a1", 2),
              new KeyTarget("q2", "dW1", OptionalInt.empty(), "dW1", 1),
              new KeyTarget("q2", "h_top", OptionalInt.empty(), "h_top", 2),
              new KeyTarget("q3", "state", OptionalInt.of(1), "state at step 1", 1)),
          List.of());

  /** Attention's matrices: one-letter items, A the second of q2 (so "a" is also q2's first). */
  static final KeyResolver ATTENTION =
      KeyResolver.of(
          List.of(
              new KeyTarget("q1", "Q", OptionalInt.empty(), "Q", 1),
              new KeyTarget("q2", "S", OptionalInt.empty(), "S", 1),
              new KeyTarget("q2", "A", OptionalInt.empty(), "A", 2),
              new KeyTarget("q3", "B", OptionalInt.empty(), "B", 1),
              new KeyTarget("q3", "Z", OptionalInt.empty(), "Z", 2)),
          List.of());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"q2.A|q2.A", "q2.S|q2.S", " q3.B |q3.B", "q3.Z|q3.Z", "2(b)|q2.A"})
  void theTemplatesKeyOfAOneLetterItem_namesIt_notTheQuestionsFirstItem(
      String written, String key) {
    assertThat(resolved(ATTENTION, written)).isEqualTo(key);
  }

  static String resolved(KeyResolver resolver, String written) {
    KeyResolution resolution = resolver.resolve(written);
    if (resolution instanceof KeyResolution.Found found) {
      return found.key().toString();
    }
    return resolution instanceof KeyResolution.Ambiguous a ? "ambiguous " + a.keys() : "none";
  }

  @Nested
  class TheHandout {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "q1.hidden|q1.hidden",
          "Q1 hidden|q1.hidden",
          "h1|q1.hidden",
          "h_1|q1.hidden",
          "$h_{1}$|q1.hidden",
          "\\mathbf{h}_1|q1.hidden",
          "hidden state h1|q1.hidden",
          "y1|q1.logits",
          "o_2|q3.logits",
          "logits after BOS|q1.logits",
          "logits after reading in the|q3.logits",
          "output after 'the'|q3.logits",
          "hidden state at step 2|q3.hidden",
          "prediction after BOS|q2.prediction",
          "h2|q3.hidden",
          "1a|q1.hidden",
          "1b|q1.logits",
          "1(b)|q1.logits",
          "3c|q3.prediction",
          "Q3 (c)|q3.prediction",
          "Q1 (output logits)|q1.logits",
          "Q2 (predicted next token)|q2.prediction",
          "Q3 (hidden state after reading 'the')|q3.hidden",
          "**Q1 hidden**|q1.hidden",
          "q3.pred|q3.prediction",
          "q1.h1|q1.hidden",
          "next token after the|q3.prediction"
        })
    void writtenForms_resolveToTheRubricItem(String written, String key) {
      assertThat(resolved(HANDOUT, written)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hidden", "prediction", "Q1 hidden and logits", "logits"})
    void aKeyFittingTwoItems_isAmbiguous(String written) {
      assertThat(resolved(HANDOUT, written)).startsWith("ambiguous");
    }

    @ParameterizedTest
    @ValueSource(strings = {"question", "answer", "notes", "h7", "x", "5", "the model predicts"})
    void textNamingNoItem_isNoKey(String written) {
      assertThat(resolved(HANDOUT, written)).isEqualTo("none");
    }

    @Test
    void anItemTheRubricDoesNotAsk_keepsItsSyntacticKey_soItCanBeReported() {
      assertThat(resolved(HANDOUT, "q1.weights")).isEqualTo("q1.weights");
    }
  }

  @Nested
  class AnotherRubric {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "q1.z1|q1.z1",
          "z1|q1.z1",
          "Z_1|q1.z1",
          "q2.dW1|q2.dW1",
          "dw1|q2.dW1",
          "q2_DW1|q2.dW1",
          "h_top|q2.h_top",
          "htop|q2.h_top",
          "q2.h-top|q2.h_top",
          "2b|q2.h_top",
          "state1|q3.state",
          "q3.state|q3.state"
        })
    void theRubricsOwnNames_resolve(String written, String key) {
      assertThat(resolved(MLP, written)).isEqualTo(key);
    }

    @Test
    void theHandoutsSynonyms_doNotRewriteAnotherRubricsNames() {
      assertThat(resolved(MLP, "q3.state")).isEqualTo("q3.state");
      assertThat(resolved(MLP, "h1")).isEqualTo("none");
    }
  }
}
