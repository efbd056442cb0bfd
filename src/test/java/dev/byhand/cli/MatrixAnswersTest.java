package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matrix and scalar answers to a small network without steps, graded through the command line: the
 * ways students write a matrix, per-entry credit by row and column, shapes, and follow-through into
 * a later matrix.
 */
class MatrixAnswersTest {
  /**
   * z = [1, 2] @ [[1, 2], [3, 4]] + [1, -1] = [8, 9]; a = relu(z) = [8, 9]; G = outer(x, a) = [[8,
   * 9], [16, 18]]; s = sum(a) / 3 = 17/3; M = W + 1 = [[2, 3], [4, 5]]; R = outer(one, z) = [[8,
   * 9]] (a one-row matrix).
   */
  private static final String RUBRIC =
      """
      {"id": "tiny-mlp", "title": "Matrices by hand",
       "model": {
         "values": {"x": [1, 2], "W": [[1, 2], [3, 4]], "b": [1, -1], "one": 1},
         "equations": ["z = x @ W + b", "a = relu(z)", "G = outer(x, a)", "s = sum(a) / 3", "M = W + 1",
                       "R = outer(one, z)"]
       },
       "questions": [
         {"id": "q1", "text": "Forward", "items": [{"item": "z", "points": 2, "credit": "per-entry"},
                                                  {"item": "a", "points": 2, "credit": "per-entry"}]},
         {"id": "q2", "text": "Outer and mean", "items": [{"item": "G", "points": 4, "credit": "per-entry"},
                                                         {"item": "s", "points": 1}]},
         {"id": "q3", "text": "Matrices", "items": [{"item": "M", "points": 4, "credit": "per-entry"},
                                                   {"item": "R", "points": 2}]}
       ]}
      """;

  @TempDir Path temp;
  private Path rubric;
  private int runs;

  @BeforeEach
  void writeRubric() throws IOException {
    rubric = Files.writeString(temp.resolve("tiny-mlp.json"), RUBRIC);
  }

  /** Grades one student's file as a class of one; the items of results.json by key. */
  private Map<String, JsonObject> grade(String fileName, String content) throws IOException {
    runs++;
    Path submissions = Files.createDirectories(temp.resolve("submissions-" + runs));
    Files.writeString(submissions.resolve(fileName), content);
    Path reports = temp.resolve("reports-" + runs);
    CliRun run =
        CliRun.of(
            "grade",
            "--rubric",
            rubric.toString(),
            "--submissions",
            submissions.toString(),
            "--reports",
            reports.toString());
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    assertThat(run.err()).doesNotContain("Exception");
    JsonObject student =
        JsonParser.parseString(Files.readString(reports.resolve("results.json")))
            .getAsJsonObject()
            .getAsJsonArray("students")
            .get(0)
            .getAsJsonObject();
    Map<String, JsonObject> items = new LinkedHashMap<>();
    for (JsonElement item : student.getAsJsonArray("items")) {
      items.put(item.getAsJsonObject().get("key").getAsString(), item.getAsJsonObject());
    }
    return items;
  }

  private static String status(Map<String, JsonObject> items, String key) {
    return items.get(key).get("status").getAsString()
        + " — "
        + items.get(key).get("feedback").getAsString();
  }

  @Nested
  class HowAMatrixIsWritten {
    @Test
    void jsonRows() throws IOException {
      Map<String, JsonObject> items =
          grade(
              "ana.json",
              """
          {"q3": {"M": [[2, 3], [4, 5]], "R": [[8, 9]]}}""");
      assertThat(status(items, "q3.M")).startsWith("correct");
      assertThat(status(items, "q3.R")).startsWith("correct");
      assertThat(items.get("q3.M").get("points").getAsInt()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        nested lists in one cell      | q3.M,"[[2, 3], [4, 5]]"
        nested lists with decimals    | q3.M,"[[2.0, 3.0], [4.0, 5.0]]"
        numpy print in a quoted cell  | q3.M,"[[2 3]\\n [4 5]]"
        numpy floats in a quoted cell | q3.M,"[[2. 3.]\\n [4. 5.]]"
        MATLAB rows in a quoted cell  | q3.M,"2 3; 4 5"
        MATLAB with brackets          | q3.M,"[2 3; 4 5]"
        one line per row              | q3.M,2,3\\nq3.M,4,5
        one line per row, spaced      | q3.M,2 3\\nq3.M,4 5
        """)
    void inACsvFile(String how, String lines) throws IOException {
      Map<String, JsonObject> items =
          grade("ben.csv", "question,answer\n" + lines.replace("\\n", "\n") + "\n");
      assertThat(status(items, "q3.M")).as(how).startsWith("correct");
    }

    @Test
    void matlabInAJsonString() throws IOException {
      Map<String, JsonObject> items =
          grade(
              "carla.json",
              """
          {"q3.M": "2 3; 4 5", "q3.R": "8 9"}""");
      assertThat(status(items, "q3.M")).startsWith("correct");
      assertThat(status(items, "q3.R")).startsWith("correct");
    }

    @Test
    void aFlatListForAOneRowMatrix() throws IOException {
      Map<String, JsonObject> items = grade("dmitri.csv", "q3.R,8,9\n");
      assertThat(status(items, "q3.R")).startsWith("correct");
      Map<String, JsonObject> json =
          grade(
              "dmitri.json",
              """
          {"q3": {"R": [8, 9]}}""");
      assertThat(status(json, "q3.R")).startsWith("correct");
    }
  }

  @Nested
  class Scalars {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        a fraction          | q2.s,17/3
        a quoted fraction   | q2.s,"17/3"
        """)
    void anExactFraction_isCorrect(String how, String line) throws IOException {
      assertThat(status(grade("eva.csv", line + "\n"), "q2.s")).as(how).startsWith("correct");
    }

    @Test
    void aScalarWrittenAsAListOfOne_isThatNumber() throws IOException {
      assertThat(status(grade("eva.json", "{\"q2\": {\"s\": [\"17/3\"]}}"), "q2.s"))
          .startsWith("correct");
    }

    @Test
    void aWrongScalar_isIncorrect() throws IOException {
      Map<String, JsonObject> items = grade("eva.csv", "q2.s,6\n");
      assertThat(status(items, "q2.s")).startsWith("incorrect");
      assertThat(items.get("q2.s").get("expected").getAsString()).isEqualTo("17/3");
    }
  }

