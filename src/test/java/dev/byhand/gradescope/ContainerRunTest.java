package dev.byhand.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerRunTest {
  static final Path RUBRIC = Path.of("rubrics/rnn-by-hand.json");

  /** The sample class's 12×12 grayscale PNG, as a student would upload it. */
  static final Path PICTURE = Path.of("submissions/mateo.csv");

  @TempDir Path folder;
  AutograderRoot root;

  @BeforeEach
  void layOut() throws IOException {
    root = new AutograderRoot(folder);
    Files.createDirectories(root.submission());
    Files.createDirectories(root.source());
    Files.copy(RUBRIC, root.rubric());
  }

  JsonObject run(OutputFormat format) throws IOException {
    new ContainerRun(root, root.rubric(), format, "test").run();
    String json = Files.readString(root.results(), StandardCharsets.UTF_8);
    GradescopeSchema.assertValid(json);
    return JsonParser.parseString(json).getAsJsonObject();
  }

  JsonObject run() throws IOException {
    return run(OutputFormat.MD);
  }

  void upload(String name, String content) throws IOException {
    Path file = root.submission().resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  static JsonObject test(JsonObject results, String number) {
    for (JsonElement test : results.getAsJsonArray("tests")) {
      if (test.getAsJsonObject().get("number").getAsString().equals(number)) {
        return test.getAsJsonObject();
      }
    }
    throw new AssertionError("no test " + number + " in " + results);
  }

  @Test
  void theAlwaysShownSummary_countsOnlyVisibleQuestions() throws IOException {
    Files.writeString(
        root.rubric(),
        Files.readString(RUBRIC)
            .replace("\"step\": 2,", "\"step\": 2, \"visibility\": \"after_published\","));
    upload(
        "answers.csv",
        "q1.hidden,5,4,0\nq1.logits,21,8,9,20,13,12\nq2.prediction,BOS\n"
            + "q3.hidden,57,8,36\nq3.logits,89,-92,29,184,181,-12\nq3.prediction,is\n");

    String output = run(OutputFormat.HTML).get("output").getAsString();

    assertThat(output)
        .contains("byhand autograded 3 answers: 3 fully right, 7 of 7 points.")
        .contains("3 answers are graded but shown only when your instructor releases them.");
  }

  @Nested
  class AGoodUpload {
    @Test
    void earnsEveryAutogradedPointWithOneTestPerAnswerItem() throws IOException {
      Files.copy(Path.of("submissions/alice.csv"), root.submission().resolve("alice.csv"));

      JsonObject results = run();

      assertThat(results.get("score").getAsBigDecimal()).isEqualByComparingTo("14");
      JsonArray tests = results.getAsJsonArray("tests");
      assertThat(tests).hasSize(6);
      JsonObject hidden = test(results, "1.1");
      assertThat(hidden.get("name").getAsString()).isEqualTo("q1.hidden — hidden state h1");
      assertThat(hidden.get("status").getAsString()).isEqualTo("passed");
      assertThat(hidden.get("max_score").getAsInt()).isEqualTo(3);
      assertThat(hidden.get("visibility").getAsString()).isEqualTo("visible");
      assertThat(hidden.getAsJsonArray("tags")).isEmpty();
      assertThat(test(results, "3.3").get("name").getAsString()).startsWith("q3.prediction");
      assertThat(results.get("output").getAsString())
          .contains("**Graded file:** alice\\.csv")
          .contains("q0\\.diagram \\(2 points\\) is graded by a TA on Gradescope");
    }

    @Test
    void leavesTheManualDiagramToGradescope() throws IOException {
      Files.copy(Path.of("submissions/alice.csv"), root.submission().resolve("alice.csv"));

      JsonObject results = run();

      assertThat(results.getAsJsonArray("tests"))
          .noneMatch(t -> t.getAsJsonObject().get("name").getAsString().startsWith("q0"));
    }
  }

  @Nested
  class AWrongUpload {
    @Test
    void scoresPartialCreditAndFailsTheItemWithWhatWasReadAndExpected() throws IOException {
      Files.copy(Path.of("submissions/hana-lee.csv"), root.submission().resolve("answers.csv"));

      JsonObject results = run();

      assertThat(results.get("score").getAsBigDecimal()).isEqualByComparingTo("13.5");
      JsonObject logits = test(results, "1.2");
      assertThat(logits.get("status").getAsString()).isEqualTo("failed");
      assertThat(logits.get("score").getAsBigDecimal()).isEqualByComparingTo("2.5");
      assertThat(logits.get("output").getAsString())
          .contains("**Your answer:** \\[21, 8, 9, 20, 14, 12\\]")
          .contains("**Expected:** \\[21, 8, 9, 20, 13, 12\\]");
    }

    @Test
    void escapesStudentTextInHtml() throws IOException {
      upload("answers.csv", "q1.hidden,<b>5</b>,4,0\nq2.prediction,<script>alert(1)</script>\n");

      JsonObject results = run(OutputFormat.HTML);

      String everything = results.toString();
      assertThat(everything).doesNotContain("<script>").doesNotContain("<b>5");
      assertThat(results.get("output_format").getAsString()).isEqualTo("html");
      assertThat(test(results, "1.1").get("output_format").getAsString()).isEqualTo("html");
    }
  }

  @Nested
  class AnUploadThatCannotBeGraded {
    @Test
    void anEmptyUploadScoresZeroAndSaysWhatToSubmit() throws IOException {
      JsonObject results = run();

      assertThat(results.get("score").getAsInt()).isZero();
      assertThat(results.get("output").getAsString()).contains("no answers file found");
      assertThat(results.getAsJsonArray("tests"))
          .allMatch(t -> t.getAsJsonObject().get("status").getAsString().equals("failed"));
    }

    @Test
    void anEmptyFileIsNamedAsEmpty() throws IOException {
      upload("answers.csv", "");

      assertThat(run().get("output").getAsString()).contains("the file is empty");
    }

    @Test
    void aPictureIsNamedAsAPicture() throws IOException {
      Files.copy(PICTURE, root.submission().resolve("answers.png"));

      JsonObject results = run();

      assertThat(results.get("score").getAsInt()).isZero();
      assertThat(results.get("output").getAsString()).contains("PNG image");
    }

    @Test
    void twoAnswerFilesAskForOne() throws IOException {
      Files.copy(Path.of("submissions/alice.csv"), root.submission().resolve("mine.csv"));
      upload("draft.json", "{\"q1.hidden\": [1, 2, 3]}");

      JsonObject results = run();

      assertThat(results.get("score").getAsInt()).isZero();
      assertThat(results.get("output").getAsString())
          .contains("two answer files")
          .contains("draft\\.json")
          .contains("mine\\.csv")
          .contains("keep one");
    }

    @Test
    void twoFilesOneNamedAnswersGradesThatOneAndSaysSo() throws IOException {
      Files.copy(Path.of("submissions/alice.csv"), root.submission().resolve("answers.csv"));
      upload("notes.txt", "my working");

      JsonObject results = run();

      assertThat(results.get("score").getAsBigDecimal()).isEqualByComparingTo("14");
      assertThat(results.get("output").getAsString())
          .contains("**Graded file:** answers\\.csv")
          .contains("Also uploaded and not graded: notes\\.txt");
    }
  }

  @Nested
  class WhenByhandFails {
    @Test
    void anExceptionInsideTheGraderStillLeavesResultsSayingItWasNotGraded() throws IOException {
      Files.copy(Path.of("submissions/alice.csv"), root.submission().resolve("answers.csv"));
      BiFunction<Rubric, Submission, StudentResult> broken =
          (rubric, submission) -> {
            throw new IllegalStateException("simulated bug");
          };

      ContainerRun.Outcome outcome =
          new ContainerRun(root, root.rubric(), OutputFormat.MD, "test", broken).run();

      String json = Files.readString(root.results());
      GradescopeSchema.assertValid(json);
      JsonObject results = JsonParser.parseString(json).getAsJsonObject();
      assertThat(outcome.graded()).isFalse();
      assertThat(outcome.summary()).contains("simulated bug");
      assertThat(results.get("score").getAsInt()).isZero();
      assertThat(results.get("output").getAsString())
          .contains("not graded")
          .contains("not your score");
      assertThat(results.getAsJsonArray("tests")).isEmpty();
    }

    @Test
    void aBrokenPackagedRubricSaysTheAutograderIsMisconfigured() throws IOException {
      Files.writeString(root.rubric(), "{\"id\": \"x\"");

      JsonObject results = run();

      assertThat(results.get("output").getAsString()).contains("misconfigured");
      assertThat(results.getAsJsonObject("extra_data").get("error").getAsString())
          .contains("rubric.json");
    }

    @Test
    void replacesAStaleResultsFileAtomically() throws IOException {
      Files.createDirectories(root.results().getParent());
      Files.writeString(root.results(), "{\"score\": 99}");

      run();

      try (var files = Files.list(root.results().getParent())) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactly("results.json");
      }
      assertThat(Files.readString(root.results())).doesNotContain("99");
    }
  }

  @Nested
  class Metadata {
    @Test
    void aGarbledMetadataFileDoesNotStopGrading() throws IOException {
      Files.copy(Path.of("submissions/alice.csv"), root.submission().resolve("answers.csv"));
      Files.writeString(root.metadata(), "{\"users\": [");

      assertThat(run().get("score").getAsInt()).isEqualTo(14);
    }

    @Test
    void readsTheSubmittersFromGradescopesMetadata() throws IOException {
      Files.writeString(
          root.metadata(),
          """
          {"id": 123456, "created_at": "2026-11-20T23:51:02.365935-08:00",
           "assignment": {"id": 25828, "title": "RNN by hand", "total_points": "16.0"},
           "submission_method": "upload",
           "users": [{"email": "alice@example.edu", "id": 1234, "name": "Alice Ng", "sid": "2031337"},
                     {"email": "bo@example.edu", "id": 1235, "name": "Bo Li"}],
           "previous_submissions": []}
          """);

      assertThat(SubmissionMetadata.submitters(root.metadata()))
          .extracting(s -> s.name() + "|" + s.sid())
          .containsExactly("Alice Ng|2031337", "Bo Li|");
    }
  }

  @Test
  void markdownAndHtmlEscapeEverythingAStudentCouldTurnIntoMarkup() {
    assertThat(OutputFormat.MD.text("**x** [a](http://e) <img> `c`\nnext"))
        .isEqualTo("\\*\\*x\\*\\* \\[a\\]\\(http://e\\) \\<img\\> \\`c\\` next");
    assertThat(OutputFormat.HTML.text("<a href='x'>&</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(List.of(OutputFormat.values()))
        .extracting(OutputFormat::id)
        .containsExactly("md", "html");
  }
}
