package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rubrics/edit-distance.json}, a dynamic-programming table, through every command: the
 * reference, the template's shape, check, grading cell by cell with follow-through per cell and the
 * unit-cost mistake named, and the handout's table to fill.
 */
class TableRubricTest {
  private static final String RUBRIC = "rubrics/edit-distance.json";

  @TempDir Path temp;

  private Map<String, Map<String, String>> grade(
      java.util.function.Function<com.google.gson.JsonObject, String> item) throws IOException {
    return CliRun.gradeItems(RUBRIC, Path.of("samples/edit-distance"), temp.resolve("r"), item);
  }

  @Test
  void reference_fillsTheTable_andTheDistanceOfIntentionToExecutionIs8() {
    CliRun run = CliRun.clean("reference", "--rubric", RUBRIC);
    assertThat(run.out())
        .contains("D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6, 7, 6, 7, 8], ")
        .contains("[9, 8, 9, 10, 11, 12, 11, 10, 9, 8]]\n")
        .contains("distance = 8\n");
  }

  @Test
  void template_asksForTheWholeTable_rowZeroIncluded() {
    CliRun run = CliRun.clean("template", "--rubric", RUBRIC);
    assertThat(run.out()).contains("# q1.D: a 10×10 matrix (10 rows of 10 numbers)");
  }

  @Test
  void check_readsATablePastedOneRowALine() {
    CliRun run = CliRun.clean("check", "samples/edit-distance/ben.csv", "--rubric", RUBRIC);
    assertThat(run.exitCode()).as(run.out()).isZero();
  }

  @Test
  void oneWrongCellCarriedOn_losesThatCellOnly_andItsDistanceFollowsThrough() throws IOException {
    Map<String, Map<String, String>> students = grade(i -> i.get("feedback").getAsString());
    assertThat(students.get("ben").get("q1.D"))
        .startsWith("Cell (6, 6) (i, j) of D is wrong")
        .contains("14 other cells differ from the reference but follow from your own cells");
    assertThat(grade(CliRun::statusAndPoints).get("ben"))
        .containsEntry("q1.D", "partial 9.9")
        .containsEntry("q2.distance", "followthrough 2");
  }

  @Test
  void substitutionCost1_isNamedAsUnitCost() throws IOException {
    Map<String, Map<String, String>> students =
        grade(i -> i.get("diagnosis").isJsonNull() ? "none" : i.get("diagnosis").toString());
    assertThat(students.get("carla").get("q1.D")).contains("unit-cost");
    assertThat(students.get("ben").get("q1.D")).isEqualTo("none");
  }

  @Test
  void aTableOfOneNumberEverywhere_earnsNoFollowThrough_norDoesWhatIsReadFromIt()
      throws IOException {
    java.nio.file.Path folder = java.nio.file.Files.createDirectories(temp.resolve("fives"));
    String row = String.join(",", java.util.Collections.nCopies(10, "5"));
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      file.append("q1.D,").append(row).append('\n');
    }
    file.append("q2.distance,5\n");
    java.nio.file.Files.writeString(folder.resolve("fay.csv"), file.toString());
    Map<String, String> fay =
        CliRun.gradeItems(RUBRIC, folder, temp.resolve("fr"), CliRun::statusAndPoints).get("fay");
    assertThat(fay.get("q2.distance")).isEqualTo("incorrect 0");
    assertThat(fay.get("q1.D")).doesNotStartWith("followthrough");
  }

  @Test
  void aTableLeftOut_isMissing_andTheDistanceIsStillJudged() throws IOException {
    assertThat(grade(CliRun::statusAndPoints).get("dev"))
        .containsEntry("q1.D", "missing 0")
        .containsEntry("q2.distance", "correct 2");
  }

  @Test
  void aVariedCost_givesEachStudentTheirOwnTable() throws IOException {
    String rubric =
        Files.readString(Path.of(RUBRIC))
            .replace(
                "\"model\": {",
                "\"variants\": {\"seed\": \"fall\", \"vary\": {\"sub\": [1, 3]}},\n  \"model\": {");
    Path file = Files.writeString(temp.resolve("varied.json"), rubric);
    CliRun run = CliRun.clean("reference", "--rubric", file.toString(), "--student", "ana");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // A substitution costing 1 would make unit-cost no mistake, so only 2 or 3 are drawn.
    assertThat(run.out())
        .containsPattern("variant \\w+ of ana: \\{sub=[23]\\}")
        .contains("distance = 8\n");
  }

  @Test
  void handout_showsEveryRule_theSequences_andTheTableHeadedByTheLetters() throws IOException {
    Path out = temp.resolve("handout.md");
    CliRun run =
        CliRun.clean("handout", "--rubric", RUBRIC, "--format", "md", "--output", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out))
        .contains("    D_{0,j} = j\n")
        .contains("    D_{i,0} = i\n")
        .contains("source = i n t e n t i o n (source_1 to source_9, i = 1 to 9)")
        .contains("    [, , e, x, e, c, u, t, i, o, n]\n")
        .contains("    [t, , , , , , , , , , ]\n");
  }
}
