package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerKeyTest {
  @Nested
  class Separators {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "q1.hidden",
          "Q1 hidden",
          "q1_hidden",
          "q1-hidden",
          "Q1: hidden",
          "q1/hidden",
          "1.hidden",
          "q01.hidden",
          "Q1.HIDDEN",
          "  q1.hidden  ",
          "\"q1.hidden\"",
          "'q1.hidden'",
          "\u00a0q1.hidden\u202f",
          "\ufeffq1.hidden",
          "q1.\u200bhidden\u200b",
          "question 1 hidden",
          "q1 (hidden)",
          "q1hidden",
          "\u201cq1.hidden\u201d"
        })
    void writtenForms_allMeanQ1Hidden(String written) {
      assertThat(AnswerKey.parse(written)).contains(new AnswerKey("q1", "hidden"));
    }

    @Test
    void manyDigitQuestion_keepsItsNumberWithoutLeadingZeros() {
      assertThat(AnswerKey.parse("q012.logits")).contains(new AnswerKey("q12", "logits"));
    }

    @Test
    void toString_isTheCanonicalForm() {
      assertThat(AnswerKey.parse("Q3 Pred").orElseThrow()).hasToString("q3.prediction");
    }
  }

  @Nested
  class Synonyms {
    @ParameterizedTest
    @CsvSource({
      "q1.h, hidden",
      "q1.hidden state, hidden",
      "q1.hiddenstate, hidden",
      "q1.state, hidden",
      "q1.h1, hidden",
      "q3.h2, hidden",
      "q1.hidden_state, hidden",
      "q1-Logits, logits",
      "q1.logit, logits",
      "q1.output, logits",
      "q1.outputs, logits",
      "q1.o, logits",
      "q1.y, logits",
      "q1.scores, logits",
      "q2.prediction, prediction",
      "q2.predicted, prediction",
      "q2.pred, prediction",
      "q2.predict, prediction",
      "q2.token, prediction",
      "q2.next token, prediction",
      "q2.nexttoken, prediction",
      "q2.predicted token, prediction",
      "q2.next word, prediction",
      "q2.word, prediction",
      "q2.next_token, prediction",
      "q1.preactivation, preactivation",
      "q1.pre-activation, preactivation",
      "q1.pre, preactivation",
      "q1.z, preactivation",
      "q1.input, input",
      "q1.embedding, input",
      "q1.x, input",
      "q1.diagram, diagram",
      "q1.Foo, foo"
    })
    void itemSynonym_mapsToCanonicalItem(String written, String item) {
      assertThat(AnswerKey.parse(written).map(AnswerKey::item)).contains(item);
    }
  }

  @Nested
  class NotKeys {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "Question",
          "key",
          "hello world",
          "",
          "   ",
          "q1",
          "1",
          "hidden",
          "answer",
          "value",
          "q1.hidden2x",
          "q.hidden",
          "5",
          "[5, 4, 0]",
          "\ufeff"
        })
    void textThatIsNoKey_isEmpty(String written) {
      assertThat(AnswerKey.parse(written)).isEqualTo(Optional.empty());
    }
  }

  @Nested
  class QuestionOnly {
    @ParameterizedTest
    @ValueSource(strings = {"q1", "Q1", "1", "q01", " \"q1\" "})
    void questionIds_areRecognised(String written) {
      assertThat(KeySyntax.questionOnly(written)).contains("q1");
    }

    @Test
    void aFullKey_isNotAQuestionOnly() {
      assertThat(KeySyntax.questionOnly("q1.hidden")).isEmpty();
    }
  }
}
