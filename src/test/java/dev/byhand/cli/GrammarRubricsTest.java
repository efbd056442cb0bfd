package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broadcasting and entry-by-entry functions in exercises written as an instructor would, run end to
 * end through every command with students who are right, who slip and carry on, and who leave items
 * out. The reference digits come from {@code src/test/resources/grammar/compute.py} (Python's
 * decimal module, nothing shared with byhand).
 */
class GrammarRubricsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/grammar");

  @TempDir Path temp;

  private static CliRun run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
    assertThat(run.out()).doesNotContain("internal error").doesNotContain("Exception");
    return run;
  }

  private static String rubric(String id) {
    return FIXTURES.resolve(id + ".json").toString();
  }

  /** Grades a fixture class; each student's items as {@code key → "status points"}. */
  private Map<String, Map<String, String>> grade(String id) throws IOException {
    Path reports = temp.resolve("reports");
    CliRun run =
        run(
            "grade",
            "--rubric",
            rubric(id),
            "--submissions",
            FIXTURES.resolve(id).toString(),
            "--reports",
            reports.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonObject results =
        JsonParser.parseString(Files.readString(reports.resolve("results.json"))).getAsJsonObject();
    Map<String, Map<String, String>> students = new LinkedHashMap<>();
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
                                + item.get("points").getAsString());
                      });
              students.put(s.getAsJsonObject().get("id").getAsString(), items);
            });
    return students;
  }

  /** {@code check} on a student's file: its exit code, and no internal error. */
  private static CliRun check(String id, String file) {
    return run("check", FIXTURES.resolve(id).resolve(file).toString(), "--rubric", rubric(id));
  }

  private void selfCheckPageIsWritten(String id) throws IOException {
    Path page = temp.resolve(id + ".html");
    CliRun run = run("template", "--rubric", rubric(id), "--format", "html", "-o", page.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(page)).contains(id);
  }

  @Nested
  class Tolerance {
    private Path rubric(String equation, String item) throws IOException {
      return Files.writeString(
          temp.resolve("coin.json"),
          """
          {"id": "coin", "title": "Information in a biased coin",
           "model": {"values": {"p": [0.2, 0.8], "q": [0.5, 0.5]},
                     "equations": ["%s"]},
           "questions": [{"id": "q1", "text": "In bits.", "items": [%s]}]}
          """
              .formatted(equation, item));
    }

    @Test
    void anInexactEntropyWithoutATolerance_isRefusedAtLoad_inOneSentence() throws IOException {
      Path coin = rubric("H = entropy(p)", "{\"item\": \"H\", \"points\": 1}");
      CliRun run = run("reference", "--rubric", coin.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .contains(
              "questions[0].items[0] \"H\" is not exact: its reference depends on exp, log, log2,"
                  + " log10, xlogx, entropy, sqrt, std, tanh, sigmoid or softmax, computed to 40"
                  + " digits, and no tolerance is given");
    }

    @Test
    void anExactEntropy_needsNone_andATolerance_gradesTheInexactOne() throws IOException {
      Path fair = rubric("H = entropy(q)", "{\"item\": \"H\", \"points\": 1}");
      assertThat(run("reference", "--rubric", fair.toString()).out()).contains("H = 1\n");
      Path coin = rubric("H = entropy(p)", "{\"item\": \"H\", \"points\": 1, \"tolerance\": 0.01}");
      assertThat(run("reference", "--rubric", coin.toString()).out())
          .contains("H = 0.72192809488736234787031942948939017");
    }
  }

  @Nested
  class BatchNormWrittenNaturally {
    private static final String ID = "batch-norm";

    @Test
    void reference_centresAndScalesEveryColumn_toTheLastDigitsPythonGives() {
      CliRun run = run("reference", "--rubric", rubric(ID));
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("mu = [4, 3, 2]\n")
          .contains("sigma2 = [5, 3, 4]\n")
          // (1 - 4) / sqrt(5.001) and (6 - 3) / sqrt(3.001), from compute.py
          .contains("xhat = [[-1.341506642542482112857786482056776461")
          .contains("1.7317622045830250902559182559969098681")
          // 2 * 1.7317… + 1
          .contains("4.4635244091660501805118365119938197363");
    }

    @Test
    void template_asksForTheMatricesWithTheirShapesAndRounding() {
      CliRun run = run("template", "--rubric", rubric(ID));
      assertThat(run.out())
          .contains("# q1.mu: 3 numbers, batch mean\n")
          .contains(
              "# q2.xhat: a 4×3 matrix (4 rows of 3 numbers), normalised batch; round to 2"
                  + " decimals (within 0.01 is accepted)");
    }

    @Test
    void grade_givesFullMarks_followsThroughFromASlippedMean_andMarksWhatIsLeftOut()
        throws IOException {
      Map<String, Map<String, String>> students = grade(ID);
      assertThat(students.get("ana").values()).allMatch(v -> v.startsWith("correct"));
      assertThat(students.get("ben"))
          .containsEntry("q1.mu", "partial 2")
          .containsEntry("q1.sigma2", "followthrough 3")
          .containsEntry("q2.xhat", "followthrough 4")
          .containsEntry("q2.y", "followthrough 4");
      assertThat(students.get("cy"))
          .containsEntry("q1.mu", "correct 3")
          .containsEntry("q1.sigma2", "missing 0")
          .containsEntry("q2.xhat", "correct 4")
          .containsEntry("q2.y", "missing 0");
    }

    @Test
    void check_readsEveryMatrixWrittenOneRowALine_andSaysWhatIsMissing() throws IOException {
      assertThat(check(ID, "ana.csv").exitCode()).isZero();
      assertThat(check(ID, "ben.json").exitCode()).isZero();
      CliRun cy = check(ID, "cy.csv");
      assertThat(cy.exitCode()).isEqualTo(1);
      assertThat(cy.out())
          .contains("ok         q2.xhat")
          .contains("missing    q1.sigma2")
          .contains("missing    q2.y");
      selfCheckPageIsWritten(ID);
    }
  }
}
