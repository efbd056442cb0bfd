package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
    students.putAll(
        CliRun.gradeItems(
            FIXTURES.resolve("regression.json").toString(),
            FIXTURES.resolve("regression"),
            temp.resolve("reports"),
            item ->
                CliRun.statusAndPoints(item)
                    + (item.get("diagnosis").isJsonNull()
                        ? ""
                        : " " + item.get("diagnosis").getAsString())));
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
