package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broadcasting, entry-by-entry functions, slicing and building in exercises written as an
 * instructor would, run end to end through every command with students who are right, who slip and
 * carry on, and who leave items out. The reference digits come from {@code
 * src/test/resources/grammar/compute.py} (Python's decimal module, nothing shared with byhand).
 */
class GrammarRubricsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/grammar");

  @TempDir Path temp;

  private static String rubric(String id) {
    return FIXTURES.resolve(id + ".json").toString();
  }

  /** Grades a fixture class; each student's items as {@code key → "status points"}. */
  private Map<String, Map<String, String>> grade(String id) throws IOException {
    return CliRun.gradeItems(
        rubric(id), FIXTURES.resolve(id), temp.resolve("reports"), CliRun::statusAndPoints);
  }

  /** {@code check} on a student's file: its exit code, and no internal error. */
  private static CliRun check(String id, String file) {
    return CliRun.clean(
        "check", FIXTURES.resolve(id).resolve(file).toString(), "--rubric", rubric(id));
  }

  private void selfCheckPageIsWritten(String id) throws IOException {
    Path page = temp.resolve(id + ".html");
    CliRun run =
        CliRun.clean("template", "--rubric", rubric(id), "--format", "html", "-o", page.toString());
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
      CliRun run = CliRun.clean("reference", "--rubric", coin.toString());
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
      assertThat(CliRun.clean("reference", "--rubric", fair.toString()).out()).contains("H = 1\n");
      Path coin = rubric("H = entropy(p)", "{\"item\": \"H\", \"points\": 1, \"tolerance\": 0.01}");
      assertThat(CliRun.clean("reference", "--rubric", coin.toString()).out())
          .contains("H = 0.72192809488736234787031942948939017");
    }
  }

  @Nested
  class BatchNormWrittenNaturally {
    private static final String ID = "batch-norm";

    @Test
    void reference_centresAndScalesEveryColumn_toTheLastDigitsPythonGives() {
      CliRun run = CliRun.clean("reference", "--rubric", rubric(ID));
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
      CliRun run = CliRun.clean("template", "--rubric", rubric(ID));
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

  @Nested
  class TwoHeadAttentionJoinedWithHstack {
    private static final String ID = "two-head-attention";

    @Test
    void reference_slicesTheHeads_andJoinsThemSideBySide() {
      CliRun run = CliRun.clean("reference", "--rubric", rubric(ID));
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("Q = [[2, 1, 0, 1], [0, 1, 2, 1], [1, 1, 1, 1]]\n")
          .contains("V = [[3, 0, 2, 1], [0, 3, 1, 2], [1, 1, 2, 2]]\n")
          // softmax([1, 3, 2] / sqrt(2)) and its row times V[:, 0:2], from compute.py
          .contains("A1 = [[0.0453883629137946473781301892489587923")
          .contains("H = [[0.322858789688886755161532000348841049924")
          // head 2 of token 0 weighs three equal scores: the mean of V[:, 2:4]'s rows
          .contains(", 1.666666666666666666666666666666666666666, 1.6666666666")
          .contains("first = [0.322858789688886755161532000348841049924");
    }

    @Test
    void template_asksForTheJoinedMatrix() {
      CliRun run = CliRun.clean("template", "--rubric", rubric(ID));
      assertThat(run.out())
          .contains("# q3.H: a 3×4 matrix (3 rows of 4 numbers), joined heads; round to 2")
          .contains("# q3.first: 4 numbers, first token's output");
    }

    @Test
    void grade_followsThroughASlipInTheKeys_toTheJoinedHeads() throws IOException {
      Map<String, Map<String, String>> students = grade(ID);
      assertThat(students.get("eva"))
          .containsEntry("q1.Q", "correct 2")
          .containsEntry("q2.A1", "correct 3")
          .containsEntry("q2.A2", "correct 3")
          .containsEntry("q3.H", "correct 3");
      // first is computed from her H, which is right as rounded from her weights
      assertThat(students.get("eva").get("q3.first")).endsWith(" 1");
      assertThat(students.get("finn"))
          .containsEntry("q1.K", "partial 1.8333")
          .containsEntry("q2.A1", "followthrough 3")
          .containsEntry("q2.A2", "correct 3")
          .containsEntry("q3.H", "followthrough 3")
          .containsEntry("q3.first", "followthrough 1");
      assertThat(students.get("gus"))
          .containsEntry("q1.Q", "correct 2")
          .containsEntry("q1.K", "missing 0")
          .containsEntry("q2.A1", "missing 0")
          .containsEntry("q3.H", "correct 3")
          .containsEntry("q3.first", "missing 0");
    }

    @Test
    void check_readsEveryFile_andSaysWhatIsMissing() throws IOException {
      assertThat(check(ID, "eva.json").exitCode()).isZero();
      assertThat(check(ID, "finn.csv").exitCode()).isZero();
      CliRun gus = check(ID, "gus.csv");
      assertThat(gus.exitCode()).isEqualTo(1);
      assertThat(gus.out()).contains("ok         q3.H").contains("missing    q2.A1");
      selfCheckPageIsWritten(ID);
    }
  }
}
