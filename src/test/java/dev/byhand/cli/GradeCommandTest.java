package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradeCommandTest {
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TheSampleClass {
    private Path temp;
    private CliRun run;
    private JsonObject results;

    @BeforeAll
    void gradeTheShippedSubmissions(@TempDir Path folder) throws IOException {
      temp = folder;
      Path reports = temp.resolve("reports");
      run = CliRun.of("grade", "--submissions", "submissions", "--reports", reports.toString());
      results =
          JsonParser.parseString(Files.readString(reports.resolve("results.json")))
              .getAsJsonObject();
    }

    @Test
    void exitsZero_evenThoughOneFileIsAPicture() {
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).contains("Graded 15 students").contains("mateo");
    }

    @Test
    void everyItemGetsTheVerdictATaWouldGive() throws IOException {
      JsonObject expected =
          JsonParser.parseString(
                  Files.readString(Path.of("src/test/resources/sample-class/expected.json")))
              .getAsJsonObject();
      Map<String, String> actual = verdicts(results);
      Map<String, String> wanted = new HashMap<>();
      for (JsonElement student : expected.getAsJsonArray("students")) {
        String id = student.getAsJsonObject().get("id").getAsString();
        student
            .getAsJsonObject()
            .getAsJsonObject("items")
            .entrySet()
            .forEach(e -> wanted.put(id + " " + e.getKey(), e.getValue().getAsString()));
        wanted.put(id + " q0.diagram", "manual");
      }
      assertThat(actual).containsExactlyInAnyOrderEntriesOf(wanted);
    }

    @Test
    void everyKnownMistakeIsDiagnosed_andNothingElse() throws IOException {
      JsonObject expected =
          JsonParser.parseString(
                  Files.readString(Path.of("src/test/resources/sample-class/expected.json")))
              .getAsJsonObject();
      Map<String, String> wanted = new HashMap<>();
      for (JsonElement student : expected.getAsJsonArray("students")) {
        String id = student.getAsJsonObject().get("id").getAsString();
        student
            .getAsJsonObject()
            .getAsJsonObject("diagnoses")
            .entrySet()
            .forEach(e -> wanted.put(id + " " + e.getKey(), e.getValue().getAsString()));
      }
      Map<String, String> actual = new HashMap<>();
      for (JsonElement student : results.getAsJsonArray("students")) {
        String id = student.getAsJsonObject().get("id").getAsString();
        for (JsonElement item : student.getAsJsonObject().getAsJsonArray("items")) {
          JsonElement diagnosis = item.getAsJsonObject().get("diagnosis");
          if (!diagnosis.isJsonNull()) {
            actual.put(
                id + " " + item.getAsJsonObject().get("key").getAsString(),
                diagnosis.getAsString());
          }
        }
      }
      assertThat(actual).containsExactlyInAnyOrderEntriesOf(wanted);
    }

    @Test
    void resultsJson_hasTheContractFields() {
      JsonObject student = results.getAsJsonArray("students").get(0).getAsJsonObject();
      assertThat(student.keySet()).contains("id", "score", "maxScore", "items");
      JsonObject item = student.getAsJsonArray("items").get(1).getAsJsonObject();
      assertThat(item.keySet())
          .contains("key", "question", "item", "status", "points", "maxPoints", "feedback");
      assertThat(results.getAsJsonObject("rubric").get("id").getAsString())
          .isEqualTo("rnn-by-hand");
    }

    @Test
    void everyStudentHasAReport_linkedFromResultsJson() {
      for (JsonElement student : results.getAsJsonArray("students")) {
        String report = student.getAsJsonObject().get("report").getAsString();
        assertThat(temp.resolve("reports").resolve(report)).isRegularFile();
      }
    }

    @Test
    void aCorrectStudentsReport_showsTheirScoreAndVerdicts() throws IOException {
      Document alice = Jsoup.parse(temp.resolve("reports/alice.html").toFile(), "UTF-8");
      assertThat(alice.title()).contains("alice");
      assertThat(alice.text()).contains("14 / 16");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "results.json",
          "hana-lee.html",
          "mateo.html",
          "kofi.html",
          "index.html",
          "grades.csv",
          "identical-answers.html"
        })
    void outputs_matchTheirGoldenFiles(String file) throws IOException {
      Golden.assertMatches(
          "sample-class/" + file, Files.readString(temp.resolve("reports").resolve(file)));
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
      try (Stream<Path> files = Files.list(temp.resolve("reports"))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .noneMatch(name -> name.endsWith(".tmp"));
      }
    }
  }

  @Test
  void markupInAStudentsFile_isShownAsText(@TempDir Path temp) throws IOException {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    Files.writeString(
        submissions.resolve("mallory.csv"),
        "q1.hidden,<script>alert(1)</script>\nq2.prediction,<b>BOS</b>\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "grade",
            "--submissions",
            submissions.toString(),
            "--reports",
            temp.resolve("r").toString());
    assertThat(run.exitCode()).isZero();
    Document page = Jsoup.parse(temp.resolve("r/mallory.html").toFile(), "UTF-8");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("b")).isEmpty();
    assertThat(page.text()).contains("<script>alert").contains("<b>BOS</b>");
  }

  @Test
  void aStudentCalledIndex_getsTheirOwnReport_andTheClassOverviewStaysTheTasPage(@TempDir Path temp)
      throws IOException {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    Files.writeString(submissions.resolve("index.csv"), "q1.hidden,5,4,0\n");
    Files.writeString(submissions.resolve("identical-answers.csv"), "q1.hidden,5,4,0\n");
    Path reports = temp.resolve("r");
    assertThat(
            CliRun.of(
                    "grade",
                    "--submissions",
                    submissions.toString(),
                    "--reports",
                    reports.toString())
                .exitCode())
        .isZero();
    assertThat(reports.resolve("student-index.html")).content().contains("index");
    assertThat(reports.resolve("student-identical-answers.html")).isRegularFile();
    assertThat(reports.resolve("index.html")).content().contains("Class overview");
    assertThat(Files.readString(reports.resolve("results.json")))
        .contains("\"report\": \"student-index.html\"");
  }

  @Test
  void aMissingSubmissionsFolder_isAUsageError_inOneLine(@TempDir Path temp) {
    CliRun run =
        CliRun.of(
            "grade",
            "--submissions",
            temp.resolve("nope").toString(),
            "--reports",
            temp.resolve("r").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n").contains("does not exist");
  }

  @Test
  void aBrokenRubric_isAUsageError_namingTheField(@TempDir Path temp) throws IOException {
    Path rubric = temp.resolve("r.json");
    Files.writeString(
        rubric,
        Files.readString(Path.of("rubrics/rnn-by-hand.json")).replace("\"relu\"", "\"tanh\""));
    CliRun run =
        CliRun.of(
            "grade", "--rubric", rubric.toString(), "--reports", temp.resolve("r").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("model.activation \"tanh\" is not supported");
  }

  @Test
  void anUnknownOption_isAUsageError() {
    CliRun run = CliRun.of("grade", "--sumbissions", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--sumbissions").contains("--help");
  }

  @Test
  void regrading_replacesTheReportsCompletely(@TempDir Path temp) throws IOException {
    Path reports = temp.resolve("reports");
    assertThat(CliRun.of("grade", "--reports", reports.toString()).exitCode()).isZero();
    String first = Files.readString(reports.resolve("results.json"));
    assertThat(CliRun.of("grade", "--reports", reports.toString()).exitCode()).isZero();
    assertThat(Files.readString(reports.resolve("results.json"))).isEqualTo(first);
  }

  private static Map<String, String> verdicts(JsonObject results) {
    Map<String, String> verdicts = new HashMap<>();
    JsonArray students = results.getAsJsonArray("students");
    for (JsonElement student : students) {
      String id = student.getAsJsonObject().get("id").getAsString();
      for (JsonElement item : student.getAsJsonObject().getAsJsonArray("items")) {
        verdicts.put(
            id + " " + item.getAsJsonObject().get("key").getAsString(),
            item.getAsJsonObject().get("status").getAsString());
      }
    }
    return verdicts;
  }
}
