package dev.byhand.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rubric's "misconceptions" field: ignore silences derived mistakes, add names the rubric's
 * own.
 */
class MisconceptionsRubricTest {
  private static Rubric withField(String field) throws IOException {
    String json = Files.readString(Path.of("rubrics/mlp-backprop.json"));
    return new RubricLoader()
        .parse(json.replaceFirst("\\{", "{\"misconceptions\": " + field + ","), "mlp.json");
  }

  @Test
  void ignore_silencesAnOperatorOrOneId() throws IOException {
    Rubric rubric = withField("{\"ignore\": [\"sign\", \"dropped-term:b1\"]}");
    assertThat(rubric.mistakes())
        .extracting(m -> m.mutation().id())
        .noneMatch(id -> id.startsWith("sign"))
        .doesNotContain("dropped-term:b1")
        .contains("dropped-term:b2");
  }

  @Test
  void add_putsTheRubricsOwnMistakeFirst_withItsText() throws IOException {
    Rubric rubric =
        withField(
            "{\"add\": [{\"id\": \"forgot-bias\", \"equation\": \"z1 = x @ W1\","
                + " \"text\": \"The bias b1 is missing.\"}]}");
    assertThat(rubric.mistakes().get(0).mutation().id()).isEqualTo("forgot-bias");
    assertThat(rubric.mistakes().get(0).mutation().sentence()).isEqualTo("The bias b1 is missing.");
  }

  @Test
  void aBrokenAddedEquation_failsAtLoadNamingTheField() {
    assertThatThrownBy(
            () ->
                withField(
                    "{\"add\": [{\"id\": \"x\", \"equation\": \"z1 = x @ (W1\", \"text\": \"t\"}]}"))
        .isInstanceOf(RubricException.class)
        .hasMessageContaining("misconceptions.add[0].equation");
    assertThatThrownBy(
            () ->
                withField(
                    "{\"add\": [{\"id\": \"x\", \"equation\": \"z9 = x @ W1\", \"text\": \"t\"}]}"))
        .isInstanceOf(RubricException.class)
        .hasMessageContaining("misconceptions.add[0].equation")
        .hasMessageContaining("names no quantity");
    assertThatThrownBy(
            () ->
                withField(
                    "{\"add\": [{\"id\": \"x\", \"equation\": \"z1 = x @ W2\", \"text\": \"t\"}]}"))
        .isInstanceOf(RubricException.class)
        .hasMessageContaining("misconceptions.add[0].equation");
  }

  @Test
  void theHandoutKeepsItsOwnIds_inTheOrderTheyAreTried() {
    assertThat(new RubricLoader().load(Path.of("rubrics/rnn-by-hand-equations.json")).mistakes())
        .extracting(m -> m.mutation().id())
        .containsExactly(
            "no-relu",
            "relu-logits",
            "no-recurrence",
            "transposed",
            "embedding-row",
            "embedding-row",
            "preactivation-carried",
            "argmin");
  }
}