  @Nested
  class Credit {
    @Test
    void perEntryCreditOnAMatrix_namesTheWrongEntriesByRowAndColumn() throws IOException {
      Map<String, JsonObject> items =
          grade(
              "farid.json",
              """
          {"q3": {"M": [[2, 3], [4, 6]]}}""");
      JsonObject m = items.get("q3.M");
      assertThat(m.get("status").getAsString()).isEqualTo("partial");
      assertThat(m.get("points").getAsInt()).isEqualTo(3);
      assertThat(m.get("feedback").getAsString()).contains("(2, 2)").contains("row, column");
    }

    @Test
    void twoWrongEntries_areBothNamed() throws IOException {
      Map<String, JsonObject> items =
          grade(
              "farid.json",
              """
          {"q3": {"M": [[2, 0], [1, 5]]}}""");
      JsonObject m = items.get("q3.M");
      assertThat(m.get("points").getAsInt()).isEqualTo(2);
      assertThat(m.get("feedback").getAsString()).contains("(1, 2) and (2, 1)");
    }

    @Test
    void aMatrixOfTheWrongShape_saysTheExpectedShape() throws IOException {
      Map<String, JsonObject> items =
          grade(
              "gina.json",
              """
          {"q3": {"M": [[2, 3, 4], [4, 5, 6]]}}""");
      assertThat(status(items, "q3.M"))
          .startsWith("incorrect")
          .contains("2×2 matrix")
          .contains("2×3");
      assertThat(items.get("q3.M").get("points").getAsInt()).isZero();
    }

    @Test
    void aFlatListForASquareMatrix_saysTheExpectedShape() throws IOException {
      Map<String, JsonObject> items = grade("gina.csv", "q3.M,2,3,4,5\n");
      assertThat(status(items, "q3.M"))
          .startsWith("incorrect")
          .contains("2×2 matrix")
          .contains("write it by rows");
    }

    @Test
    void raggedRows_areUnreadable_andSayTheExpectedShape() throws IOException {
      Map<String, JsonObject> items = grade("hana.csv", "q3.M,\"[[2, 3], [4]]\"\n");
      assertThat(status(items, "q3.M")).startsWith("unparseable").contains("2×2");
    }
  }

  @Nested
  class FollowThroughIntoAMatrix {
    @Test
    void anEarlySlipCarriedCorrectly_isFollowThrough_checkedAgainstTheStudentsAnswer()
        throws IOException {
      // z slips in its second entry; a, G and s are right for that z.
      Map<String, JsonObject> items =
          grade(
              "ivan.csv",
              """
          q1.z,8,10
          q1.a,8,10
          q2.G,"[[8, 10], [16, 20]]"
          q2.s,6
          q3.M,"[[2, 3], [4, 5]]"
          q3.R,"[[8, 10]]"
          """);
      assertThat(status(items, "q1.z")).startsWith("partial");
      assertThat(status(items, "q1.a")).startsWith("followthrough");
      JsonObject g = items.get("q2.G");
      assertThat(g.get("status").getAsString()).isEqualTo("followthrough");
      assertThat(g.get("points").getAsInt()).isEqualTo(4);
      assertThat(g.get("checkedAgainst").getAsString()).contains("q1.a").contains("[8, 10]");
      assertThat(g.get("feedback").getAsString()).contains("the error is in q1.z");
      assertThat(status(items, "q2.s")).startsWith("followthrough");
      assertThat(items.get("q2.s").get("checkedAgainst").getAsString()).contains("q1.a");
      assertThat(status(items, "q3.M")).startsWith("correct");
      assertThat(status(items, "q3.R")).startsWith("followthrough");
      assertThat(items.get("q3.R").get("checkedAgainst").getAsString()).contains("q1.z = [8, 10]");
    }

    @Test
    void aLaterMatrixWrongForTheStudentsOwnValues_isNotFollowThrough() throws IOException {
      Map<String, JsonObject> items =
          grade(
              "jon.csv",
              """
          q1.z,8,10
          q1.a,8,10
          q2.G,"[[8, 9], [16, 20]]"
          """);
      JsonObject g = items.get("q2.G");
      assertThat(g.get("status").getAsString()).isEqualTo("partial");
      assertThat(g.get("points").getAsInt()).isEqualTo(3);
    }

    @Test
    void anAllZeroPlaceholder_earnsNoFollowThrough() throws IOException {
      Map<String, JsonObject> items =
          grade(
              "kim.csv",
              """
          q1.a,0,0
          q2.G,"[[0, 0], [0, 0]]"
          """);
      assertThat(status(items, "q2.G")).startsWith("incorrect");
      assertThat(status(items, "q1.z")).startsWith("missing");
    }
  }
}
