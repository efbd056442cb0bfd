package dev.byhand.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.cli.Main;
import dev.byhand.exact.Rational;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rubrics in the general form (values and equations): what loads, and every way a TA can break one
 * failing at load with a {@link RubricException} that names the file, the field or equation, and
 * the fix.
 */
class EquationRubricTest {
  private static final String SOURCE = "rubrics/broken.json";
  private final RubricLoader loader = new RubricLoader();

  /** A two-layer MLP without steps; {@code %s} are the questions. */
  private static String mlp(String questions) {
    return """
        {"id": "mlp", "title": "MLP",
         "model": {
           "values": {"x": [1, 2], "W1": [[1, 0], [2, -1]], "b1": [0, 1], "W2": [[1], [1]], "half": "1/2"},
           "equations": ["z1 = x @ W1 + b1", "a1 = relu(z1)", "y = a1 @ W2", "loss = half * sum(y * y)"]
         },
         "questions": [%s]}
        """
        .formatted(questions);
  }

  /** An Elman RNN over a three-word sentence; {@code %s} are the questions. */
  private static String rnn(String questions) {
    return """
        {"id": "rnn", "title": "RNN",
         "model": {
           "vocabulary": ["BOS", "cat", "EOS"],
           "values": {"E": [[1, 0], [0, 1], [1, 1]], "W": [[1, 0], [0, 1]], "V": [[1, 0, 1], [0, 1, 1]],
                      "hidden_0": [0, 0]},
           "equations": ["hidden_t = relu(hidden_{t-1} @ W + E[x_t])", "logits_t = hidden_t @ V",
                         "prediction_t = argmax(logits_t)"]
         },
         "sentence": "BOS cat EOS",
         "questions": [%s]}
        """
        .formatted(questions);
  }

  private static final String MLP_OK =
      """
      {"id": "q1", "text": "Forward", "items": [{"item": "z1", "points": 2, "credit": "per-entry"},
                                                {"item": "loss", "points": 1}]}""";
  private static final String RNN_OK =
      """
      {"id": "q1", "text": "Step 2", "step": 2, "items": [{"item": "hidden", "points": 2, "credit": "per-entry"},
                                                           {"item": "prediction", "points": 1}]}""";

  private RubricException refused(String json) {
    try {
      loader.parse(json, SOURCE);
    } catch (RubricException e) {
      return e;
    }
    throw new AssertionError("the rubric loaded");
  }

  @Nested
  class WhatLoads {
    @Test
    void anMlpWithoutSentence_hasItemsWithoutSteps_andExactFractions() {
      Rubric rubric = loader.parse(mlp(MLP_OK), SOURCE);
      Question q1 = rubric.question("q1").orElseThrow();
      assertThat(q1.step()).isEqualTo(OptionalInt.empty());
      assertThat(rubric.network().steps()).isZero();
      // z1 = [1, 2] @ [[1, 0], [2, -1]] + [0, 1] = [5, -1]; y = 5; loss = 25/2.
      assertThat(rubric.network().reference().value(new Node("loss", 0)))
          .isEqualTo(new Value.Scalar(Rational.of(25, 2)));
      assertThat(rubric.expected(q1, q1.items().get(0)).toString()).isEqualTo("[5, -1]");
    }

    @Test
    void anRnnInTheGeneralForm_readsTheSentence() {
      Rubric rubric = loader.parse(rnn(RNN_OK), SOURCE);
      Question q1 = rubric.question("q1").orElseThrow();
      assertThat(q1.step()).isEqualTo(OptionalInt.of(2));
      assertThat(rubric.network().steps()).isEqualTo(3);
      assertThat(rubric.expected(q1, q1.items().get(0)).toString()).isEqualTo("[1, 1]");
    }

    @Test
    void aQuantityWithoutStepsInARecurrentNetwork_isAskedWithoutAStep() {
      String json =
          rnn(RNN_OK
                  + """
          , {"id": "q2", "text": "Total", "items": [{"item": "total", "points": 1}]}""")
              .replace(
                  "\"prediction_t = argmax(logits_t)\"",
                  "\"prediction_t = argmax(logits_t)\", \"total = sum(V)\"");
      Rubric rubric = loader.parse(json, SOURCE);
      Question q2 = rubric.question("q2").orElseThrow();
      assertThat(rubric.expected(q2, q2.items().get(0)))
          .isEqualTo(new Value.Scalar(Rational.of(4)));
    }
  }

  @Nested
  class BrokenItems {
    @Test
    void anItemThatNamesNoQuantity_listsTheQuantities() {
      RubricException e =
          refused(
              mlp(
                  """
          {"id": "q1", "text": "t", "items": [{"item": "z2", "points": 1}]}"""));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": ")
          .hasMessageContaining("questions[0].items[0].item \"z2\"")
          .hasMessageContaining("names no quantity")
          .hasMessageContaining("[z1, a1, y, loss]")
          .hasMessageContaining("\"manual\": true");
    }

