package dev.byhand.prairielearn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prairielearn run} on {@code /grade} trees built as PrairieLearn builds them: the answers
 * typed into the question's inputs in {@code data/data.json} (raw text per cell, as {@code
 * pl-matrix-component-input} leaves it, beside the parsed {@code ndarray}), or a file in {@code
 * student/}, and the rubric in {@code tests/rubric.json}.
 */
class ExternalGraderTest {
  private static final Path RUBRIC = Path.of("rubrics/rnn-by-hand.json");
  private static final Rubric HANDOUT = new RubricLoader().load(RUBRIC);

  @TempDir Path root;

  /** Every auto item's reference, as the text a student would type into each box. */
  private static Map<String, List<List<String>>> reference() {
    Map<String, List<List<String>>> answers = new LinkedHashMap<>();
    for (Question question : HANDOUT.questions()) {
      for (ItemSpec item : question.items()) {
        if (!item.manual()) {
          answers.put(question.key(item), cells(HANDOUT.expected(question, item)));
        }
      }
    }
    return answers;
  }

  private static List<List<String>> cells(Value value) {
    if (value instanceof Value.Token token) {
      return List.of(List.of(HANDOUT.vocabulary().word(token.ids().first())));
    }
    if (value instanceof Value.Scalar scalar) {
      return List.of(List.of(scalar.value().toString()));
    }
    if (value instanceof Value.Vec vector) {
      List<String> row = new ArrayList<>();
      for (int i = 0; i < vector.value().size(); i++) {
        row.add(vector.value().get(i).toString());
      }
      return List.of(row);
    }
    throw new AssertionError("the handout asks for no matrix");
  }

  /** data.json as PrairieLearn writes it for the packaged question's inputs. */
  private void submit(Map<String, List<List<String>>> answers) throws IOException {
    JsonObject raw = new JsonObject();
    JsonObject submitted = new JsonObject();
    answers.forEach(
        (key, rows) -> {
          String name = key.replaceAll("[^A-Za-z0-9]", "_") + "_";
          boolean word = !rows.get(0).get(0).matches("-?[0-9/.]*");
          if (word) {
            raw.addProperty(name, rows.get(0).get(0));
            submitted.addProperty(name, rows.get(0).get(0));
            return;
          }
          JsonArray value = new JsonArray();
          int cell = 1;
          for (List<String> row : rows) {
            JsonArray numbers = new JsonArray();
            for (String entry : row) {
              raw.addProperty(name + cell++, entry);
              if (!entry.isEmpty()) {
                // What PrairieLearn's parse leaves: a float, the fraction divided out.
                String[] parts = entry.split("/");
                numbers.add(
                    parts.length == 2
                        ? Double.parseDouble(parts[0]) / Double.parseDouble(parts[1])
                        : Double.parseDouble(entry));
              }
            }
            value.add(numbers);
          }
          JsonObject ndarray = new JsonObject();
          ndarray.addProperty("_type", "ndarray");
          ndarray.add("_value", value);
          ndarray.addProperty("_dtype", "float64");
          submitted.add(name, ndarray);
        });
    JsonObject data = new JsonObject();
    data.add("params", new JsonObject());
    data.add("correct_answers", new JsonObject());
    data.add("submitted_answers", submitted);
    data.add("format_errors", new JsonObject());
    data.add("partial_scores", new JsonObject());
    data.addProperty("score", 0);
    data.add("feedback", new JsonObject());
    data.addProperty("variant_seed", 2835019471L);
    data.add("options", new JsonObject());
    data.add("raw_submitted_answers", raw);
    data.addProperty("gradable", true);
    Files.createDirectories(root.resolve("data"));
    Files.writeString(root.resolve("data/data.json"), data.toString());
  }

  private void rubricInTests() throws IOException {
    Files.createDirectories(root.resolve("tests"));
    Files.copy(RUBRIC, root.resolve("tests/rubric.json"));
  }

