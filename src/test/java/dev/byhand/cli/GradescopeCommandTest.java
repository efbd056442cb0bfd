package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.gradescope.GradescopeSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeCommandTest {
  @TempDir Path temp;

  @Nested
  class Package {
    /**
     * Unit tests run from classes, before the jar exists: any file stands in for it here; the IT
     * packages the real one.
     */
    Path jar() throws IOException {
      return Files.write(temp.resolve("byhand.jar"), new byte[] {'P', 'K', 3, 4});
    }

    @Test
    void writesTheFourFilesAtTheRootWithExecutableScriptsAndLfLineEndings() throws IOException {
      Path zip = temp.resolve("out/autograder.zip");

      CliRun run =
          CliRun.of("gradescope", "package", "--jar", jar().toString(), "--out", zip.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("Wrote " + zip);
      Map<String, ZipArchiveEntry> entries = new HashMap<>();
      Map<String, String> texts = new HashMap<>();
      try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
        for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
          entries.put(entry.getName(), entry);
          texts.put(
              entry.getName(),
              new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      assertThat(entries.keySet())
          .containsExactlyInAnyOrder("setup.sh", "run_autograder", "byhand.jar", "rubric.json");
      assertThat(entries.get("run_autograder").getUnixMode() & 0777).isEqualTo(0755);
      assertThat(entries.get("setup.sh").getUnixMode() & 0777).isEqualTo(0755);
      assertThat(entries.get("rubric.json").getUnixMode() & 0777).isEqualTo(0644);
      assertThat(texts.get("run_autograder"))
          .startsWith("#!/usr/bin/env bash\n")
          .doesNotContain("\r");
      assertThat(texts.get("setup.sh"))
          .contains("apt-get install -y -q --no-install-recommends openjdk-17-jre-headless");
      assertThat(texts.get("rubric.json"))
          .isEqualTo(Files.readString(Path.of(CommonOptions.DEFAULT_RUBRIC)));
    }

    @Test
    void refusesABrokenRubricBeforeWritingAnything() throws IOException {
      Path rubric = Files.writeString(temp.resolve("broken.json"), "{\"id\": \"x\"}");
      Path zip = temp.resolve("autograder.zip");

      CliRun run =
          CliRun.of(
              "gradescope",
              "package",
              "--jar",
              jar().toString(),
              "--rubric",
              rubric.toString(),
              "--out",
              zip.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).startsWith("package: " + rubric);
      assertThat(zip).doesNotExist();
    }

    @Test
    void saysHowToFindTheJarWhenTheGivenOneIsMissing() {
      CliRun run = CliRun.of("gradescope", "package", "--jar", temp.resolve("nope.jar").toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("is not a file; pass the path of byhand.jar");
    }
  }

  @Nested
  class Run {
    @Test
    void gradesTheUploadUnderTheGivenRootAndWritesValidResults() throws IOException {
      Files.createDirectories(temp.resolve("source"));
      Files.copy(Path.of(CommonOptions.DEFAULT_RUBRIC), temp.resolve("source/rubric.json"));
      Files.createDirectories(temp.resolve("submission"));
      Files.copy(Path.of("submissions/alice.csv"), temp.resolve("submission/answers.csv"));

      CliRun run = CliRun.of("gradescope", "run", "--root", temp.toString(), "--format", "html");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("graded answers.csv: 14 points");
      String json = Files.readString(temp.resolve("results/results.json"));
      GradescopeSchema.assertValid(json);
      assertThat(JsonParser.parseString(json).getAsJsonObject().get("output").getAsString())
          .contains("<strong>Graded file:</strong> answers.csv");
    }

    @Test
    void exitsOneWhenItCouldNotGradeButStillWritesResults() throws IOException {
      CliRun run = CliRun.of("gradescope", "run", "--root", temp.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
      assertThat(run.out()).contains("the packaged rubric is broken");
      GradescopeSchema.assertValid(Files.readString(temp.resolve("results/results.json")));
    }

    @Test
    void refusesAnUnknownFormat() {
      CliRun run = CliRun.of("gradescope", "run", "--root", temp.toString(), "--format", "pdf");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("--format pdf is not a format; use md or html");
    }
  }

  @Nested
  class GradingAnExport {
    @Test
    void carriesNamesEmailsAndSidsIntoResultsJson() throws IOException {
      Path reports = temp.resolve("reports");

      CliRun run =
          CliRun.of(
              "grade",
              "--submissions",
              "src/test/resources/gradescope-export",
              "--reports",
              reports.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("Graded 4 students");
      JsonObject results =
          JsonParser.parseString(Files.readString(reports.resolve("results.json")))
              .getAsJsonObject();
      Map<String, JsonObject> students = new HashMap<>();
      for (JsonElement student : results.getAsJsonArray("students")) {
        students.put(student.getAsJsonObject().get("id").getAsString(), student.getAsJsonObject());
      }
      assertThat(students).containsOnlyKeys("jose-perez", "hana-lee", "bob-smith", "mateo-rossi");
      JsonObject jose = students.get("jose-perez");
      assertThat(jose.get("file").getAsString()).isEqualTo("submission_301111/answers.csv");
      assertThat(jose.get("score").getAsInt()).isEqualTo(14);
      JsonArray submitters = students.get("bob-smith").getAsJsonArray("submitters");
      assertThat(submitters).hasSize(2);
      assertThat(submitters.get(1).getAsJsonObject().get("email").getAsString())
          .isEqualTo("cdiaz@example.edu");
      assertThat(
              jose.getAsJsonArray("submitters").get(0).getAsJsonObject().get("name").getAsString())
          .isEqualTo("José Pérez");
      assertThat(students.get("mateo-rossi").getAsJsonArray("problems").get(0).getAsString())
          .contains("PNG image");
      assertThat(reports.resolve("hana-lee.html")).exists();
    }

    @Test
    void aBrokenMetadataFileIsAUsageErrorThatSaysWhere() throws IOException {
      Path export = Files.createDirectories(temp.resolve("export"));
      Files.writeString(export.resolve("submission_metadata.yml"), "- not\n- an export\n");

      CliRun run =
          CliRun.of(
              "grade",
              "--submissions",
              export.toString(),
              "--reports",
              temp.resolve("r").toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err())
          .contains("submission_metadata.yml: expected submission_<id>: entries at the top level");
      assertThat(List.of(run.out())).containsExactly("");
    }
  }
}