    @Test
    void anItemThatNamesAValueNotAQuantity_isRefused() {
      RubricException e =
          refused(
              mlp(
                  """
          {"id": "q1", "text": "t", "items": [{"item": "W1", "points": 1}]}"""));
      assertThat(e)
          .hasMessageContaining(SOURCE)
          .hasMessageContaining("\"W1\"")
          .hasMessageContaining("names no quantity");
    }

    @Test
    void aPerStepItemWithoutStep_asksForTheStep() {
      RubricException e =
          refused(
              rnn(
                  """
          {"id": "q1", "text": "t", "items": [{"item": "hidden", "points": 1}]}"""));
      assertThat(e).hasMessageStartingWith(SOURCE + ": ").hasMessageContaining("questions[0].step");
    }

    @Test
    void aNonStepItemWithStep_saysToRemoveTheStep() {
      RubricException e =
          refused(
              mlp(
                  """
          {"id": "q1", "text": "t", "step": 1, "items": [{"item": "z1", "points": 1}]}"""));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": ")
          .hasMessageContaining("\"z1\" has no steps")
          .hasMessageContaining("remove the question's \"step\"");
    }

    @Test
    void aNonStepItemWithStep_isRefusedNamingTheStep() {
      RubricException e =
          refused(
              mlp(
                  """
          {"id": "q1", "text": "t", "step": 1, "items": [{"item": "z1", "points": 1}]}"""));
      assertThat(e).hasMessageStartingWith(SOURCE + ": ").hasMessageContaining("questions[0].step");
    }

    @Test
    void perEntryOnAToken_isAllOrNothing() {
      RubricException e =
          refused(
              rnn(
                  """
          {"id": "q1", "text": "t", "step": 1, "items": [{"item": "prediction", "points": 1, "credit": "per-entry"}]}"""));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": ")
          .hasMessageContaining(
              "questions[0].items[0].credit \"per-entry\" needs a vector or matrix item")
          .hasMessageContaining("one token");
    }

    @Test
    void perEntryOnAScalar_isAllOrNothing() {
      RubricException e =
          refused(
              mlp(
                  """
          {"id": "q1", "text": "t", "items": [{"item": "loss", "points": 1, "credit": "per-entry"}]}"""));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": ")
          .hasMessageContaining(
              "questions[0].items[0].credit \"per-entry\" needs a vector or matrix item")
          .hasMessageContaining("one number");
    }

    @Test
    void aStepPastTheSentence_givesTheSentencesLength() {
      RubricException e =
          refused(
              rnn(
                  """
          {"id": "q1", "text": "t", "step": 4, "items": [{"item": "hidden", "points": 1}]}"""));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": ")
          .hasMessageContaining("questions[0].step is 4 but the sentence has only 3 words")
          .hasMessageContaining("steps count from 1");
    }
  }

  @Nested
  class BrokenModels {
    @Test
    void valuesWithoutEquations_asksForTheEquations() {
      RubricException e =
          refused(
              mlp(MLP_OK)
                  .replaceAll("\"equations\": \\[[^\\]]*\\]", "\"vocabulary\": [\"a\", \"b\"]"));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": ")
          .hasMessageContaining("model has \"values\" but no \"equations\"")
          .hasMessageContaining("list the network's equations");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        starts with a digit   | 1W
        has a dash            | W-1
        has a space           | W 1
        ends with _t          | hidden_t
        """)
    void aBadValueName_isNamedWithTheRule(String what, String name) {
      RubricException e =
          refused(
              mlp(MLP_OK).replace("\"half\": \"1/2\"", "\"half\": \"1/2\", \"" + name + "\": 1"));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": ")
          .hasMessageContaining("model.values." + name + ": \"" + name + "\" is not a usable name")
          .hasMessageContaining("use letters, digits and _");
    }

    @Test
    void aMatrixWithRaggedRows_namesTheRow() {
      RubricException e =
          refused(mlp(MLP_OK).replace("\"W1\": [[1, 0], [2, -1]]", "\"W1\": [[1, 0], [2, -1, 3]]"));
      assertThat(e)
          .hasMessage(
              SOURCE
                  + ": model.values.W1 row 2 has 3 numbers but row 1 has 2: every row of W1"
                  + " needs the same count");
    }

    @Test
    void aValueThatIsNoNumber_saysFractionsAreStrings() {
      RubricException e =
          refused(mlp(MLP_OK).replace("\"half\": \"1/2\"", "\"half\": \"one half\""));
      assertThat(e)
          .hasMessageContaining(
              "model.values.half must be a number (or a fraction as a string, like \"1/2\")");
    }

    @Test
    void anUnknownName_namesTheEquation() {
      RubricException e = refused(mlp(MLP_OK).replace("a1 @ W2", "a1 @ w2"));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": model.equations: \"y = a1 @ w2\": ")
          .hasMessageContaining("unknown name \"w2\" (did you mean W2?)");
    }

    @Test
    void shapesThatDoNotChain_giveBothShapes() {
      RubricException e =
          refused(mlp(MLP_OK).replace("\"W2\": [[1], [1]]", "\"W2\": [[1], [1], [1]]"));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": model.equations: \"y = a1 @ W2\"")
          .hasMessageContaining("1×2")
          .hasMessageContaining("3×1");
    }

    @Test
    void aCycle_namesItsMembers() {
      RubricException e =
          refused(mlp(MLP_OK).replace("\"z1 = x @ W1 + b1\"", "\"z1 = y @ W1 + b1\""));
      assertThat(e)
          .hasMessageStartingWith(SOURCE + ": model.equations: ")
          .hasMessageContaining("z1, y, a1")
          .hasMessageContaining("cycle");
    }

    @Test
    void anUnknownFunction_listsTheKnownOnes() {
      RubricException e = refused(mlp(MLP_OK).replace("relu(z1)", "tanhh(z1)"));
      assertThat(e)
          .hasMessageContaining(SOURCE)
          .hasMessageContaining("\"a1 = tanhh(z1)\"")
          .hasMessageContaining("unknown function \"tanhh\"")
          .hasMessageContaining("relu");
    }

    @Test
    void aSyntaxError_pointsAtTheColumn() {
      RubricException e = refused(mlp(MLP_OK).replace("x @ W1 + b1", "x @ W1 + + b1"));
      assertThat(e)
          .hasMessage(
              SOURCE + ": model.equations: \"z1 = x @ W1 + + b1\" at column 15: unexpected \"+\"");
    }

    @Test
    void aPreviousStepWithoutStartValue_asksForIt() {
      RubricException e =
          refused(rnn(RNN_OK).replace("\"hidden_0\": [0, 0]", "\"h_start\": [0, 0]"));
      assertThat(e).hasMessageContaining(SOURCE).hasMessageContaining("add \"hidden_0\" to values");
    }

    @Test
    void aPerStepEquationWithoutSentence_asksForOne() {
      RubricException e = refused(rnn(RNN_OK).replace("\"sentence\": \"BOS cat EOS\",", ""));
      assertThat(e)
          .hasMessageContaining(SOURCE)
          .hasMessageContaining("no sentence")
          .hasMessageContaining("add \"sentence\"");
    }

    @Test
    void divisionByZero_namesTheEquation() {
      RubricException e =
          refused(
              mlp(MLP_OK)
                  .replace("\"half\": \"1/2\"", "\"half\": 0")
                  .replace("half * sum(y * y)", "sum(y * y) / half"));
      assertThat(e)
          .hasMessageContaining(SOURCE)
          .hasMessageContaining("\"loss = sum(y * y) / half\"")
          .hasMessageContaining("division by zero");
    }

    @Test
    void noEquations_isRefused() {
      RubricException e =
          refused(mlp(MLP_OK).replaceAll("\"equations\": \\[[^\\]]*\\]", "\"equations\": []"));
      assertThat(e).hasMessageContaining("model.equations must list 1 to");
    }

    @Test
    void aMisspeltModelField_listsTheKnownFields() {
      RubricException e = refused(mlp(MLP_OK).replace("\"values\"", "\"values\": {}, \"valuse\""));
      assertThat(e).hasMessageContaining(SOURCE).hasMessageContaining("unknown field \"valuse\"");
    }
  }

  @Nested
  class ThroughTheCommandLine {
    @TempDir Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        unknown name      | a1 @ W2      | a1 @ w2      | unknown name "w2"
        syntax error      | x @ W1 + b1  | x @ W1 + + b1 | at column 15
        unknown function  | relu(z1)     | tanhh(z1)    | unknown function "tanhh"
        cycle             | x @ W1 + b1  | y @ W1 + b1  | cycle
        """)
    void aBrokenRubric_exitsWithTwoAndOneLine_noStackTrace(
        String what, String from, String to, String message) throws IOException {
      Path rubric = Files.writeString(temp.resolve("broken.json"), mlp(MLP_OK).replace(from, to));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          Main.run(
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              "reference",
              "--rubric",
              rubric.toString());
      String printed = err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(printed).isEqualTo(2);
      assertThat(printed.strip())
          .doesNotContain("\n")
          .contains(rubric.toString())
          .contains(message);
      assertThat(printed).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aBrokenItem_exitsWithTwoAndOneLine() throws IOException {
      Path rubric =
          Files.writeString(
              temp.resolve("item.json"),
              mlp(
                  """
          {"id": "q1", "text": "t", "items": [{"item": "loss", "points": 1, "credit": "per-entry"}]}"""));
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          Main.run(
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              "reference",
              "--json",
              "--rubric",
              rubric.toString());
      String printed = err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(printed).isEqualTo(2);
      assertThat(printed.strip()).doesNotContain("\n").contains("questions[0].items[0].credit");
      assertThat(printed).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
