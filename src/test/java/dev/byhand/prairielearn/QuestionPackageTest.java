package dev.byhand.prairielearn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prairielearn package}: the question folder PrairieLearn syncs, read as PrairieLearn does.
 */
class QuestionPackageTest {
  private static final Path RUBRIC = Path.of("rubrics/rnn-by-hand.json");

  @TempDir Path folder;
  private List<String> written;

  @BeforeEach
  void packageTheHandout() throws IOException {
    Path jar = folder.resolveSibling(folder.getFileName() + "-byhand.jar");
    Files.write(jar, new byte[] {'P', 'K', 3, 4});
    Rubric rubric = new RubricLoader().load(RUBRIC);
    written =
        QuestionPackage.write(
            folder, rubric, Files.readString(RUBRIC), jar, "ourcourse/byhand-grader", "RNNs", 20);
  }

  @Test
  void infoJsonAsksForExternalGradingByTheImage() throws IOException {
    JsonObject info =
        JsonParser.parseString(Files.readString(folder.resolve("info.json"))).getAsJsonObject();
    assertThat(info.get("title").getAsString()).isEqualTo("Understanding RNNs: RNN by hand");
    assertThat(info.get("topic").getAsString()).isEqualTo("RNNs");
    assertThat(info.get("type").getAsString()).isEqualTo("v3");
    assertThat(info.get("gradingMethod").getAsString()).isEqualTo("External");
    assertThat(info.get("uuid").getAsString()).matches("[0-9a-f-]{36}");
    JsonObject grading = info.getAsJsonObject("externalGradingOptions");
    assertThat(grading.get("enabled").getAsBoolean()).isTrue();
    assertThat(grading.get("image").getAsString()).isEqualTo("ourcourse/byhand-grader");
    assertThat(grading.get("entrypoint").getAsString()).isEqualTo("/byhand/grade.sh");
    assertThat(grading.get("timeout").getAsInt()).isPositive();
  }

  @Test
  void questionHtmlHasAnInputOfTheRightShapeForEveryAutogradedItem() throws IOException {
    Document html =
        Jsoup.parse(Files.readString(folder.resolve("question.html")), "", Parser.xmlParser());
    Element hidden = html.selectFirst("pl-matrix-component-input[answers-name=q1_hidden_]");
    assertThat(hidden.attr("rows")).isEqualTo("1");
    assertThat(hidden.attr("columns")).isEqualTo("3");
    assertThat(hidden.attr("label")).isEqualTo("q1.hidden =");
    Element logits = html.selectFirst("pl-matrix-component-input[answers-name=q3_logits_]");
    assertThat(logits.attr("columns")).isEqualTo("6");
    assertThat(html.select("pl-string-input").eachAttr("answers-name"))
        .containsExactly("q2_prediction_", "q3_prediction_");
    assertThat(html.select("pl-matrix-component-input, pl-string-input, pl-number-input"))
        .hasSize(6);
    assertThat(html.select("pl-submission-panel pl-external-grader-results")).hasSize(1);
  }

  @Test
  void questionHtmlShowsTheEquationsAndValuesAsTheHandoutDoes() throws IOException {
    String html = Files.readString(folder.resolve("question.html"));
    assertThat(html).contains("<math").contains("BOS the cat is outside EOS");
    assertThat(html).contains("graded by a TA");
    assertThat(html).doesNotContain("{{");
  }

  @Test
  void theImageIsBuiltFromTheFolder() throws IOException {
    assertThat(written)
        .containsExactly(
            "info.json",
            "question.html",
            "tests/rubric.json",
            "Dockerfile",
            "grade.sh",
            "byhand.jar");
    assertThat(Files.readString(folder.resolve("Dockerfile")))
        .contains("FROM eclipse-temurin:17-jre")
        .contains("COPY byhand.jar /byhand/byhand.jar");
    assertThat(Files.readString(folder.resolve("grade.sh")))
        .startsWith("#!/bin/sh")
        .contains("prairielearn run --root /grade");
    assertThat(Files.readAllBytes(folder.resolve("byhand.jar"))).startsWith('P', 'K');
  }

  @Test
  void whatTheQuestionsInputsSendIsWhatTheGraderReads(@TempDir Path job) throws IOException {
    // PrairieLearn copies the question's tests/ to /grade/tests.
    Files.createDirectories(job.resolve("tests"));
    Files.copy(folder.resolve("tests/rubric.json"), job.resolve("tests/rubric.json"));
    Document html =
        Jsoup.parse(Files.readString(folder.resolve("question.html")), "", Parser.xmlParser());
    JsonObject raw = new JsonObject();
    for (Element input : html.select("pl-matrix-component-input")) {
      int cells = Integer.parseInt(input.attr("rows")) * Integer.parseInt(input.attr("columns"));
      for (int i = 1; i <= cells; i++) {
        raw.addProperty(input.attr("answers-name") + i, "0");
      }
    }
    html.select("pl-string-input").forEach(i -> raw.addProperty(i.attr("answers-name"), "is"));
    JsonObject data = new JsonObject();
    data.add("submitted_answers", new JsonObject());
    data.add("raw_submitted_answers", raw);
    Files.createDirectories(job.resolve("data"));
    Files.writeString(job.resolve("data/data.json"), data.toString(), StandardCharsets.UTF_8);

    new ExternalGrader(job, Optional.empty()).run();

    JsonObject results =
        JsonParser.parseString(Files.readString(job.resolve("results/results.json")))
            .getAsJsonObject();
    assertThat(results.get("gradable").getAsBoolean()).isTrue();
    assertThat(results.getAsJsonArray("tests").toString())
        .doesNotContain("There is no answer")
        .contains("Your answer: [0, 0, 0]")
        .contains("Your answer: is");
  }
}
