package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 25's promise that a rubric which loads never ends in an internal error: rubrics drawn at
 * random from the grammar ({@link RandomRubric}), each run through {@code reference}, {@code
 * template} (CSV, JSON and the self-check page), {@code handout}, {@code check} and {@code grade}
 * with students who are right, who slip, who write the wrong shape, garbage, blanks, zeros, or
 * nothing. A rubric that cannot work must fail at load, the same way in every command, in a few
 * lines. Seeded: a failing seed reproduces.
 */
class RandomRubricsTest {
  @TempDir Path temp;

  /**
   * 24 seeds in {@code verify} (about a minute); {@code -Dbyhand.randomRubrics=N} runs N, for a
   * longer search outside it.
   */
  static IntStream seeds() {
    return IntStream.range(0, Integer.getInteger("byhand.randomRubrics", 24));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aRandomRubric_withRandomAnswers_neverEndsInAnInternalError(int seed) throws IOException {
    Random random = new Random(seed);
    String text = new RandomRubric(random).json();
    Path rubric = Files.writeString(temp.resolve("random.json"), text);
    CliRun reference = CliRun.clean("reference", "--rubric", rubric.toString(), "--json");
    if (reference.exitCode() != 0) {
      refusedAtLoad(reference, text);
      for (String command : List.of("template", "check")) {
        CliRun other =
            command.equals("check")
                ? CliRun.clean("check", rubric.toString(), "--rubric", rubric.toString())
                : CliRun.clean(command, "--rubric", rubric.toString());
        assertThat(other.exitCode()).as(command + " of\n" + text).isEqualTo(2);
      }
      return;
    }
    JsonObject computed = JsonParser.parseString(reference.out()).getAsJsonObject();
    // The self-check page is the slowest to write; every third rubric is enough for it.
    for (String format : seed % 3 == 0 ? List.of("csv", "json", "html") : List.of("csv", "json")) {
      Path template = temp.resolve("template." + format);
      CliRun run =
          CliRun.clean(
              "template",
              "--rubric",
              rubric.toString(),
              "--format",
              format,
              "-o",
              template.toString());
      assertThat(run.exitCode()).as(run.err() + "\n" + text).isZero();
    }
    CliRun handout =
        CliRun.clean(
            "handout",
            "--rubric",
            rubric.toString(),
            "-o",
            temp.resolve("handout.html").toString());
    assertThat(handout.exitCode()).as(handout.err() + "\n" + text).isZero();

    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    Map<String, JsonElement> right = rightAnswers(text, computed);
    for (int student = 0; student < 6; student++) {
      Path file = writeStudent(submissions, student, right, random);
      CliRun check = CliRun.clean("check", file.toString(), "--rubric", rubric.toString());
      assertThat(check.exitCode()).as(check.err() + "\n" + text).isIn(0, 1);
    }
    Path reports = temp.resolve("reports");
    CliRun grade =
        CliRun.clean(
            "grade",
            "--rubric",
            rubric.toString(),
            "--submissions",
            submissions.toString(),
            "--reports",
            reports.toString());
    assertThat(grade.exitCode()).as(grade.err() + "\n" + text).isIn(0, 1);
    JsonObject results =
        JsonParser.parseString(Files.readString(reports.resolve("results.json"))).getAsJsonObject();
    assertThat(results.getAsJsonArray("students")).as(text).hasSize(6);
  }

  /**
   * The generator is worth running only while most of what it draws loads: the commands are then
   * exercised on working rubrics, not only on refusals.
   */
  @org.junit.jupiter.api.Test
  void mostRandomRubrics_load_andSomeAreRefused() {
    int loaded = 0;
    List<String> refusals = new ArrayList<>();
    int seeds = (int) seeds().count();
    for (int seed = 0; seed < seeds; seed++) {
      try {
        new dev.byhand.rubric.RubricLoader()
            .parse(new RandomRubric(new Random(seed)).json(), "seed " + seed);
        loaded++;
      } catch (dev.byhand.rubric.RubricException refused) {
        refusals.add(refused.getMessage());
      }
    }
    assertThat(loaded)
        .as(String.join("\n", refusals))
        .isGreaterThanOrEqualTo(seeds / 2)
        .isLessThan(seeds);
  }

  /** A refusal is a usage error of a few lines naming what is wrong, never a trace. */
  private static void refusedAtLoad(CliRun run, String text) {
    assertThat(run.exitCode()).as(run.err() + "\n" + text).isEqualTo(2);
    assertThat(run.err().strip()).as(text).isNotEmpty();
    assertThat(run.err().strip().lines().count()).as(run.err()).isLessThanOrEqualTo(3);
    assertThat(run.err()).doesNotContain("\tat ");
  }

  /** Each answer key of the rubric and its reference value, as {@code reference --json} gave it. */
  private static Map<String, JsonElement> rightAnswers(String rubricText, JsonObject computed) {
    JsonObject rubric = JsonParser.parseString(rubricText).getAsJsonObject();
    JsonObject quantities = computed.getAsJsonObject("quantities");
    JsonArray steps = computed.getAsJsonArray("steps");
    Map<String, JsonElement> answers = new LinkedHashMap<>();
    for (JsonElement q : rubric.getAsJsonArray("questions")) {
      JsonObject question = q.getAsJsonObject();
      for (JsonElement i : question.getAsJsonArray("items")) {
        String item = i.getAsJsonObject().get("item").getAsString();
        JsonElement value =
            question.has("step")
                ? steps
                    .get(question.get("step").getAsInt() - 1)
                    .getAsJsonObject()
                    .getAsJsonObject("quantities")
                    .get(item)
                : quantities.get(item);
        answers.put(question.get("id").getAsString() + "." + item, value);
      }
    }
    return answers;
  }

  /**
   * One student: every answer right, slipped in one entry, the wrong shape, zeros, blank, garbage,
   * or left out, written as JSON or CSV.
   */
  private static Path writeStudent(
      Path folder, int student, Map<String, JsonElement> right, Random random) throws IOException {
    Map<String, JsonElement> answers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : right.entrySet()) {
      JsonElement answer = student == 0 ? entry.getValue() : answer(entry.getValue(), random);
      if (answer != null) {
        answers.put(entry.getKey(), answer);
      }
    }
    if (random.nextBoolean()) {
      JsonObject json = new JsonObject();
      answers.forEach(json::add);
      return Files.writeString(folder.resolve("student" + student + ".json"), json.toString());
    }
    StringBuilder csv = new StringBuilder();
    answers.forEach(
        (key, value) -> {
          csv.append(key).append(',');
          if (value.isJsonArray()
              && !value.getAsJsonArray().isEmpty()
              && value.getAsJsonArray().get(0).isJsonArray()) {
            csv.append('"').append(value.toString().replace("\"", "")).append('"');
          } else if (value.isJsonArray()) {
            List<String> entries = new ArrayList<>();
            value
                .getAsJsonArray()
                .forEach(e -> entries.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
            csv.append(String.join(",", entries));
          } else {
            csv.append(value.getAsString());
          }
          csv.append('\n');
        });
    return Files.writeString(folder.resolve("student" + student + ".csv"), csv.toString());
  }

  /** The reference answer, changed as a student might; null for an answer left out. */
  private static JsonElement answer(JsonElement reference, Random random) {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> reference;
      case 3 -> slipped(reference, random);
      case 4 -> reference.isJsonArray() ? reference.getAsJsonArray().get(0) : wrapped(reference);
      case 5 -> zeros(reference);
      case 6 -> new JsonPrimitive("");
      case 7 ->
          new JsonPrimitive(
              List.of(
                      "n/a",
                      "[[1, 2], [3",
                      "1e999999",
                      "NaN",
                      "12345678901234567890123/7",
                      "-0",
                      "cat",
                      "½")
                  .get(random.nextInt(8)));
      case 8 -> new JsonArray();
      default -> null;
    };
  }

  private static JsonElement wrapped(JsonElement value) {
    JsonArray array = new JsonArray();
    array.add(value);
    return array;
  }

  private static JsonElement zeros(JsonElement value) {
    if (value.isJsonArray()) {
      JsonArray array = new JsonArray();
      value.getAsJsonArray().forEach(e -> array.add(zeros(e)));
      return array;
    }
    return new JsonPrimitive(0);
  }

  /** One number changed by 1, the first it finds. */
  private static JsonElement slipped(JsonElement value, Random random) {
    if (value.isJsonArray()) {
      JsonArray array = value.getAsJsonArray().deepCopy();
      if (!array.isEmpty()) {
        int at = random.nextInt(array.size());
        array.set(at, slipped(array.get(at), random));
      }
      return array;
    }
    String text = value.getAsString();
    try {
      return new JsonPrimitive(new java.math.BigDecimal(text).add(java.math.BigDecimal.ONE));
    } catch (NumberFormatException notDecimal) {
      return new JsonPrimitive(text + "+1");
    }
  }
}
