package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeSummaryTest {
  @TempDir Path temp;

  @Nested
  class FileProblems {
    @Test
    void aClassWithManyProblemFiles_printsTheFirstFiftyAndCountsTheRest() throws IOException {
      Path submissions = Files.createDirectories(temp.resolve("submissions"));
      String alice = Files.readString(Path.of("submissions/alice.csv"));
      for (int i = 0; i < GradeSummary.PROBLEMS_SHOWN + 7; i++) {
        // A key the rubric does not ask for is a problem of the file as a whole.
        Files.writeString(
            submissions.resolve(String.format("s%03d.csv", i)), alice + "q9.bonus,1\n");
      }
      Path reports = temp.resolve("reports");

      CliRun run =
          CliRun.of(
              "grade", "--submissions", submissions.toString(), "--reports", reports.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("57 files have problems:")
          .contains("  s049: ")
          .doesNotContain("s050: ")
          .contains(
              "  … and 7 more; every student's problems are in " + reports.resolve("results.json"));
      assertThat(run.out().lines().filter(line -> line.matches("  s\\d{3}: .*")))
          .hasSize(GradeSummary.PROBLEMS_SHOWN);
    }
  }
}