  private JsonObject run() throws IOException {
    ExternalGrader grader = new ExternalGrader(root, Optional.empty());
    grader.run();
    Path results = root.resolve("results/results.json");
    assertThat(Files.size(results)).isLessThan(1 << 20);
    return JsonParser.parseString(Files.readString(results)).getAsJsonObject();
  }

  private static Map<String, JsonObject> tests(JsonObject results) {
    Map<String, JsonObject> tests = new LinkedHashMap<>();
    for (JsonElement test : results.getAsJsonArray("tests")) {
      tests.put(test.getAsJsonObject().get("name").getAsString(), test.getAsJsonObject());
    }
    return tests;
  }

  private static Map<String, List<List<String>>> with(
      String key, UnaryOperator<List<List<String>>> change) {
    Map<String, List<List<String>>> answers = reference();
    answers.put(key, change.apply(answers.get(key)));
    return answers;
  }

  @Nested
  class AnswersTypedIntoTheInputs {
    @Test
    void theReferenceScoresOne_withOneTestPerAutogradedItem() throws IOException {
      rubricInTests();
      submit(reference());

      JsonObject results = run();

      assertThat(results.get("gradable").getAsBoolean()).isTrue();
      assertThat(results.get("score").getAsDouble()).isEqualTo(1.0);
      Map<String, JsonObject> tests = tests(results);
      assertThat(tests.keySet()).containsExactlyElementsOf(reference().keySet());
      for (JsonObject test : tests.values()) {
        assertThat(test.get("points").getAsBigDecimal())
            .isEqualByComparingTo(test.get("max_points").getAsBigDecimal());
        assertThat(test.get("message").getAsString()).startsWith("Correct");
        assertThat(test.has("description")).isTrue();
      }
      assertThat(results.get("message").getAsString()).startsWith("byhand: ");
    }

    @Test
    void aSlipCostsItsOwnItemOnly() throws IOException {
      rubricInTests();
      submit(
          with(
              "q1.hidden",
              rows -> {
                List<String> row = new ArrayList<>(rows.get(0));
                row.set(0, Rational.of(Long.parseLong(row.get(0)) + 1).toString());
                return List.of(row);
              }));

      JsonObject results = run();

      assertThat(results.get("gradable").getAsBoolean()).isTrue();
      assertThat(results.get("score").getAsDouble()).isBetween(0.5, 0.99);
      Map<String, JsonObject> tests = tests(results);
      JsonObject hidden = tests.get("q1.hidden");
      assertThat(hidden.get("points").getAsBigDecimal())
          .isLessThan(hidden.get("max_points").getAsBigDecimal());
      assertThat(hidden.get("message").getAsString()).contains("Your answer: [");
      tests.forEach(
          (key, test) -> {
            if (!key.equals("q1.hidden")) {
              assertThat(test.get("message").getAsString()).as(key).startsWith("Correct");
            }
          });
    }

    @Test
    void aFractionTypedIntoACellIsReadExactly_notAsPrairieLearnsFloat() throws IOException {
      rubricInTests();
      // 15/3 is 5 exactly; the parsed ndarray holds 5.000000000000001 for a float round trip.
      submit(
          with(
              "q1.hidden",
              rows -> {
                List<String> row = new ArrayList<>(rows.get(0));
                row.set(0, Long.parseLong(row.get(0)) * 3 + "/3");
                return List.of(row);
              }));

      assertThat(tests(run()).get("q1.hidden").get("message").getAsString()).startsWith("Correct");
    }

    @Test
    void anEmptyFormIsNotGradable_soTheStudentKeepsTheAttempt() throws IOException {
      rubricInTests();
      Map<String, List<List<String>>> blank = new LinkedHashMap<>();
      reference()
          .forEach(
              (key, rows) ->
                  blank.put(
                      key, rows.stream().map(r -> r.stream().map(e -> "").toList()).toList()));
      submit(blank);

      JsonObject results = run();

      assertThat(results.get("gradable").getAsBoolean()).isFalse();
      assertThat(results.getAsJsonArray("format_errors").get(0).getAsString())
          .startsWith("No answer could be read");
      assertThat(results.has("score")).isFalse();
    }
  }

