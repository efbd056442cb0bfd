package dev.byhand.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Vector;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricLoaderTest {
  private static final Path HANDOUT = Path.of("rubrics/rnn-by-hand.json");
  private static final Path FULL = Path.of("rubrics/rnn-by-hand-full.json");

  private final RubricLoader loader = new RubricLoader();

  @Nested
  class TheShippedRubrics {
    @Test
    void handoutRubric_encodesTheHandoutsQuestions() {
      Rubric rubric = loader.load(HANDOUT);
      assertThat(rubric.questions())
          .extracting(Question::id)
          .containsExactly("q0", "q1", "q2", "q3");
      assertThat(rubric.question("q0").orElseThrow().isManual()).isTrue();
      assertThat(rubric.question("q3").orElseThrow().step()).isEqualTo(OptionalInt.of(2));
      assertThat(rubric.vocabulary().words())
          .containsExactly("BOS", "the", "cat", "is", "outside", "EOS");
    }

    @Test
    void handoutRubric_reproducesTheHandoutsTrace() {
      Rubric rubric = loader.load(HANDOUT);
      assertThat(rubric.network().reference().value(new Node("hidden", 1)))
          .isEqualTo(new Value.Vec(Vector.of(5, 4, 0)));
      assertThat(rubric.network().reference().value(new Node("logits", 2)))
          .isEqualTo(new Value.Vec(Vector.of(89, -92, 29, 184, 181, -12)));
    }

    @Test
    void theHandoutWrittenAsEquations_declaresTheHandoutsMistakes() {
      Rubric equations = loader.load(Path.of("rubrics/rnn-by-hand-equations.json"));
      assertThat(equations.handout()).contains(new Rubric.Handout("relu"));
      assertThat(equations.mistakes())
          .extracting(m -> m.mutation().id())
          .isEqualTo(loader.load(HANDOUT).mistakes().stream().map(m -> m.mutation().id()).toList());
    }

    @Test
    void theHandoutsMistakes_areRefusedForOtherEquations() throws IOException {
      String json =
          Files.readString(Path.of("rubrics/rnn-by-hand-equations.json"))
              .replace("logits_t = hidden_t @ V", "logits_t = relu(hidden_t @ V)");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("misconceptions.handout names the handout's mistakes");
    }

    @Test
    void fullRubric_asksAboutAllSixSteps() {
      Rubric rubric = loader.load(FULL);
      assertThat(rubric.questions()).hasSize(7);
      assertThat(rubric.question("q6").orElseThrow().step()).isEqualTo(OptionalInt.of(6));
      assertThat(rubric.network().values()).isEqualTo(loader.load(HANDOUT).network().values());
      assertThat(rubric.handout()).contains(new Rubric.Handout("relu"));
    }
  }

  @Nested
  class WhatATaCanGetWrong {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        ragged row              | "U": [[3, -1, 0], [1, 4], [2, 5, -1], [4, 2, 3]]                 | model.U row 2 has 2 numbers but row 1 has 3
        shapes that do not chain| "W": [[2, -3], [4, 1]]                                           | W is 2×2 but h0 has 3 entries: W must be 3×3
        V for too few words     | "V": [[1, 0, 1, 0, 1], [4, 2, 1, 5, 2], [0, -3, -1, 4, 3]]      | V needs one column per word
        a word in a matrix      | "E": [[1, 0, 1, 0], [2, -1, 3, 5], [-1, 2, 1, 4], [5, 2, -1, 3], [4, 0, 1, 1], [1, 3, "four", -1]] | model.E[5][2] must be a number
        an unknown activation   | "activation": "tanh"                                              | model.activation "tanh" is not supported
        E with a row missing    | "E": [[1, 0, 1, 0], [2, -1, 3, 5], [-1, 2, 1, 4], [5, 2, -1, 3], [4, 0, 1, 1]] | model.E has 5 rows but model.vocabulary has 6 words
        """)
    void aBrokenModel_isNamedWithItsFix(String what, String replacement, String message)
        throws IOException {
      assertThatThrownBy(() -> loader.parse(withModelField(replacement), "r.json"))
          .isInstanceOf(RubricException.class)
          .hasMessageStartingWith("r.json: ")
          .hasMessageContaining(message);
    }

    @Test
    void anUnknownWordInTheSentence_isNamedWithItsPosition() throws IOException {
      String json =
          handoutText().replace("\"BOS the cat is outside EOS\"", "\"BOS the dog is outside EOS\"");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .hasMessageContaining("sentence word 3 \"dog\" is not in model.vocabulary");
    }

    @Test
    void aDuplicateQuestionId_isRefused() throws IOException {
      String json = handoutText().replace("\"id\": \"q3\"", "\"id\": \"q1\"");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .hasMessageContaining("questions[3].id \"q1\" is used by an earlier question");
    }

    @Test
    void aQuestionIdWithALeadingZero_isRefused_sinceStudentsQ01WouldBeReadAsQ1()
        throws IOException {
      String json = handoutText().replace("\"id\": \"q3\"", "\"id\": \"q03\"");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .hasMessageContaining(
              "questions[3].id \"q03\" must be q followed by a number without leading zeros");
    }

    @Test
    void aStepPastTheSentence_isRefused() throws IOException {
      String json = handoutText().replace("\"step\": 2", "\"step\": 7");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .hasMessageContaining("questions[3].step is 7 but the sentence has only 6 words");
    }

    @Test
    void aMisspeltField_isNotIgnored() throws IOException {
      String json =
          handoutText()
              .replace(
                  "{\"item\": \"prediction\", \"points\": 1",
                  "{\"item\": \"prediction\", \"poinst\": 1");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .hasMessageContaining("has an unknown field \"poinst\"");
    }

    @Test
    void aliases_areReadAndChecked() throws IOException {
      Rubric rubric = loader.parse(handoutText(), "r.json");
      assertThat(rubric.question("q1").orElseThrow().items().get(0).aliases()).contains("h^1_0");
      String twice = handoutText().replace("\"o2\"", "\"o1\"");
      assertThatThrownBy(() -> loader.parse(twice, "r.json"))
          .hasMessageContaining("the alias \"o1\" of q3.logits is also an alias of q1.logits");
      String notAString = handoutText().replace("\"next1\"", "1");
      assertThatThrownBy(() -> loader.parse(notAString, "r.json"))
          .hasMessageContaining("aliases[0] must be a string");
      String empty = handoutText().replace("\"next1\"", "\"^_\"");
      assertThatThrownBy(() -> loader.parse(empty, "r.json"))
          .hasMessageContaining("must hold a letter or digit");
    }

    @Test
    void anItemByhandCannotCompute_suggestsManual() throws IOException {
      String json =
          handoutText()
              .replace(
                  "{\"item\": \"prediction\", \"points\": 1",
                  "{\"item\": \"explanation\", \"points\": 1");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .hasMessageContaining("\"explanation\" is not an item byhand can compute")
          .hasMessageContaining("\"manual\": true");
    }

    @Test
    void aDuplicateJsonKey_isRefusedRatherThanSilentlyOverwritten() throws IOException {
      String json =
          handoutText()
              .replace(
                  "\"activation\": \"relu\",",
                  "\"activation\": \"relu\", \"activation\": \"identity\",");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .hasMessageContaining("\"activation\" appears twice");
    }

    @Test
    void lenientJson_isRefused() throws IOException {
      String json = handoutText().replace("\"h0\": [0, 0, 0]", "\"h0\": [0, 0, 0,]");
      assertThatThrownBy(() -> loader.parse(json, "r.json"))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("r.json");
    }

    @Test
    void aMissingFile_saysWhatToPass() {
      assertThatThrownBy(() -> loader.load(Path.of("no/such/rubric.json")))
          .hasMessageContaining("--rubric");
    }
  }

  @Nested
  class Policies {
    @Test
    void defaults_areFormatSelfCheck_anyTie_visible_allOrNothing_fullFollowThrough()
        throws IOException {
      Rubric rubric =
          loader.parse(handoutText().replace(", \"credit\": \"per-entry\"", ""), "r.json");
      assertThat(rubric.policies()).isEqualTo(Rubric.Policies.DEFAULT);
      Question q1 = rubric.question("q1").orElseThrow();
      assertThat(q1.visibility()).isEqualTo(Visibility.VISIBLE);
      assertThat(q1.items().get(0).credit()).isEqualTo(Credit.ALL_OR_NOTHING);
      assertThat(q1.items().get(0).followThroughCredit()).isEqualTo(dev.byhand.exact.Rational.ONE);
    }

    @Test
    void theHandoutGivesPerEntryCreditForVectors() {
      Question q3 = loader.load(HANDOUT).question("q3").orElseThrow();
      assertThat(q3.items())
          .extracting(ItemSpec::credit)
          .containsExactly(Credit.PER_ENTRY, Credit.PER_ENTRY, Credit.ALL_OR_NOTHING);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        "credit": "per-entry"|"credit": "most"                            | "most" is not one of all-or-nothing, per-entry
        {"item": "prediction", "points": 1|{"item": "prediction", "points": 1, "credit": "per-entry" | a prediction is one token, so it is all or nothing
        {"item": "prediction", "points": 1|{"item": "prediction", "points": 1, "followThroughCredit": 2 | followThroughCredit is 2; it is the share of the points
        "step": 2,|"step": 2, "visibility": "never",                     | "never" is not one of visible, after_published, after_due_date, hidden
        "sentence":|"ties": "random", "sentence":                          | ties "random" is not one of any, first
        "sentence":|"followThrough": {"plausible": true}, "sentence":      | followThrough has an unknown field "plausible"; known fields are requirePlausible
        "sentence":|"followThrough": {"requirePlausible": "yes"}, "sentence": | followThrough.requirePlausible must be true or false
        "sentence":|"followThrough": true, "sentence":                     | followThrough must be an object
        """)
    void aBadPolicy_namesTheChoices(String from, String to, String message) throws IOException {
      String json =
          handoutText()
              .replaceFirst(
                  java.util.regex.Pattern.quote(from.strip()),
                  java.util.regex.Matcher.quoteReplacement(to.strip()));
      assertThatThrownBy(() -> loader.parse(json, "r.json")).hasMessageContaining(message.strip());
    }

    @Test
    void policiesAreRead() throws IOException {
      String json =
          handoutText()
              .replace(
                  "\"sentence\":",
                  "\"selfCheck\": \"correctness\", \"ties\": \"first\", \"sentence\":")
              .replace("\"step\": 2,", "\"step\": 2, \"visibility\": \"after_published\",")
              .replace(
                  "{\"item\": \"prediction\", \"points\": 1",
                  "{\"item\": \"prediction\", \"points\": 1, \"followThroughCredit\": \"1/2\"");
      Rubric rubric = loader.parse(json, "r.json");
      assertThat(rubric.policies())
          .isEqualTo(new Rubric.Policies(SelfCheck.CORRECTNESS, Ties.FIRST));
      assertThat(rubric.question("q3").orElseThrow().visibility())
          .isEqualTo(Visibility.AFTER_PUBLISHED);
      assertThat(rubric.question("q2").orElseThrow().items().get(0).followThroughCredit())
          .hasToString("1/2");
    }

    @Test
    void requirePlausible_isOffByDefault_andReadWhenGiven() throws IOException {
      assertThat(loader.load(HANDOUT).policies().followThrough().requirePlausible()).isFalse();
      String json =
          handoutText()
              .replace(
                  "\"sentence\":",
                  "\"followThrough\": {\"requirePlausible\": true}, \"sentence\":");
      assertThat(loader.parse(json, "r.json").policies().followThrough())
          .isEqualTo(new Rubric.FollowThroughPolicy(true));
    }
  }

  @Test
  void fractionsAsStrings_areExactWeights() throws IOException {
    String json = handoutText().replace("\"h0\": [0, 0, 0]", "\"h0\": [\"1/2\", 0, 0]");
    Rubric rubric = loader.parse(json, "r.json");
    assertThat(((Value.Vec) rubric.network().values().get("hidden_0")).value().get(0))
        .hasToString("1/2");
  }

  private static String handoutText() throws IOException {
    return Files.readString(HANDOUT);
  }

  /** The handout rubric with one model field replaced by {@code "name": value}. */
  private static String withModelField(String replacement) throws IOException {
    String name = replacement.substring(1, replacement.indexOf('"', 1));
    String json = handoutText();
    int start = json.indexOf("\"" + name + "\":");
    int end =
        name.equals("activation")
            ? json.indexOf(',', start)
            : json.indexOf(']', json.indexOf("]", start) + 1) + 1;
    if (name.equals("E") || name.equals("U") || name.equals("W") || name.equals("V")) {
      end = json.indexOf("\n    ]", start) + "\n    ]".length();
    }
    return json.substring(0, start) + replacement + json.substring(end);
  }

  @Nested
  class StepsWithoutASentence {
    private static final String GD =
        """
        {"id": "gd", "title": "GD",
         "model": {"values": {"w_0": 0, "lr": 0.25},
                   "equations": ["w_t = w_{t-1} - lr * 2 * (w_{t-1} - 4)"]},
         %s
         "questions": [{"id": "q1", "text": "w after step %d", "step": %d,
                        "items": [{"item": "w", "points": 1}]}]}
        """;

    private Rubric load(String top, int step) {
      return loader.parse(GD.formatted(top, step, step), "gd.json");
    }

    @Test
    void steps_runsTheRecurrenceThatManyTimes_withoutAVocabulary() {
      Rubric rubric = load("\"steps\": 3,", 3);
      assertThat(rubric.network().steps()).isEqualTo(3);
      assertThat(rubric.hasSentence()).isFalse();
      // 0 -> 2 -> 3 -> 3.5
      assertThat(rubric.network().reference().value(new Node("w", 3)))
          .isEqualTo(new Value.Scalar(dev.byhand.exact.Rational.of(7, 2)));
    }

    @Test
    void aQuestionPastTheLastStep_isRefusedSayingHowManyStepsThereAre() {
      assertThatThrownBy(() -> load("\"steps\": 2,", 3))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("but the rubric has only 2 steps");
    }

    @Test
    void sentenceAndSteps_together_areRefused() {
      assertThatThrownBy(() -> load("\"steps\": 2, \"sentence\": \"a b\",", 1))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("both sentence and steps");
    }

    @Test
    void stepsAndSequences_together_areRefused_ratherThanTheTableIgnored() {
      assertThatThrownBy(
              () -> load("\"steps\": 2, \"sequences\": {\"s\": \"ab\", \"u\": \"ba\"},", 1))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("both steps and sequences");
    }

    @Test
    void perStepEquations_withNeitherSentenceNorSteps_areRefusedNamingBoth() {
      assertThatThrownBy(() -> load("", 1))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("w_t is computed at every step")
          .hasMessageContaining("\"steps\"");
    }

    @Test
    void steps_withoutAPerStepEquation_areRefused() {
      String json =
          GD.formatted("\"steps\": 2,", 1, 1)
              .replace("w_t = w_{t-1} - lr * 2 * (w_{t-1} - 4)", "w = lr * 2")
              .replace("\"step\": 1,", "");
      assertThatThrownBy(() -> loader.parse(json, "gd.json"))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("no equation is computed at every step");
    }

    @Test
    void stepsThatAreNotAWholeNumberFromOne_areRefused() {
      assertThatThrownBy(() -> load("\"steps\": 0,", 1))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("steps must be a whole number from 1");
    }
  }
}
