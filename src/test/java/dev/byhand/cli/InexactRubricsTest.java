package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.exact.Rational;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inexact example networks of {@code rubrics/} (attention, an LSTM step, cross-entropy, batch
 * normalisation) graded through the real command line, every verdict and point against the
 * independent 50-digit Python computation in {@code src/test/resources/inexact/}.
 */
class InexactRubricsTest {
  private static final Path INEXACT = Path.of("src/test/resources/inexact");

  @TempDir Path temp;

  private static JsonObject read(Path file) throws IOException {
    return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
  }

  private JsonObject grade(String id) throws IOException {
    return CliRun.gradeSamples(id, temp.resolve(id));
  }

  private static Map<String, JsonObject> items(JsonObject student) {
    Map<String, JsonObject> items = new LinkedHashMap<>();
    student
        .getAsJsonArray("items")
        .forEach(i -> items.put(i.getAsJsonObject().get("key").getAsString(), i.getAsJsonObject()));
    return items;
  }

  private static Rational fraction(String text) {
    String[] parts = text.split("/");
    return parts.length == 2
        ? new Rational(new BigInteger(parts[0]), new BigInteger(parts[1]))
        : Rational.of(new BigDecimal(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "attention",
        "lstm-step",
        "cross-entropy",
        "batch-norm",
        "entropy-gain",
        "tfidf-cosine",
        "gru-step"
      })
  void gradingTheSamples_givesEveryStudentTheIndependentVerdictsAndPoints(String id)
      throws IOException {
    Map<String, JsonObject> students = new LinkedHashMap<>();
    grade(id)
        .getAsJsonArray("students")
        .forEach(
            s -> students.put(s.getAsJsonObject().get("id").getAsString(), s.getAsJsonObject()));
    var expected = read(INEXACT.resolve(id).resolve("expected.json")).getAsJsonArray("students");
    assertThat(students).hasSize(expected.size());
    for (JsonElement element : expected) {
      JsonObject want = element.getAsJsonObject();
      String student = want.get("id").getAsString();
      Map<String, JsonObject> items = items(students.get(student));
      assertThat(items.keySet())
          .as(student)
          .containsExactlyElementsOf(want.getAsJsonObject("items").keySet());
      for (String key : items.keySet()) {
        JsonObject item = items.get(key);
        String where = student + " " + key + ": " + item.get("feedback").getAsString();
        assertThat(item.get("status").getAsString())
            .as(where)
            .isEqualTo(want.getAsJsonObject("items").get(key).getAsString());
        assertThat(Rational.of(item.get("points").getAsBigDecimal()))
            .as(where)
            .isEqualTo(fraction(want.getAsJsonObject("points").get(key).getAsString()));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"attention", "lstm-step", "cross-entropy", "gru-step"})
  void expected_isTheIndependentReferenceRoundedToTheTolerancesPrecision(String id)
      throws IOException {
    JsonObject reference = read(INEXACT.resolve(id).resolve("reference.json"));
    JsonObject first = grade(id).getAsJsonArray("students").get(0).getAsJsonObject();
    for (JsonObject item : items(first).values()) {
      String name = item.get("item").getAsString();
      if (item.get("tolerance").isJsonNull()) {
        continue;
      }
      int places = item.get("expectedDecimals").getAsInt();
      String python = reference.get(name).getAsString();
      String rounded =
          python.startsWith("[")
              ? "["
                  + String.join(
                      ", ",
                      java.util.Arrays.stream(python.substring(1, python.length() - 1).split(", "))
                          .map(
                              x ->
                                  new BigDecimal(x)
                                      .setScale(places, RoundingMode.HALF_UP)
                                      .toPlainString())
                          .toList())
                  + "]"
              : new BigDecimal(python).setScale(places, RoundingMode.HALF_UP).toPlainString();
      assertThat(item.get("expected").getAsString()).as(id + " " + name).isEqualTo(rounded);
    }
  }

  @Nested
  class Feedback {
    @Test
    void attention_scoresStayExact_weightsSayTheToleranceAndTheRoundedReference()
        throws IOException {
      Map<String, JsonObject> ada =
          items(grade("attention").getAsJsonArray("students").get(0).getAsJsonObject());
      assertThat(ada.get("q1.scores").get("expected").getAsString()).isEqualTo("[1/2, 3/2, 2]");
      assertThat(ada.get("q1.scores").get("tolerance").isJsonNull()).isTrue();
      assertThat(ada.get("q2.weights").get("tolerance").getAsBigDecimal())
          .isEqualByComparingTo("0.01");
      assertThat(ada.get("q2.weights").get("given").getAsString()).isEqualTo("[0.12, 0.33, 0.55]");
      assertThat(ada.get("q2.weights").get("feedback").getAsString())
          .isEqualTo("Correct: within 0.01 of the reference [0.12, 0.33, 0.55] (to 2 decimals).");
    }

    @Test
    void anEntryOutsideTheTolerance_isNamed_andASlipCarriedForwardNamesItsRoot()
        throws IOException {
      Map<String, JsonObject> students = new LinkedHashMap<>();
      grade("lstm-step")
          .getAsJsonArray("students")
          .forEach(
              s -> students.put(s.getAsJsonObject().get("id").getAsString(), s.getAsJsonObject()));
      assertThat(items(students.get("ivan")).get("q2.h").get("feedback").getAsString())
          .startsWith(
              "Entry 2 of h differs from the reference, outside the tolerance of 0.01; the reference is"
                  + " [0.71, 0.16] (to 2 decimals)");
      JsonObject h = items(students.get("hana")).get("q2.h");
      assertThat(h.get("feedback").getAsString()).contains("the error is in q1.i");
      assertThat(h.get("checkedAgainst").getAsString()).contains("q2.c = [1.11, 0.91]");
    }
  }

  @Test
  void aRubricWithSoftmaxButNoTolerance_isRefusedAtLoad_namingTheItem() throws IOException {
    String rubric =
        Files.readString(Path.of("rubrics/attention.json")).replace("\"tolerance\": 0.01,", "");
    Path file = temp.resolve("no-tolerance.json");
    Files.writeString(file, rubric);
    CliRun run = CliRun.of("reference", "--rubric", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("questions[1].items[0] \"weights\" is not exact")
        .contains("add \"tolerance\": 0.01")
        .doesNotContain("Exception");
  }
}
