package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  @Nested
  class Matrices {
    @Test
    void aMatrixWithTheRightCountButTheWrongRows_isWrongSize_andTheRightRowsAreOk()
        throws IOException {
      Path answers = dir.resolve("answers.csv");
      Files.writeString(
          answers,
          "q3.dW2,\"[[2, -4, 0], [0, 3, -6]]\"\n"
              + "q4.dW1,\"[[ 3  0 -2]\n [ 6  0 -4]\n [-3  0  2]]\"\n");
      CliRun run = CliRun.of("check", answers.toString(), "--rubric", "rubrics/mlp-backprop.json");
      assertThat(run.out())
          .contains(
              "wrong size q3.dW2   line 1  q3.dW2 has 2 rows of 3 numbers, expected 3 rows of 2")
          .contains("ok         q4.dW1   line 2");
    }
  }

  @Nested
  class ExitCodesAndMessages {
    @Test
    void aBlankTemplate_checksIncomplete_withExit1AndNoStackTrace() throws IOException {
      Path answers = dir.resolve("answers.csv");
      assertThat(CliRun.of("template", "-o", answers.toString()).exitCode()).isZero();
      CliRun run = CliRun.of("check", answers.toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .contains("missing    q1.hidden      line 11  q1.hidden is empty: write 3 numbers")
          .contains("Not ready: of 6 answers, 6 missing.")
          .doesNotContain("Exception");
    }

    @Test
    void aCompleteFile_checksWithExit0() {
      CliRun run = CliRun.of("check", "submissions/Dana Okafor.csv");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("Format: CSV")
          .contains("Ready to submit: all 6 answers are there and readable.");
    }

    @Test
    void aWordInsideAVector_isReportedWithItsLineNumber() throws IOException {
      CliRun run = CliRun.of("check", "submissions/nadia.csv");
      assertThat(run.exitCode()).isEqualTo(1);
      Golden.assertMatches("check/nadia.txt", run.out());
    }

    @Test
    void aFileThatDoesNotExist_isAUsageError() {
      CliRun run = CliRun.of("check", dir.resolve("nope.csv").toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("check: ")
          .contains("nope.csv does not exist")
          .doesNotContain("\tat ");
    }

    @Test
    void noFile_isAUsageError() {
      CliRun run = CliRun.of("check");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void aBrokenRubric_isAUsageError() throws IOException {
      Path rubric = Files.writeString(dir.resolve("r.json"), "{\"id\": ");
      CliRun run = CliRun.of("check", "submissions/alice.csv", "--rubric", rubric.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("check: ");
    }
  }

  @Nested
  class Colour {
    private String run(boolean colour, String file) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Main.run(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(new ByteArrayOutputStream()),
          colour,
          "check",
          file);
      return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminal_verdictsAreColoured() {
      assertThat(run(true, "submissions/jonas.csv")).contains("\u001b[31mwrong size");
    }

    @Test
    void otherwise_theTextIsPlain() {
      assertThat(run(false, "submissions/jonas.csv")).doesNotContain("\u001b[");
    }

    @Test
    void colourNeedsATerminal_andAnEmptyOrUnsetNoColor() {
      assertThat(Main.colour(true, null)).isTrue();
      assertThat(Main.colour(true, "")).isTrue();
      assertThat(Main.colour(true, "1")).isFalse();
      assertThat(Main.colour(false, null)).isFalse();
    }
  }

  @Nested
  class Template {
    @Test
    void toStandardOutput_isTheCsvTemplate() {
      CliRun run = CliRun.of("template");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("# q1.logits: 6 numbers, the logits after reading BOS\nq1.logits,\n");
    }

    @Test
    void aJsonFileName_getsTheJsonTemplate_whichChecksIncomplete() throws IOException {
      Path answers = dir.resolve("answers.json");
      CliRun made = CliRun.of("template", "-o", answers.toString());
      assertThat(made.exitCode()).isZero();
      assertThat(Files.readString(answers)).startsWith("{\n  \"// about\"");
      CliRun run = CliRun.of("check", answers.toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out())
          .contains("Format: JSON")
          .contains("$.q3.logits")
          .doesNotContain("unreadable");
    }

    @Test
    void anExistingFile_isNeverOverwritten_withoutForce() throws IOException {
      Path answers = Files.writeString(dir.resolve("answers.csv"), "q1.hidden,5,4,0\n");
      CliRun refused = CliRun.of("template", "-o", answers.toString());
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).contains("already exists and may hold your answers");
      assertThat(Files.readString(answers)).isEqualTo("q1.hidden,5,4,0\n");
      assertThat(CliRun.of("template", "-o", answers.toString(), "--force").exitCode()).isZero();
      assertThat(Files.readString(answers)).startsWith("# Answers for");
    }

    @Test
    void anUnknownFormat_isAUsageError() {
      CliRun run = CliRun.of("template", "--format", "xlsx");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--format");
    }
  }
}
