package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One number 0 is an answer: a wrong {@code yhat = 0} is diagnosed and the later items computed
 * from it earn follow-through. A vector of zeros stays a template line left unfilled.
 */
class ZeroAnswersTest {
  private static final Path FIXTURES = Path.of("src/test/resources/zero");

  @TempDir Path temp;

  /** Each student's items as {@code key → "status points"}, and the diagnosis ids by key. */
  private final Map<String, Map<String, String>> students = new LinkedHashMap<>();

  @BeforeEach
  void gradeTheClass() throws IOException {
    Path reports = temp.resolve("reports");
    CliRun run =
        CliRun.of(
            "grade",
            "--rubric",
            FIXTURES.resolve("regression.json").toString(),
            "--submissions",
            FIXTURES.resolve("regression").toString(),
            "--reports",
            reports.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("internal error");
    JsonObject results =
        JsonParser.parseString(Files.readString(reports.resolve("results.json"))).getAsJsonObject();
    results
        .getAsJsonArray("students")
        .forEach(
            s -> {
              Map<String, String> items = new LinkedHashMap<>();
              s.getAsJsonObject()
                  .getAsJsonArray("items")
                  .forEach(
                      i -> {
                        JsonObject item = i.getAsJsonObject();
                        items.put(
                            item.get("key").getAsString(),
                            item.get("status").getAsString()
                                + " "
                                + item.get("points").getAsString()
                                + (item.get("diagnosis").isJsonNull()
                                    ? ""
                                    : " " + item.get("diagnosis").getAsString()));
                      });
              students.put(s.getAsJsonObject().get("id").getAsString(), items);
            });
  }

  @Test
  void aWrongScalar0_isDiagnosed_andEveryLaterItemFollowsThroughFromIt() {
    assertThat(students.get("gus"))
        .containsEntry("q1.yhat", "incorrect 0 sign:b")
        .containsEntry("q1.loss", "followthrough 1")
        .containsEntry("q2.dyhat", "followthrough 1")
        .containsEntry("q2.dw", "followthrough 2");
  }

  @Test
  void aVectorOfZeros_isStillATemplateLineLeftUnfilled() {
    assertThat(students.get("hal"))
        .containsEntry("q2.dyhat", "correct 1")
        .containsEntry("q2.dw", "incorrect 0");
  }
}
