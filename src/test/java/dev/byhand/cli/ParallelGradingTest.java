package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class larger than several chunks, graded on every core, comes out as if graded one by one. */
class ParallelGradingTest {
  @TempDir Path temp;

  @Test
  void aClassOfSeveralChunks_isListedInClassOrder_withEveryStudentsOwnReport() throws IOException {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    String right = Files.readString(Path.of("submissions/alice.csv"));
    String slip = Files.readString(Path.of("submissions/hana-lee.csv"));
    int students = GradeTask.CHUNK * 2 + 37;
    List<String> expectedIds = new ArrayList<>();
    for (int i = 0; i < students; i++) {
      String id = String.format("student-%04d", i);
      expectedIds.add(id);
      Files.writeString(submissions.resolve(id + ".csv"), i % 3 == 0 ? slip : right);
    }
    Path reports = temp.resolve("reports");

    CliRun run =
        CliRun.of(
            "grade", "--submissions", submissions.toString(), "--reports", reports.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonObject results =
        JsonParser.parseString(Files.readString(reports.resolve("results.json"))).getAsJsonObject();
    List<String> ids = new ArrayList<>();
    List<String> scores = new ArrayList<>();
    for (JsonElement student : results.getAsJsonArray("students")) {
      ids.add(student.getAsJsonObject().get("id").getAsString());
      scores.add(student.getAsJsonObject().get("score").getAsString());
    }
    assertThat(ids).containsExactlyElementsOf(expectedIds);
    assertThat(results.get("studentCount").getAsInt()).isEqualTo(students);
    for (int i = 0; i < students; i++) {
      assertThat(scores.get(i)).as(ids.get(i)).isEqualTo(scores.get(i % 3 == 0 ? 0 : 1));
      assertThat(reports.resolve(ids.get(i) + ".html")).content().contains(ids.get(i));
    }
    assertThat(scores.get(0)).isNotEqualTo(scores.get(1));
  }
}