  @Nested
  class AnUploadedFile {
    @Test
    void isGradedWhenTheFormHoldsNoAnswers_asGradeGradesIt() throws IOException {
      rubricInTests();
      submit(Map.of());
      Files.createDirectories(root.resolve("student"));
      Files.copy(Path.of("submissions/hana-lee.csv"), root.resolve("student/answers.csv"));

      JsonObject results = run();

      assertThat(results.get("gradable").getAsBoolean()).isTrue();
      assertThat(results.get("score").getAsDouble()).isBetween(0.5, 0.99);
      assertThat(tests(results).get("q1.hidden").get("message").getAsString())
          .startsWith("Correct");
    }

    @Test
    void isGradedWhenEveryBoxWasLeftEmpty() throws IOException {
      rubricInTests();
      Map<String, List<List<String>>> blank = new LinkedHashMap<>();
      reference()
          .forEach(
              (key, rows) ->
                  blank.put(
                      key, rows.stream().map(r -> r.stream().map(e -> "").toList()).toList()));
      submit(blank);
      Files.createDirectories(root.resolve("student"));
      Files.copy(Path.of("submissions/hana-lee.csv"), root.resolve("student/answers.csv"));

      JsonObject results = run();

      assertThat(results.get("gradable").getAsBoolean()).isTrue();
      assertThat(tests(results).get("q1.logits").get("message").getAsString())
          .contains("Read from answers.csv line 2");
    }

    @Test
    void aPictureIsNotGradable_andTheErrorSaysWhy() throws IOException {
      rubricInTests();
      submit(Map.of());
      Files.createDirectories(root.resolve("student"));
      Files.copy(Path.of("submissions/mateo.csv"), root.resolve("student/answers.csv"));

      JsonObject results = run();

      assertThat(results.get("gradable").getAsBoolean()).isFalse();
      assertThat(results.getAsJsonArray("format_errors").toString()).contains("PNG image");
    }
  }

  @Nested
  class AJobThatCannotBeGraded {
    @Test
    void aBrokenRubricIsNotGradable_andRunStillWritesResults() throws IOException {
      Files.createDirectories(root.resolve("tests"));
      Files.writeString(root.resolve("tests/rubric.json"), "{\"title\": ");
      submit(reference());

      ExternalGrader.Outcome outcome = new ExternalGrader(root, Optional.empty()).run();
      JsonObject results =
          JsonParser.parseString(
                  Files.readString(root.resolve("results/results.json"), StandardCharsets.UTF_8))
              .getAsJsonObject();

      assertThat(outcome.graded()).isFalse();
      assertThat(results.get("gradable").getAsBoolean()).isFalse();
      assertThat(results.get("message").getAsString()).contains("misconfigured");
    }

    @Test
    void noDataJsonIsNotGradable() throws IOException {
      rubricInTests();

      JsonObject results = run();

      assertThat(results.get("gradable").getAsBoolean()).isFalse();
    }

    @Test
    void theRubricIsFoundUnderServerFilesCourse() throws IOException {
      Files.createDirectories(root.resolve("serverFilesCourse/byhand"));
      Files.copy(RUBRIC, root.resolve("serverFilesCourse/byhand/rubric.json"));
      submit(reference());

      assertThat(run().get("score").getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aHugeAnswerStillLeavesResultsUnderOneMegabyte() throws IOException {
      rubricInTests();
      submit(with("q1.prediction", rows -> List.of(List.of("the".repeat(400_000)))));

      assertThat(run().get("gradable").getAsBoolean()).isTrue();
    }
  }
}
